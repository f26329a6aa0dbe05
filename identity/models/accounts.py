"""Accounts, persons and organisations.

A ``User`` is a sign-in account; a ``Person`` is the natural person behind it, with
the resident ID protected by ``identity.protection``; an ``Organisation`` is a
company or institution identified by its unified social credit code. Linking and its
verification levels arrive with the identity issue.
"""

import re

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from sharing import protection

MAINLAND_MOBILE_MESSAGE = _(
    "Enter an 11-digit mainland mobile number, e.g. 13800000000."
)
validate_mainland_mobile = RegexValidator(
    r"^1[3-9]\d{9}\Z", MAINLAND_MOBILE_MESSAGE, code="invalid_phone"
)


def normalize_mobile(value: str) -> str:
    """Strip spaces, dashes and a ``+86``/``0086`` prefix: ``+86 138-1234-5678``
    becomes ``13812345678``. The result is not validated."""
    value = re.sub(r"[\s\-()]", "", value or "")
    for prefix in ("+86", "0086"):
        if value.startswith(prefix):
            return value[len(prefix) :]
    if value.startswith("86") and len(value) == 13:
        return value[2:]
    return value


class User(AbstractUser):
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    # Normalised 11-digit mainland number, or "" when the account has none.
    phone = models.CharField(
        _("mobile phone"),
        max_length=11,
        blank=True,
        default="",
        validators=[validate_mainland_mobile],
    )
    phone_verified = models.BooleanField(_("mobile phone verified"), default=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(
                fields=["phone"],
                condition=~models.Q(phone=""),
                name="unique_user_phone",
            )
        ]

    def __str__(self) -> str:
        return self.display_name or self.email or self.username

    @property
    def person_or_none(self) -> "Person | None":
        try:
            return self.person
        except Person.DoesNotExist:
            return None


class ProtectedIdentifierMixin(models.Model):
    """An identifier kept encrypted, with a keyed hash for lookups and a masked copy
    for display."""

    identifier_encrypted = models.TextField(editable=False)
    identifier_hash = models.CharField(max_length=64, unique=True, editable=False)
    identifier_masked = models.CharField(_("identifier"), max_length=32, editable=False)

    class Meta:
        abstract = True

    def set_identifier(self, value: str) -> None:
        self.identifier_encrypted = protection.encrypt(value)
        self.identifier_hash = protection.keyed_hash(value)
        self.identifier_masked = protection.mask(value)

    def reveal_identifier(self) -> str:
        return protection.decrypt(self.identifier_encrypted)


class PersonQuerySet(models.QuerySet):
    def by_resident_id(self, resident_id: str) -> "PersonQuerySet":
        return self.filter(identifier_hash=protection.keyed_hash(resident_id))


class Person(ProtectedIdentifierMixin):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )
    name = models.CharField(_("name"), max_length=100)
    phone = models.CharField(_("mobile phone"), max_length=20, blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("persons")

    def __str__(self) -> str:
        return f"{protection.mask_name(self.name)} ({self.identifier_masked})"


class OrganisationQuerySet(models.QuerySet):
    def by_credit_code(self, credit_code: str) -> "OrganisationQuerySet":
        return self.filter(identifier_hash=protection.keyed_hash(credit_code))


class Organisation(ProtectedIdentifierMixin):
    name = models.CharField(_("name"), max_length=200)
    legal_representative = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        related_name="represented_organisations",
        verbose_name=_("legal representative"),
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="OrganisationMember",
        related_name="organisations",
    )

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class OrganisationMember(models.Model):
    class Role(models.TextChoices):
        ADMINISTRATOR = "admin", _("administrator")
        AGENT = "agent", _("agent")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation member")
        verbose_name_plural = _("organisation members")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="unique_member"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation} ({self.get_role_display()})"
