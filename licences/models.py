"""Electronic licences (电子证照) and their types.

A licence row is created by ``actions.licence_issue``; its PDF is rendered afterwards
by a Celery task and attached here. The number scheme is documented in
``numbering.py``. Holders are accounts for now; persons and organisations as holders
arrive with the e-licence issue.
"""

import hashlib

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sharing.protection import mask_name


class LicenceType(models.Model):
    class HolderKind(models.TextChoices):
        PERSON = "person", _("person")
        ORGANISATION = "organisation", _("organisation")

    code = models.CharField(
        _("code"),
        max_length=8,
        unique=True,
        validators=[
            RegexValidator(r"^[A-Z0-9]{2,8}$", _("2 to 8 capital letters or digits."))
        ],
    )
    name = models.CharField(_("name"), max_length=100)
    issuing_authority = models.CharField(_("issuing authority"), max_length=100)
    holder_kind = models.CharField(
        _("holder kind"),
        max_length=20,
        choices=HolderKind.choices,
        default=HolderKind.PERSON,
    )
    validity_years = models.PositiveSmallIntegerField(
        _("validity in years"),
        null=True,
        blank=True,
        help_text=_("Empty: valid indefinitely."),
    )

    class Meta:
        verbose_name = _("licence type")
        verbose_name_plural = _("licence types")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class LicenceSequence(models.Model):
    """The last sequence number used per licence type and year (row-locked on use)."""

    licence_type = models.ForeignKey(LicenceType, on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["licence_type", "year"], name="unique_sequence"
            )
        ]

    def __str__(self) -> str:
        return f"{self.licence_type_id}/{self.year}: {self.last}"


def licence_pdf_path(instance: "Licence", filename: str) -> str:
    return f"licences/{instance.issued_at:%Y/%m}/{instance.number}.pdf"


class Licence(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("valid")
        REVOKED = "revoked", _("revoked")
        SUSPENDED = "suspended", _("suspended")
        REPLACED = "replaced", _("replaced")
        EXPIRED = "expired", _("expired")

    number = models.CharField(_("licence number"), max_length=40, unique=True)
    verification_code = models.CharField(_("verification code"), max_length=12)
    licence_type = models.ForeignKey(
        LicenceType, on_delete=models.PROTECT, verbose_name=_("licence type")
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="licences",
        verbose_name=_("holder account"),
    )
    holder_organisation = models.ForeignKey(
        "identity.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="licences",
        verbose_name=_("holder organisation"),
    )
    holder_name = models.CharField(_("holder"), max_length=200)
    holder_identifier_masked = models.CharField(_("holder identifier"), max_length=32)
    issuing_authority = models.CharField(_("issuing authority"), max_length=100)
    data = models.JSONField(_("licence data"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.VALID
    )
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    source_reference = models.CharField(
        _("source reference"),
        max_length=40,
        blank=True,
        help_text=_("Application number."),
    )
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("replaced by"),
    )
    pdf = models.FileField(_("PDF"), upload_to=licence_pdf_path, blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    pdf_rendered_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("e-licence")
        verbose_name_plural = _("e-licences")
        ordering = ["-issued_at"]
        indexes = [models.Index(fields=["holder", "-issued_at"])]

    def __str__(self) -> str:
        return f"{self.licence_type} {self.number}"

    @property
    def is_expired(self) -> bool:
        return self.valid_until is not None and self.valid_until < timezone.localdate()

    @property
    def holder_name_masked(self) -> str:
        return mask_name(self.holder_name)

    @property
    def verification_status(self) -> str:
        """What verification shows: revoked, replaced, suspended, expired or valid
        (in that order of precedence)."""
        if self.status in (
            self.Status.REVOKED,
            self.Status.REPLACED,
            self.Status.SUSPENDED,
            self.Status.EXPIRED,
        ):
            return self.status
        if self.is_expired:
            return self.Status.EXPIRED.value
        return self.Status.VALID.value


class AppendOnlyError(Exception):
    """An attempt to change or delete a recorded licence event."""


class LicenceEvent(models.Model):
    """One change in a licence's life: who did it and why. Append-only."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("issue")
        REVOKED = "revoked", _("revocation")
        SUSPENDED = "suspended", _("suspension")
        REINSTATED = "reinstated", _("reinstatement")
        RENEWED = "renewed", _("renewal")
        REPLACED = "replaced", _("replacement")
        EXPIRED = "expired", _("expiry")

    licence = models.ForeignKey(
        Licence,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("e-licence"),
    )
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("done by"),
        help_text=_("Empty: the system (scheduled task)."),
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("licence event")
        verbose_name_plural = _("licence events")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.licence_id} {self.action} {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AppendOnlyError("licence events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("licence events cannot be deleted")


class LicenceShareLink(models.Model):
    """A time-limited link through which a third party sees and downloads a licence.

    Only a SHA-256 hash of the token is stored; the token itself is shown to the
    holder once, when the link is created.
    """

    licence = models.ForeignKey(
        Licence,
        on_delete=models.CASCADE,
        related_name="share_links",
        verbose_name=_("e-licence"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("share link")
        verbose_name_plural = _("share links")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.licence_id} until {self.expires_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def is_active(self, at=None) -> bool:
        at = at or timezone.now()
        return self.revoked_at is None and at < self.expires_at
