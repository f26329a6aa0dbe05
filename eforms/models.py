"""E-form models: the editable definition of a service's form, the immutable
versions its publications create, drafts of applicants, and the region table the
address cascade offers.

An editor saves drafts of a ``FormDefinition`` in the Wagtail admin (revisions)
and publishes it; each publication that goes live snapshots the body into a new
``FormVersion`` (``eforms.actions.form_version_create``). Applications keep the
version they were filled in.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin

from .blocks import FormBodyBlock
from .schema import schema_errors, schema_from_body


class Region(models.Model):
    class Level(models.TextChoices):
        PROVINCE = "province", _("province")
        CITY = "city", _("city")
        COUNTY = "county", _("county")

    code = models.CharField(_("code"), max_length=6, primary_key=True)
    name = models.CharField(_("name"), max_length=50)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class FormDefinition(DraftStateMixin, RevisionMixin, models.Model):
    service = models.OneToOneField(
        "services.Service",
        on_delete=models.PROTECT,
        related_name="form_definition",
        verbose_name=_("service"),
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        FormBodyBlock(), verbose_name=_("sections"), blank=True, default=list
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("form definition")
        verbose_name_plural = _("form definitions")

    def __str__(self) -> str:
        return self.title

    def schema(self) -> dict:
        return schema_from_body(self.body)

    def clean(self) -> None:
        super().clean()
        errors = schema_errors(self.schema())
        if errors:
            raise ValidationError({"body": errors})

    def publish(self, revision, user=None, **kwargs):
        """Publish as Wagtail does, then snapshot the live body as a new version."""
        from .actions import form_version_create

        result = super().publish(revision, user=user, **kwargs)
        live = type(self).objects.get(pk=self.pk)
        if live.live and live.live_revision_id == revision.pk:
            form_version_create(definition=live, published_by=user, revision=revision)
        return result


class FormVersion(models.Model):
    definition = models.ForeignKey(
        FormDefinition,
        on_delete=models.PROTECT,
        related_name="versions",
        verbose_name=_("form definition"),
    )
    number = models.PositiveIntegerField(_("version"))
    schema = models.JSONField(_("schema"), editable=False)
    revision_id = models.BigIntegerField(null=True, editable=False)
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        verbose_name = _("form version")
        verbose_name_plural = _("form versions")
        ordering = ["definition", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["definition", "number"], name="eforms_unique_version_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.definition} v{self.number}"

    def save(self, *args, **kwargs) -> None:
        # Submitted data refers to a version: what it asked must never change.
        if self.pk is not None:
            raise ValidationError(_("A published form version cannot be changed."))
        super().save(*args, **kwargs)

    @property
    def is_latest(self) -> bool:
        return not FormVersion.objects.filter(
            definition_id=self.definition_id, number__gt=self.number
        ).exists()


class Draft(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="form_drafts"
    )
    service = models.ForeignKey(
        "services.Service", on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "identity.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    version = models.ForeignKey(
        FormVersion, on_delete=models.PROTECT, related_name="drafts"
    )
    data = models.JSONField(default=dict)
    revision = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [
            # NULLs are distinct in unique indexes: one rule per acting context.
            models.UniqueConstraint(
                fields=["user", "service"],
                condition=models.Q(organisation__isnull=True),
                name="eforms_one_personal_draft",
            ),
            models.UniqueConstraint(
                fields=["user", "service", "organisation"],
                condition=models.Q(organisation__isnull=False),
                name="eforms_one_organisation_draft",
            ),
        ]

    def __str__(self) -> str:
        return f"draft {self.pk} r{self.revision}"
