"""Reference registries shipped with the project: the population base registry, the
legal-entity registry, and the social security and resident health card registries.

They stand in for the providers a real deployment connects to (a resource's backend
can point at a remote exchange instead). Personal identifiers are stored as a keyed
hash (indexed, for lookups) and encrypted; the legal entity's credit code is public
information and stored as is.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import protection


class ProtectedNumber(models.Model):
    """An identifier stored as keyed hash + ciphertext (see sharing.protection)."""

    number_hash = models.CharField(max_length=64, unique=True, editable=False)
    number_encrypted = models.TextField(editable=False)

    class Meta:
        abstract = True

    def set_number(self, value: str) -> None:
        self.number_hash = protection.keyed_hash(value)
        self.number_encrypted = protection.encrypt(value)

    @property
    def number(self) -> str:
        return protection.decrypt(self.number_encrypted)


class PopulationRecord(ProtectedNumber):
    """人口基础信息: one row per resident ID number."""

    class Sex(models.TextChoices):
        MALE = "1", _("male")
        FEMALE = "2", _("female")

    name = models.CharField(_("name"), max_length=100)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices)
    birth_date = models.DateField(_("date of birth"))
    ethnicity = models.CharField(_("ethnicity"), max_length=20, blank=True)
    address = models.CharField(_("registered address"), max_length=200)
    household_number = models.CharField(_("household number"), max_length=20)
    relation_to_head = models.CharField(_("relation to household head"), max_length=20)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("population record")
        verbose_name_plural = _("population records")

    def __str__(self) -> str:
        return protection.mask_name(self.name)


class LegalEntityRecord(models.Model):
    """法人基础信息: one row per unified social credit code."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("in operation")
        REVOKED = "revoked", _("licence revoked")
        DEREGISTERED = "deregistered", _("deregistered")

    credit_code = models.CharField(_("credit code"), max_length=18, unique=True)
    name = models.CharField(_("name"), max_length=200)
    entity_type = models.CharField(_("entity type"), max_length=50)
    legal_representative_name = models.CharField(
        _("legal representative"), max_length=100
    )
    legal_representative_id_hash = models.CharField(max_length=64, db_index=True)
    legal_representative_id_encrypted = models.TextField()
    address = models.CharField(_("registered address"), max_length=200)
    registered_capital = models.CharField(
        _("registered capital"), max_length=50, blank=True
    )
    established_on = models.DateField(_("established on"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("legal entity record")
        verbose_name_plural = _("legal entity records")

    def __str__(self) -> str:
        return self.name

    def set_legal_representative_id(self, value: str) -> None:
        self.legal_representative_id_hash = protection.keyed_hash(value)
        self.legal_representative_id_encrypted = protection.encrypt(value)

    @property
    def legal_representative_id(self) -> str:
        return protection.decrypt(self.legal_representative_id_encrypted)


class CardRecord(ProtectedNumber):
    class Status(models.TextChoices):
        NORMAL = "normal", _("in use")
        LOST = "lost", _("reported lost")
        CANCELLED = "cancelled", _("cancelled")

    holder_id_hash = models.CharField(max_length=64, db_index=True, editable=False)
    holder_id_encrypted = models.TextField(editable=False)
    holder_name = models.CharField(_("holder name"), max_length=100)
    issued_on = models.DateField(_("issued on"))
    issuer = models.CharField(_("issuer"), max_length=100)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NORMAL
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return protection.mask_name(self.holder_name)

    def set_holder_id(self, value: str) -> None:
        self.holder_id_hash = protection.keyed_hash(value)
        self.holder_id_encrypted = protection.encrypt(value)

    @property
    def holder_id(self) -> str:
        return protection.decrypt(self.holder_id_encrypted)


class SocialSecurityCardRecord(CardRecord):
    """社会保障卡: card number, holder and status."""

    bank = models.CharField(_("bank"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("social security card record")
        verbose_name_plural = _("social security card records")


class HealthCardRecord(CardRecord):
    """居民健康卡: card number, holder and status."""

    class Meta:
        verbose_name = _("resident health card record")
        verbose_name_plural = _("resident health card records")
