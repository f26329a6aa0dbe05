"""The service catalogue (政务服务事项目录): departments, life and business events,
and services.

Editors manage these in the Wagtail admin (``services.wagtail_hooks``); a service
keeps revisions of every edit. Saving a service refreshes its search index entry
(``services.search``), so the catalogue search never lags behind the guide page.
"""

from django.contrib.postgres.search import SearchVectorField
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import RevisionMixin

from licences.models import LicenceType


class Department(RevisionMixin, models.Model):
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


class LifeEvent(models.Model):
    """A life event (出生, 上学, 婚姻...) or business event (企业开办, 注销...) that
    groups services the way people look for them."""

    class Kind(models.TextChoices):
        PERSONAL = "personal", _("life event")
        BUSINESS = "business", _("business event")

    code = models.SlugField(_("code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=50)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    description = models.CharField(_("description"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("life or business event")
        verbose_name_plural = _("life and business events")
        ordering = ["kind", "sort_order", "code"]

    def __str__(self) -> str:
        return self.name


class FaqBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.TextBlock(label=_("answer"))

    class Meta:
        icon = "help"
        label = _("question and answer")


class ServiceQuerySet(models.QuerySet):
    def active(self) -> "ServiceQuerySet":
        return self.filter(is_active=True)


class Service(RevisionMixin, ClusterableModel):
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
    steps = StreamField(
        [("step", blocks.CharBlock(label=_("step"), max_length=300))],
        verbose_name=_("procedure steps"),
        blank=True,
        default=list,
    )
    faq = StreamField(
        [("question", FaqBlock())],
        verbose_name=_("frequently asked questions"),
        blank=True,
        default=list,
    )
    events = ParentalManyToManyField(
        LifeEvent,
        blank=True,
        related_name="services",
        verbose_name=_("life and business events"),
    )
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
    # Search index entry, written by services.search.index_service(): the jieba
    # tokens of each weighted field (used on every database), and on PostgreSQL
    # the tsvectors built from them (GIN-indexed, see migration 0005): a small
    # one of the name, aliases, keywords and events, and one of the guide text.
    search_terms = models.JSONField(default=dict, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    search_vector_text = SearchVectorField(null=True, editable=False)

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

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        # Imported here: search imports this module.
        from services.search import index_service

        index_service(self)

    @property
    def accepts_online_applications(self) -> bool:
        return self.online_level in {
            self.OnlineLevel.ONLINE,
            self.OnlineLevel.FULL_ONLINE,
        }
