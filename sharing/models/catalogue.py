"""The resource catalogue (共享资源目录): providers, their data resources with a
share class and legal basis, and each resource's fields with a sensitivity level and
masking rule."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ShareClass(models.TextChoices):
    UNCONDITIONAL = "unconditional", _("shared unconditionally")
    CONDITIONAL = "conditional", _("shared on conditions")
    NONE = "none", _("not shared")


class Sensitivity(models.TextChoices):
    PUBLIC = "public", _("public")
    INTERNAL = "internal", _("internal")
    SENSITIVE = "sensitive", _("sensitive personal information")
    SECRET = "secret", _("restricted")


class MaskRule(models.TextChoices):
    NONE = "none", _("shown as is")
    ID_NUMBER = "id_number", _("identifier: keep first 6 and last 4")
    NAME = "name", _("name: keep the first character")
    ADDRESS = "address", _("address: keep up to the district")
    PHONE = "phone", _("phone: keep first 3 and last 4")
    DATE_YEAR = "date_year", _("date: keep the year")
    WITHHOLD = "withhold", _("withheld unless granted")


class SubjectType(models.TextChoices):
    RESIDENT_ID = "resident_id", _("resident ID number")
    CREDIT_CODE = "credit_code", _("unified social credit code")
    SOCIAL_SECURITY_CARD = "social_security_card", _("social security card number")
    HEALTH_CARD = "health_card", _("resident health card number")


class UpdateCycle(models.TextChoices):
    REALTIME = "realtime", _("real time")
    DAILY = "daily", _("daily")
    WEEKLY = "weekly", _("weekly")
    MONTHLY = "monthly", _("monthly")
    YEARLY = "yearly", _("yearly")


code_validator = RegexValidator(
    r"^[a-z][a-z0-9_.-]{1,63}$",
    _("Lower-case letters, digits, '.', '_' and '-', starting with a letter."),
)


class Provider(models.Model):
    """An agency that provides data to the exchange; its data stewards approve
    conditional requests and read the audit log of its resources."""

    code = models.CharField(
        _("code"), max_length=64, unique=True, validators=[code_validator]
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    stewards = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="stewarded_providers",
        verbose_name=_("data stewards"),
    )

    class Meta:
        verbose_name = _("data provider")
        verbose_name_plural = _("data providers")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Resource(models.Model):
    class Backend(models.TextChoices):
        LOCAL = "local", _("local reference registry")
        REMOTE = "remote", _("remote exchange over HTTP")
        UNAVAILABLE = "unavailable", _("unavailable (always fails)")

    code = models.CharField(
        _("code"), max_length=64, unique=True, validators=[code_validator]
    )
    name = models.CharField(_("name"), max_length=200)
    provider = models.ForeignKey(
        Provider,
        on_delete=models.PROTECT,
        related_name="resources",
        verbose_name=_("provider"),
    )
    description = models.TextField(_("description"), blank=True)
    subject_type = models.CharField(
        _("subject identifier"), max_length=32, choices=SubjectType.choices
    )
    share_class = models.CharField(
        _("share class"), max_length=16, choices=ShareClass.choices
    )
    legal_basis = models.TextField(
        pgettext_lazy("sharing", "legal basis"),
        blank=True,
        help_text=_("Required for conditional and not-shared resources."),
    )
    update_cycle = models.CharField(
        _("update cycle"),
        max_length=16,
        choices=UpdateCycle.choices,
        default=UpdateCycle.DAILY,
    )
    open_data = models.BooleanField(_("open data"), default=False)
    backend = models.CharField(
        _("backend"), max_length=16, choices=Backend.choices, default=Backend.LOCAL
    )
    local_registry = models.CharField(
        _("local registry"),
        max_length=64,
        blank=True,
        help_text=_("Name of the local reference registry adapter (backend 'local')."),
    )
    remote_url = models.URLField(
        _("remote exchange URL"),
        blank=True,
        help_text=_("Query endpoint of the remote exchange (backend 'remote')."),
    )
    remote_resource_code = models.CharField(
        _("remote resource code"), max_length=64, blank=True
    )
    remote_client_id = models.CharField(
        _("remote client id"), max_length=64, blank=True
    )
    remote_signing_key_setting = models.CharField(
        _("setting holding the remote signing key"),
        max_length=64,
        blank=True,
        help_text=_(
            "Name of the environment variable with the private key (PEM) that "
            "signs this exchange's requests there; the remote exchange has its "
            "public key under the remote client id."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("data resource")
        verbose_name_plural = _("data resources")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def clean(self) -> None:
        if (
            self.share_class != ShareClass.UNCONDITIONAL
            and not self.legal_basis.strip()
        ):
            raise ValidationError(
                {
                    "legal_basis": _(
                        "State the legal basis of a conditional or unshared resource."
                    )
                }
            )
        if self.backend == self.Backend.REMOTE and not self.remote_url:
            raise ValidationError({"remote_url": _("A remote resource needs its URL.")})
        if self.backend == self.Backend.REMOTE and not self.remote_signing_key_setting:
            raise ValidationError(
                {
                    "remote_signing_key_setting": _(
                        "A remote resource needs the setting holding its signing key."
                    )
                }
            )


class ResourceField(models.Model):
    resource = models.ForeignKey(
        Resource, on_delete=models.CASCADE, related_name="fields"
    )
    name = models.CharField(
        _("field name"),
        max_length=64,
        validators=[RegexValidator(r"^[a-z][a-z0-9_]*$", _("snake_case identifier."))],
    )
    label = models.CharField(_("label"), max_length=100)
    sensitivity = models.CharField(
        _("sensitivity"),
        max_length=16,
        choices=Sensitivity.choices,
        default=Sensitivity.INTERNAL,
    )
    mask_rule = models.CharField(
        _("masking rule"),
        max_length=16,
        choices=MaskRule.choices,
        default=MaskRule.NONE,
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("resource field")
        verbose_name_plural = _("resource fields")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "name"], name="unique_resource_field"
            )
        ]

    def __str__(self) -> str:
        return f"{self.resource.code}.{self.name}"
