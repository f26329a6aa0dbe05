"""Requesting systems and their grants on conditional resources."""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .. import signing
from .catalogue import Resource, code_validator


def validate_signing_public_key(value: str) -> None:
    try:
        signing.load_public_key(value)
    except signing.UnusableKey:
        raise ValidationError(
            _(
                "Paste a PEM public key (-----BEGIN PUBLIC KEY-----) of type "
                "Ed25519 or ECDSA P-256."
            ),
            code="signing_key",
        ) from None


class RequesterSystem(models.Model):
    """A system that asks the exchange for data: this portal's own apps, or another
    agency's system calling the HTTP API with its client id, signing its requests
    with its key (``sharing.signing``); a bearer token only where development
    settings allow it."""

    code = models.CharField(
        _("code"), max_length=64, unique=True, validators=[code_validator]
    )
    name = models.CharField(_("name"), max_length=200)
    agency = models.CharField(_("agency"), max_length=200)
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    signing_public_key = models.TextField(
        _("public signing key"),
        blank=True,
        validators=[validate_signing_public_key],
        help_text=_(
            "PEM public key (Ed25519 or ECDSA P-256) that verifies this system's "
            "signed API requests; the system keeps the private key. "
            "manage.py sharing_issue_key makes a key pair."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    # The people who work with this system file its requests for conditional
    # resources and follow their decisions.
    operators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="operated_systems",
        verbose_name=_("operators"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("requesting system")
        verbose_name_plural = _("requesting systems")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def issue_token(self) -> str:
        """Create a new API token (shown once) and keep only its hash."""
        token = secrets.token_urlsafe(32)
        self.token_hash = self._hash(token)
        self.save(update_fields=["token_hash"])
        return token

    def check_token(self, token: str) -> bool:
        return bool(self.token_hash) and secrets.compare_digest(
            self.token_hash, self._hash(token)
        )

    def public_key(self) -> "signing.PublicKey | None":
        """The registered signing key, or None when none (or no usable one) is."""
        if not self.signing_public_key.strip():
            return None
        try:
            return signing.load_public_key(self.signing_public_key)
        except signing.UnusableKey:
            return None

    def issue_signing_key(self, algorithm: str = signing.ED25519) -> str:
        """Make a new key pair, keep the public key and return the private key
        (PEM, shown once); the previous key stops working at once."""
        private_key = signing.generate_private_key(algorithm)
        self.signing_public_key = signing.public_pem(private_key)
        self.save(update_fields=["signing_public_key"])
        return signing.private_pem(private_key)


class GrantQuerySet(models.QuerySet):
    def in_force(self, at=None) -> "GrantQuerySet":
        at = at or timezone.now()
        return self.filter(
            status=Grant.Status.APPROVED, valid_from__lte=at, expires_at__gt=at
        )


class Grant(models.Model):
    """A request for a conditional resource and, once the provider's steward approves
    it, the permission itself: which fields, for what purpose, until when."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("grant status", "pending")
        APPROVED = "approved", pgettext_lazy("grant status", "approved")
        REJECTED = "rejected", pgettext_lazy("grant status", "rejected")
        REVOKED = "revoked", pgettext_lazy("grant status", "revoked")

    requester = models.ForeignKey(
        RequesterSystem,
        on_delete=models.CASCADE,
        related_name="grants",
        verbose_name=_("requesting system"),
    )
    resource = models.ForeignKey(
        Resource,
        on_delete=models.CASCADE,
        related_name="grants",
        verbose_name=_("resource"),
    )
    fields = models.JSONField(_("fields"), default=list)
    unmasked_fields = models.JSONField(
        _("fields granted unmasked"), default=list, blank=True
    )
    purpose = models.CharField(_("purpose"), max_length=300)
    legal_basis = models.TextField(pgettext_lazy("sharing", "legal basis"))
    valid_from = models.DateTimeField(_("valid from"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
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
    decision_note = models.TextField(_("decision note"), blank=True)
    # A revocation is kept apart from the approval it ends, so both stay on record.
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_note = models.TextField(_("reason for revocation"), blank=True)
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)

    objects = GrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("share grant")
        verbose_name_plural = _("share grants")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["requester", "resource", "status"])]

    def __str__(self) -> str:
        return f"{self.requester} → {self.resource} ({self.get_status_display()})"

    @property
    def is_in_force(self) -> bool:
        now = timezone.now()
        return (
            self.status == self.Status.APPROVED
            and self.valid_from <= now < self.expires_at
        )
