"""One-time notices over HTTP: staff issue one from the desk page, supervisors
approve or refuse further notices, the desk report lists every further notice, and
the applicant supplements from their application page.

The notice form works without JavaScript: each of the service's material
requirements is a checkbox with a problem and a reason, plus a fixed number of
free rows for anything else. ``tracking_context`` gives the pages that show a
timeline the deadline and the working days left (or overdue).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from identity.acting import acting_for
from identity.permissions import desk_staff_required

from .. import selectors
from ..actions import (
    ApplicationStateError,
    application_supplement,
    is_notice_supervisor,
    notice_approve,
    notice_issue,
    notice_refuse,
)
from ..actions.notices import default_notice_deadline
from ..models import Application, NoticeItem, OneTimeNotice
from ..workdays import working_days_between

FREE_ROWS = 3


class NoticeForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    deadline = forms.DateField(
        label=gettext_lazy("Deadline for the supplement"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("Default: 5 working days from today."),
    )
    justification = forms.CharField(
        label=gettext_lazy("Why a further notice is needed (further notices only)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, requirements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.requirements = list(requirements)
        problem_choices = NoticeItem.Problem.choices
        self.requirement_rows = []
        for requirement in self.requirements:
            prefix = f"req_{requirement.pk}"
            self.fields[prefix] = forms.BooleanField(
                label=requirement.name, required=False
            )
            self.fields[f"{prefix}_problem"] = forms.ChoiceField(
                label=gettext_lazy("Problem"), choices=problem_choices
            )
            self.fields[f"{prefix}_reason"] = forms.CharField(
                label=gettext_lazy("Reason"), max_length=500, required=False
            )
            self.requirement_rows.append(
                [self[prefix], self[f"{prefix}_problem"], self[f"{prefix}_reason"]]
            )
        self.free_rows = []
        for index in range(1, FREE_ROWS + 1):
            prefix = f"item_{index}"
            self.fields[f"{prefix}_name"] = forms.CharField(
                label=gettext_lazy("Other material"), max_length=200, required=False
            )
            self.fields[f"{prefix}_problem"] = forms.ChoiceField(
                label=gettext_lazy("Problem"), choices=problem_choices
            )
            self.fields[f"{prefix}_reason"] = forms.CharField(
                label=gettext_lazy("Reason"), max_length=500, required=False
            )
            self.free_rows.append(
                [
                    self[f"{prefix}_name"],
                    self[f"{prefix}_problem"],
                    self[f"{prefix}_reason"],
                ]
            )

    def items(self) -> list[dict]:
        data = self.cleaned_data
        items = []
        for requirement in self.requirements:
            prefix = f"req_{requirement.pk}"
            if data.get(prefix):
                items.append(
                    {
                        "requirement_id": requirement.pk,
                        "name": requirement.name,
                        "problem": data[f"{prefix}_problem"],
                        "reason": data.get(f"{prefix}_reason", ""),
                    }
                )
        for index in range(1, FREE_ROWS + 1):
            prefix = f"item_{index}"
            name = data.get(f"{prefix}_name", "").strip()
            if name:
                items.append(
                    {
                        "requirement_id": None,
                        "name": name,
                        "problem": data[f"{prefix}_problem"],
                        "reason": data.get(f"{prefix}_reason", ""),
                    }
                )
        return items


def notice_form(application: Application, data=None) -> NoticeForm:
    return NoticeForm(
        data,
        requirements=application.service.materials.all(),
        initial={"version": application.version, "deadline": default_notice_deadline()},
    )


def tracking_context(application: Application) -> dict:
    """Deadline facts for the timeline: working days left, or overdue by."""
    context: dict = {"deadline": application.due_date}
    if application.due_date and application.is_open:
        left = working_days_between(timezone.localdate(), application.due_date)
        context["days_left"] = max(left, 0)
        context["days_overdue"] = max(-left, 0)
        context["clock_paused"] = application.status == Application.Status.NOTICE
    return context


@desk_staff_required
@require_POST
def desk_notice_issue(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.desk_application(number=number)
    form = notice_form(application, request.POST)
    if not form.is_valid():
        messages.error(request, _("The notice form was incomplete; please try again."))
        return redirect("services:desk_detail", number=number)
    try:
        notice = notice_issue(
            application=application,
            actor=request.user,
            items=form.items(),
            deadline=form.cleaned_data["deadline"],
            justification=form.cleaned_data["justification"],
            expected_version=form.cleaned_data["version"],
        )
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        if notice.status == OneTimeNotice.Status.PENDING_APPROVAL:
            messages.success(
                request, _("The further notice awaits a supervisor's approval.")
            )
        else:
            messages.success(request, _("The one-time notice was sent."))
    return redirect("services:desk_detail", number=number)


def _decided_notice(request: HttpRequest, pk: int) -> OneTimeNotice:
    if not is_notice_supervisor(request.user):
        raise PermissionDenied
    return get_object_or_404(OneTimeNotice.objects.select_related("application"), pk=pk)


@desk_staff_required
@require_POST
def desk_notice_approve(request: HttpRequest, pk: int) -> HttpResponse:
    notice = _decided_notice(request, pk)
    try:
        notice_approve(notice=notice, supervisor=request.user)
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The further notice was approved and sent."))
    return redirect("services:desk_detail", number=notice.application.number)


@desk_staff_required
@require_POST
def desk_notice_refuse(request: HttpRequest, pk: int) -> HttpResponse:
    notice = _decided_notice(request, pk)
    try:
        notice_refuse(
            notice=notice,
            supervisor=request.user,
            reason=request.POST.get("reason", ""),
        )
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The further notice was refused."))
    return redirect("services:desk_detail", number=notice.application.number)


@desk_staff_required
def desk_notice_report(request: HttpRequest) -> HttpResponse:
    """Every further notice (sequence > 1): who asked, why, and the decision."""
    notices = (
        OneTimeNotice.objects.filter(sequence__gt=1)
        .select_related("application__service", "issued_by", "approved_by")
        .prefetch_related("items")
        .order_by("-created_at")[:500]
    )
    return render(request, "services/desk_notice_report.html", {"notices": notices})


@login_required
@require_POST
def application_supplement_view(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    files = {}
    for key, uploaded in request.FILES.items():
        if key.startswith("item_") and key[5:].isdigit():
            files[int(key[5:])] = uploaded
    try:
        application_supplement(
            application=application, applicant=request.user, files=files
        )
    except (ApplicationStateError, ValidationError) as error:
        text = " ".join(error.messages) if isinstance(error, ValidationError) else error
        messages.error(request, str(text))
    else:
        messages.success(
            request, _("Thank you: the materials were supplied and the case resumes.")
        )
    return redirect(application.get_absolute_url())


def visible_notices(application: Application) -> list[OneTimeNotice]:
    """The notices the applicant sees: those that reached them."""
    return list(
        application.notices.exclude(
            status__in=[
                OneTimeNotice.Status.PENDING_APPROVAL,
                OneTimeNotice.Status.REFUSED,
            ]
        ).prefetch_related("items")
    )
