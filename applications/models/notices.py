"""One-time notices (一次性告知): when staff find materials missing or defective,
they tell the applicant once, listing every item with its reason and a deadline.

The first notice of an application is issued directly. Any later notice may only
list items that the first did not, needs a supervisor's approval before it
reaches the applicant, and is reported (``needs_approval`` / ``approved_by``)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from applications.models.application import Application
from services.models.materials import MaterialRequirement


class OneTimeNotice(models.Model):
    class Status(models.TextChoices):
        PENDING_APPROVAL = "pending_approval", _("awaiting a supervisor's approval")
        ISSUED = "issued", _("issued, awaiting the applicant")
        SUPPLEMENTED = "supplemented", _("supplemented by the applicant")
        REFUSED = "refused", _("refused by the supervisor")
        LAPSED = "lapsed", _("deadline passed without supplement")

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="notices"
    )
    sequence = models.PositiveSmallIntegerField(
        _("notice number"), help_text=_("1 for the first notice of an application.")
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("issued by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    issued_at = models.DateTimeField(
        pgettext_lazy("notice", "issued at"), null=True, blank=True
    )
    deadline = models.DateField(_("deadline for the supplement"))
    justification = models.TextField(
        _("why a further notice is needed"),
        blank=True,
        help_text=_("Required for any notice after the first."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )
    decided_at = models.DateTimeField(
        _("approved or refused at"), null=True, blank=True
    )
    supplemented_at = models.DateTimeField(_("supplemented at"), null=True, blank=True)
    decision_reason = models.TextField(
        _("reason given by the supervisor"),
        blank=True,
        help_text=_("Why a further notice was refused (shown in the report)."),
    )

    class Meta:
        db_table = "services_onetimenotice"  # kept when the model left services
        verbose_name = _("one-time notice")
        verbose_name_plural = _("one-time notices")
        ordering = ["application", "sequence"]
        permissions = [
            (
                "approve_additional_notice",
                "Can approve or refuse a further one-time notice",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "sequence"], name="one_notice_per_sequence"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application.number} #{self.sequence}"

    @property
    def needs_approval(self) -> bool:
        return self.sequence > 1


class NoticeItem(models.Model):
    class Problem(models.TextChoices):
        MISSING = "missing", _("missing")
        DEFECTIVE = "defective", _("defective")

    notice = models.ForeignKey(
        OneTimeNotice, on_delete=models.CASCADE, related_name="items"
    )
    requirement = models.ForeignKey(
        MaterialRequirement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("material requirement"),
    )
    name = models.CharField(_("material"), max_length=200)
    problem = models.CharField(_("problem"), max_length=10, choices=Problem.choices)
    reason = models.CharField(_("reason"), max_length=500)

    class Meta:
        db_table = "services_noticeitem"  # kept when the model left services
        verbose_name = _("notice item")
        verbose_name_plural = _("notice items")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name
