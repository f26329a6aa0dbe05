"""The open data catalogue (数据开放目录): datasets, their releases and files.

A ``Dataset`` row holds the metadata shown on the catalogue pages; its builder in
``opendata.builders`` is the source of truth and ``opendata.publishing`` copies the
metadata over on every run. Each run whose content differs from the latest release
adds a ``DatasetRelease`` with one ``DatasetFile`` per format; earlier releases stay
listed (and downloadable) with their time and checksums.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Format(models.TextChoices):
    CSV = "csv", "CSV"
    JSON = "json", "JSON"


CONTENT_TYPES = {
    Format.CSV: "text/csv; charset=utf-8",
    Format.JSON: "application/json",
}


class Dataset(models.Model):
    class Theme(models.TextChoices):
        GOVERNMENT_SERVICES = "government_services", _("government services")
        STATISTICS = "statistics", _("statistics")

    class UpdateCycle(models.TextChoices):
        DAILY = "daily", _("daily")
        WEEKLY = "weekly", _("weekly")
        MONTHLY = "monthly", _("monthly")
        YEARLY = "yearly", _("yearly")

    slug = models.SlugField(_("dataset identifier"), max_length=80, unique=True)
    title = models.CharField(_("title (Chinese)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description = models.TextField(_("description (Chinese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    publisher = models.CharField(_("publisher"), max_length=200)
    theme = models.CharField(_("theme"), max_length=40, choices=Theme.choices)
    update_cycle = models.CharField(
        _("update cycle"), max_length=20, choices=UpdateCycle.choices
    )
    licence_name = models.CharField(_("licence"), max_length=200)
    licence_url = models.URLField(_("licence URL"), blank=True)
    fields = models.JSONField(
        _("field dictionary"),
        default=list,
        blank=True,
        help_text="One object per column: name, type, title, title_en, description.",
    )
    record_count = models.PositiveIntegerField(_("records"), default=0)
    last_generated_at = models.DateTimeField(_("last generated"), null=True, blank=True)
    latest_release = models.ForeignKey(
        "DatasetRelease",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("latest release"),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")
        ordering = ["sort_order", "slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opendata:detail", kwargs={"slug": self.slug})

    def _localised(self, zh: str, en: str) -> str:
        return en if en and (get_language() or "").startswith("en") else zh

    @property
    def display_title(self) -> str:
        return self._localised(self.title, self.title_en)

    @property
    def display_description(self) -> str:
        return self._localised(self.description, self.description_en)

    @property
    def field_rows(self) -> list[dict]:
        """The field dictionary with the column description in the active
        language (``label``), for the template."""
        return [
            {
                **field,
                "label": self._localised(
                    field.get("title", ""), field.get("title_en", "")
                ),
            }
            for field in self.fields
        ]


class DatasetRelease(models.Model):
    """One published version of a dataset. Rows are only ever inserted."""

    dataset = models.ForeignKey(
        Dataset, on_delete=models.CASCADE, related_name="releases"
    )
    version = models.PositiveIntegerField(_("version"))
    generated_at = models.DateTimeField(_("generated at"))
    record_count = models.PositiveIntegerField(_("records"))
    content_sha256 = models.CharField(
        _("content checksum (SHA-256)"),
        max_length=64,
        help_text="Of the CSV file; an unchanged checksum means no new release.",
    )

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "version"], name="unique_dataset_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.dataset.slug} v{self.version}"


class DatasetFile(models.Model):
    release = models.ForeignKey(
        DatasetRelease, on_delete=models.CASCADE, related_name="files"
    )
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    file = models.FileField(_("file"), upload_to="opendata/", max_length=255)
    sha256 = models.CharField(_("checksum (SHA-256)"), max_length=64)
    size = models.PositiveBigIntegerField(_("size (bytes)"))

    class Meta:
        verbose_name = _("dataset file")
        verbose_name_plural = _("dataset files")
        ordering = ["format"]
        constraints = [
            models.UniqueConstraint(
                fields=["release", "format"], name="unique_release_format"
            )
        ]

    def __str__(self) -> str:
        return f"{self.release} {self.format}"

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[Format(self.format)]

    @property
    def download_name(self) -> str:
        release = self.release
        return f"{release.dataset.slug}-v{release.version}.{self.format}"
