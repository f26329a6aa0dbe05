"""Consents a person gave and their requests to correct or delete registry data.

A ``Consent`` says what data, for what purpose, was given to whom and when; it stays
on record after withdrawal (``withdrawn_at``), so the person can see the history.

A ``CorrectionRequest`` is the person's side of a ``sharing.Discrepancy``: the
provider's steward resolves the discrepancy in its queue, and the person reads the
outcome here. Both record on whose behalf they were made.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sharing.models import Discrepancy

from .accounts import Organisation, Person


class Consent(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="consents",
        verbose_name=_("user"),
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("person"),
    )
    on_behalf_of = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("on behalf of"),
    )
    data = models.CharField(_("data"), max_length=200)
    purpose = models.CharField(_("purpose"), max_length=300)
    recipient = models.CharField(_("given to"), max_length=200)
    recipient_code = models.CharField(_("receiving system"), max_length=64, blank=True)
    given_at = models.DateTimeField(_("given at"), auto_now_add=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.data} → {self.recipient}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class CorrectionRequest(models.Model):
    class Kind(models.TextChoices):
        CORRECTION = "correction", _("correction")
        DELETION = "deletion", _("deletion")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="correction_requests",
        verbose_name=_("user"),
    )
    on_behalf_of = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="correction_requests",
        verbose_name=_("on behalf of"),
    )
    on_behalf_label = models.CharField(_("acting as"), max_length=250, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    discrepancy = models.OneToOneField(
        Discrepancy,
        on_delete=models.PROTECT,
        related_name="correction_request",
        verbose_name=_("data discrepancy"),
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)

    class Meta:
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"
