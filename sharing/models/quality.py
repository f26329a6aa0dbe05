"""Data-quality discrepancies: a requester (or a person, through identity) reports
that a registry value is inconsistent; the provider traces and resolves it, and the
reporter sees the outcome."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .catalogue import Resource
from .grants import RequesterSystem


class Discrepancy(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CORRECTED = "corrected", _("corrected in the registry")
        CONFIRMED = "confirmed", _("registry value confirmed")
        REJECTED = "rejected", pgettext_lazy("discrepancy status", "rejected")

    resource = models.ForeignKey(
        Resource,
        on_delete=models.PROTECT,
        related_name="discrepancies",
        verbose_name=_("resource"),
    )
    subject_hash = models.CharField(max_length=64)
    subject_masked = models.CharField(_("subject"), max_length=32)
    field_name = models.CharField(_("field"), max_length=64)
    reported_value = models.CharField(
        _("value according to the reporter"), max_length=500
    )
    note = models.TextField(_("note"), blank=True)
    reporter_system = models.ForeignKey(
        RequesterSystem,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("reporting system"),
    )
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reported_discrepancies",
        verbose_name=_("reported by"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.OPEN
    )
    resolution = models.TextField(_("resolution"), blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)

    class Meta:
        verbose_name = _("data discrepancy")
        verbose_name_plural = _("data discrepancies")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.resource.code} {self.subject_masked} {self.field_name}"
