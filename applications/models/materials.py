import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from services.models.materials import MaterialRequirement


def material_path(instance: "Material", filename: str) -> str:
    # The stored name never carries the uploaded name (it may hold personal
    # data); the original name is kept in a field for display.
    return f"materials/{instance.owner_id}/{uuid.uuid4().hex}"


class Material(models.Model):
    """A file an applicant supplied (申请材料), kept privately in the applicant's
    material library so that a later application can reuse it while it is
    valid instead of asking again."""

    owner = models.ForeignKey(
        "identity.User",
        on_delete=models.CASCADE,
        related_name="materials",
        verbose_name=_("owner"),
    )
    organisation = models.ForeignKey(
        "identity.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="materials",
        verbose_name=_("organisation"),
        help_text=_("Set when supplied while acting for an organisation."),
    )
    name = models.CharField(_("material"), max_length=200)
    # What it was supplied for decides what it may be reused for
    # (``applications.materials``): the same requirement, or one of another service
    # with the same material code; never a requirement that merely has the same
    # name. Empty for the files of e-form upload fields.
    requirement = models.ForeignKey(
        MaterialRequirement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("supplied for"),
    )
    file = models.FileField(_("file"), upload_to=material_path, max_length=200)
    original_name = models.CharField(_("uploaded file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=50)
    size = models.PositiveIntegerField(_("size in bytes"))
    pages = models.PositiveSmallIntegerField(_("pages"), null=True, blank=True)
    sha256 = models.CharField(max_length=64)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        db_table = "services_material"  # kept when the model left services
        verbose_name = _("supplied material")
        verbose_name_plural = _("supplied materials")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name


class ApplicationMaterial(models.Model):
    """How one material requirement of an application was satisfied: obtained by
    the platform (an e-licence through the library, or a registry record through
    sharing, with the access-log reference), reused from the applicant's library,
    uploaded now, or still missing."""

    class Source(models.TextChoices):
        LICENCE = "licence", _("your e-licence")
        REGISTRY = "registry", _("government data sharing")
        REUSED = "reused", _("a material you supplied earlier")
        UPLOADED = "uploaded", _("uploaded with this application")
        MISSING = "missing", _("not supplied")

    application = models.ForeignKey(
        "applications.Application", on_delete=models.CASCADE, related_name="materials"
    )
    requirement = models.ForeignKey(
        MaterialRequirement,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    name = models.CharField(_("material"), max_length=200)
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    material = models.ForeignKey(
        Material, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    licence = models.ForeignKey(
        "licences.Licence",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    registry_reference = models.CharField(
        _("sharing reference"),
        max_length=100,
        blank=True,
        help_text=_("The sharing access-log reference of the registry read."),
    )
    summary = models.CharField(_("what was obtained"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "services_applicationmaterial"  # kept when the model left services
        verbose_name = _("application material")
        verbose_name_plural = _("application materials")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name
