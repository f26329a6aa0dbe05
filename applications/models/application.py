"""Applications (办件) and their timeline.

The status only changes through ``applications.actions.applications``; each change bumps
``version`` (optimistic locking for desk forms that were opened before someone else
acted) and appends an ``ApplicationEvent`` row in the same transaction.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from identity.models import Organisation
from licences.models import Licence
from services.models.catalogue import Service


class Application(models.Model):
    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("submitted, awaiting intake")
        NOTICE = "notice", _("awaiting supplementary materials")
        ACCEPTED = "accepted", _("accepted, under review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")
        WITHDRAWN = "withdrawn", _("withdrawn")

    # Not decided yet: the applicant and the desk can still act on it.
    OPEN_STATUSES = (Status.SUBMITTED, Status.NOTICE, Status.ACCEPTED)

    number = models.CharField(_("application number"), max_length=20, unique=True)
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("service"),
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("applicant"),
    )
    on_behalf_of = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("on behalf of"),
        help_text="The organisation the applicant acted for, if any.",
    )
    on_behalf_label = models.CharField(
        _("on behalf of (as recorded)"), max_length=300, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SUBMITTED
    )
    data = models.JSONField(_("form data"), default=dict)
    submission_key = models.UUIDField(
        editable=False,
        help_text="Idempotency key of the submitting form; a retry with the same key "
        "returns the application already created.",
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="handled_applications",
        verbose_name=_("handler"),
    )
    licence = models.OneToOneField(
        Licence,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="application",
        verbose_name=_("e-licence"),
    )
    version = models.PositiveIntegerField(default=1)
    form_version = models.ForeignKey(
        "eforms.FormVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("form version"),
        help_text="The e-form version the data was filled in.",
    )
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True)

    class Meta:
        db_table = "services_application"  # kept when the model left services
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["applicant", "submission_key"],
                name="unique_submission_per_applicant",
            )
        ]
        indexes = [
            models.Index(fields=["applicant", "-submitted_at"]),
            models.Index(fields=["status", "submitted_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.service}"

    def get_absolute_url(self) -> str:
        return reverse(
            "applications:application_detail", kwargs={"number": self.number}
        )

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class ApplicationEvent(models.Model):
    """One step on an application's timeline. Rows are only ever inserted."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        NOTICE_ISSUED = "notice_issued", _("One-time notice of missing materials")
        SUPPLEMENTED = "supplemented", _("Materials supplemented")
        ACCEPTED = "accepted", _("Accepted at the window")
        REVIEW_STARTED = "review_started", _("Under review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
        LICENCE_ISSUED = "licence_issued", _("E-licence issued")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        db_table = "services_applicationevent"  # kept when the model left services
        verbose_name = _("application event")
        verbose_name_plural = _("application events")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.application.number} {self.action}"
