"""What a service requires (申请材料): each requirement says its form and quantity,
and whether the platform obtains it itself, as an e-licence or from a registry
through sharing, so that the applicant is never asked for it."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from licences.models import LicenceType
from services.models.catalogue import Service


class MaterialRequirement(models.Model):
    class Form(models.TextChoices):
        ORIGINAL = "original", _("original")
        COPY = "copy", _("copy")
        ELECTRONIC = "electronic", _("electronic")

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="materials")
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
    material_code = models.CharField(
        _("material code"),
        max_length=50,
        blank=True,
        db_index=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                _("Use letters, digits, dots, hyphens and underscores."),
            )
        ],
        help_text=_(
            "The kind of material in the material catalogue (e.g. a code of the "
            "list of common materials). Requirements of other services with the "
            "same code accept the same material, so a file the applicant supplied "
            "for one is reused for the other. Leave empty when the material is "
            "specific to this service."
        ),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    sample = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sample or blank form"),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)
    # Lets the Wagtail admin's inline panel reorder requirements.
    sort_order_field = "sort_order"

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
