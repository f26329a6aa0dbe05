"""The service catalogue (政务服务事项目录): departments, services and the materials
each service requires."""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from licences.models import LicenceType


class Department(models.Model):
    class RegionLevel(models.TextChoices):
        PROVINCE = "province", _("province")
        CITY = "city", _("city")
        COUNTY = "county", _("county")

    code = models.CharField(
        _("code"),
        max_length=10,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2,10}$", _("2 to 10 capital letters."))],
    )
    name = models.CharField(_("name"), max_length=100)
    region_level = models.CharField(
        _("region level"), max_length=10, choices=RegionLevel.choices
    )
    region_name = models.CharField(_("region"), max_length=50)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class ServiceQuerySet(models.QuerySet):
    def active(self) -> "ServiceQuerySet":
        return self.filter(is_active=True)


class Service(models.Model):
    class ServiceType(models.TextChoices):
        LICENCE = "licence", _("administrative licence")
        CONFIRMATION = "confirmation", _("administrative confirmation")
        PAYMENT = "payment", _("administrative payment")
        PUBLIC = "public", _("public service")
        REGISTRATION = "registration", _("registration and filing")

    class Audience(models.TextChoices):
        CITIZEN = "citizen", _("citizens")
        BUSINESS = "business", _("businesses")
        BOTH = "both", _("citizens and businesses")

    class OnlineLevel(models.TextChoices):
        INFO = "info", _("information only")
        DOWNLOAD = "download", _("forms to download")
        ONLINE = "online", _("online application")
        FULL_ONLINE = "full_online", _("fully online")

    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        validators=[
            RegexValidator(
                r"^[A-Z0-9][A-Z0-9-]{1,19}$", _("Capital letters, digits and -.")
            )
        ],
    )
    name = models.CharField(_("name"), max_length=100)
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("department"),
    )
    service_type = models.CharField(
        _("service type"), max_length=20, choices=ServiceType.choices
    )
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.CITIZEN
    )
    aliases = models.CharField(
        _("aliases"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    keywords = models.CharField(
        _("keywords"), max_length=300, blank=True, help_text=_("Comma-separated.")
    )
    summary = models.TextField(_("summary"), blank=True)
    conditions = models.TextField(_("conditions"), blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    steps = models.JSONField(_("procedure steps"), default=list, blank=True)
    faq = models.JSONField(_("frequently asked questions"), default=list, blank=True)
    committed_days = models.PositiveSmallIntegerField(
        _("committed time limit (working days)"), default=5
    )
    statutory_days = models.PositiveSmallIntegerField(
        _("statutory time limit (working days)"), default=20
    )
    fee = models.CharField(_("fees"), max_length=200, default="", blank=True)
    online_level = models.CharField(
        _("online level"),
        max_length=20,
        choices=OnlineLevel.choices,
        default=OnlineLevel.FULL_ONLINE,
    )
    counter_address = models.CharField(_("counter address"), max_length=200, blank=True)
    office_hours = models.CharField(_("office hours"), max_length=100, blank=True)
    licence_type = models.ForeignKey(
        LicenceType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("licence issued on approval"),
    )
    min_assurance_level = models.PositiveSmallIntegerField(
        _("minimum identity assurance level"),
        default=0,
        choices=[
            (0, _("signed in")),
            (1, _("identity declared")),
            (2, _("identity verified against the registry")),
            (3, _("certificate or verified at a counter")),
        ],
    )
    is_active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(committed_days__lte=models.F("statutory_days")),
                name="committed_within_statutory",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("services:guide", kwargs={"code": self.code})

    @property
    def accepts_online_applications(self) -> bool:
        return self.online_level in {
            self.OnlineLevel.ONLINE,
            self.OnlineLevel.FULL_ONLINE,
        }


class MaterialRequirement(models.Model):
    class Form(models.TextChoices):
        ORIGINAL = "original", _("original")
        COPY = "copy", _("copy")
        ELECTRONIC = "electronic", _("electronic")

    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="materials"
    )
    name = models.CharField(_("name"), max_length=200)
    form = models.CharField(_("form"), max_length=20, choices=Form.choices)
    quantity = models.PositiveSmallIntegerField(_("quantity"), default=1)
    required = models.BooleanField(_("required"), default=True)
    licence_type = models.ForeignKey(
        LicenceType,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("obtainable as e-licence"),
    )
    shared_resource = models.CharField(
        _("obtainable from registry"),
        max_length=50,
        blank=True,
        help_text=_("Code of the sharing resource that provides this material."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("material requirement")
        verbose_name_plural = _("material requirements")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def obtained_by_platform(self) -> bool:
        """True when the platform fetches this material itself (never asked again)."""
        return self.licence_type_id is not None or bool(self.shared_resource)
