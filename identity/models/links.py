"""Identity links: the identifiers a person has proved to be theirs.

Each ``IdentityLink`` ties one identifier (resident ID, social security card, health
card, digital certificate fingerprint) to a ``Person``, stored like every sensitive
identifier (encrypted, keyed hash for lookups, masked copy for display), and records
how it was verified and through which registry read (resource code and the sharing
access record id). A revoked link stays as history; only one active link per kind and
identifier may exist. The account's assurance level is derived from the active links
(``identity.assurance``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharing import protection

from .accounts import Person


class IdentityLinkQuerySet(models.QuerySet):
    def active(self) -> "IdentityLinkQuerySet":
        return self.filter(revoked_at__isnull=True)

    def by_identifier(self, kind: str, value: str) -> "IdentityLinkQuerySet":
        return self.filter(kind=kind, identifier_hash=protection.keyed_hash(value))


class IdentityLink(models.Model):
    class Kind(models.TextChoices):
        RESIDENT_ID = "resident_id", _("resident ID number")
        SOCIAL_SECURITY_CARD = "social_security_card", _("social security card")
        HEALTH_CARD = "health_card", _("resident health card")
        DIGITAL_CERTIFICATE = "digital_certificate", _("digital certificate")

    class Method(models.TextChoices):
        SELF_ASSERTED = "self_asserted", _("self-asserted")
        REGISTRY = "registry", _("verified against the registry")
        CERTIFICATE = "certificate", _("verified by digital certificate")
        COUNTER = "counter", _("verified at a service counter")

    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="identity_links",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    identifier_encrypted = models.TextField(editable=False)
    identifier_hash = models.CharField(max_length=64, editable=False, db_index=True)
    identifier_masked = models.CharField(_("identifier"), max_length=80, editable=False)
    method = models.CharField(
        _("verification method"), max_length=16, choices=Method.choices
    )
    verified_at = models.DateTimeField(_("verified at"), default=timezone.now)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    source_resource = models.CharField(_("source resource"), max_length=64, blank=True)
    source_access_record = models.BigIntegerField(
        _("access record"), null=True, blank=True
    )
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(
        _("revocation reason"), max_length=200, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = IdentityLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("identity link")
        verbose_name_plural = _("identity links")
        ordering = ["kind", "-verified_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "identifier_hash"],
                condition=Q(revoked_at__isnull=True),
                name="unique_active_identity_link",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.identifier_masked}"

    def set_identifier(self, value: str, *, masked: str | None = None) -> None:
        self.identifier_encrypted = protection.encrypt(value)
        self.identifier_hash = protection.keyed_hash(value)
        self.identifier_masked = (
            masked if masked is not None else protection.mask(value)
        )

    def reveal_identifier(self) -> str:
        return protection.decrypt(self.identifier_encrypted)

    @property
    def is_active(self) -> bool:
        if self.revoked_at is not None:
            return False
        return self.valid_until is None or self.valid_until > timezone.now()
