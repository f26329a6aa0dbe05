"""Businesses: a user's request to link a company, and the agents its administrators
appoint.

An ``OrganisationLink`` is created when a user enters a unified social credit code.
If the legal-entity registry names the user as legal representative, the link is
approved at once and the user becomes the organisation's administrator; otherwise it
waits (pending) for an administrator or the representative to approve or reject it.
The credit code is kept as a keyed hash and a masked copy, like every identifier.

An ``AgentGrant`` lets a user act for an organisation (optionally for one service
only) from ``valid_from`` until ``expires_at`` or until it is revoked.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .accounts import Organisation


class OrganisationLink(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("link status", "awaiting approval")
        APPROVED = "approved", pgettext_lazy("link status", "approved")
        REJECTED = "rejected", pgettext_lazy("link status", "rejected")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="organisation_links",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="links",
        verbose_name=_("organisation"),
    )
    credit_code_hash = models.CharField(max_length=64, db_index=True, editable=False)
    credit_code_masked = models.CharField(
        _("unified social credit code"), max_length=32, editable=False
    )
    entity_name = models.CharField(_("name"), max_length=200)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation link")
        verbose_name_plural = _("organisation links")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "credit_code_hash"],
                condition=Q(status__in=["pending", "approved"]),
                name="unique_open_organisation_link",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.entity_name} ({self.get_status_display()})"


class AgentGrantQuerySet(models.QuerySet):
    def in_force(self, at=None) -> "AgentGrantQuerySet":
        at = at or timezone.now()
        return self.filter(
            revoked_at__isnull=True, valid_from__lte=at, expires_at__gt=at
        )


class AgentGrant(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="agent_grants",
        verbose_name=_("organisation"),
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="agent_grants",
        verbose_name=_("agent"),
    )
    # A service code, not a foreign key: identity may not import services.
    service_code = models.CharField(
        _("service code"),
        max_length=64,
        blank=True,
        help_text=_("Leave empty to allow every service."),
    )
    valid_from = models.DateTimeField(_("valid from"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("granted by"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AgentGrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("agent grant")
        verbose_name_plural = _("agent grants")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("valid_from")),
                name="agent_grant_expires_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.agent} @ {self.organisation}"

    def is_in_force(self, at=None) -> bool:
        at = at or timezone.now()
        return self.revoked_at is None and self.valid_from <= at < self.expires_at

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return "revoked"
        now = timezone.now()
        if self.expires_at <= now:
            return "expired"
        if self.valid_from > now:
            return "scheduled"
        return "in_force"
