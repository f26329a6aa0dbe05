"""One-time notices over HTTP, the desk's side: staff issue one from the desk
page, supervisors approve or refuse further notices, and the desk report lists
every further notice. (The applicant's side, the supplement: ``supplement``.)

The notice form works without JavaScript: each of the service's material
requirements is a checkbox with a problem and a reason, plus a fixed number of
free rows for anything else; a requirement the platform obtained through data
sharing is shown as such and cannot be listed. A refused notice re-renders the
case page (HTTP 400) with the bound form, so nothing staff typed is lost.
Supervisors have a page of further notices awaiting approval. (The deadline facts
shown with a timeline are ``applications.deadlines``.)
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import (
    BooleanField,
    Case,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from applications.lifecycle import ApplicationStateError
from applications.models import Application, ApplicationEvent, NoticeItem, OneTimeNotice
from desk import selectors
from desk.actions import (
    is_notice_supervisor,
    notice_approve,
    notice_issue,
    notice_refuse,
)
from desk.actions.notices import (
    default_notice_deadline,
    obtained_conflicts,
    platform_obtained,
)
from identity.permissions import DESK_ROLES, staff_required

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

    def __init__(self, *args, requirements=(), obtained=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Obtained through data sharing: shown, never offered as an item.
        self.obtained = list(obtained)
        taken = {material.requirement_id for material in self.obtained}
        self.obtained_requirements = [r for r in requirements if r.pk in taken]
        self.requirements = [r for r in requirements if r.pk not in taken]
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

    def clean(self) -> dict:
        data = super().clean()
        for requirement in self.obtained_requirements:
            if self.data.get(f"req_{requirement.pk}"):
                self.add_error(None, _obtained_error(requirement.name))
        for requirement in self.requirements:
            prefix = f"req_{requirement.pk}"
            if data.get(prefix) and not data.get(f"{prefix}_reason", "").strip():
                self.add_error(
                    f"{prefix}_reason",
                    _("Give the reason for “%(name)s”.") % {"name": requirement.name},
                )
        for index in range(1, FREE_ROWS + 1):
            prefix = f"item_{index}"
            name = data.get(f"{prefix}_name", "").strip()
            reason = data.get(f"{prefix}_reason", "").strip()
            if name and obtained_conflicts(self.obtained, [{"name": name}]):
                self.add_error(f"{prefix}_name", _obtained_error(name))
            elif name and not reason:
                self.add_error(
                    f"{prefix}_reason",
                    _("Give the reason for “%(name)s”.") % {"name": name},
                )
            elif reason and not name:
                self.add_error(
                    f"{prefix}_name", _("Name the material this reason is for.")
                )
        if not self.errors and not self.items():
            self.add_error(
                None,
                _(
                    "A one-time notice must list at least one missing or defective "
                    "material."
                ),
            )
        return data

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


def _obtained_error(name: str) -> str:
    return _(
        "“%(name)s” was obtained through government data sharing; it cannot be "
        "demanded from the applicant."
    ) % {"name": name}


REFUSED_NOTICE_FORM = "_refused_notice_form"


def notice_form(
    application: Application, data=None, *, request: HttpRequest | None = None
) -> NoticeForm:
    """The desk's notice form for ``application``; on the case page re-rendered
    after a refused notice (``desk_notice_issue`` leaves it on the ``request``),
    the bound form with what staff typed and its errors."""
    if data is None and hasattr(request, REFUSED_NOTICE_FORM):
        return getattr(request, REFUSED_NOTICE_FORM)
    return NoticeForm(
        data,
        requirements=list(application.service.materials.all()),
        obtained=platform_obtained(application),
        initial={"version": application.version, "deadline": default_notice_deadline()},
    )


def _refused(
    request: HttpRequest, number: str, form: NoticeForm, message: str
) -> HttpResponse:
    """The case page again, with the bound notice form (what staff typed, and its
    errors) and ``message`` on top (seen even when the form is no longer shown)."""
    from desk.views.cases import desk_detail

    messages.error(request, message)
    setattr(request, REFUSED_NOTICE_FORM, form)
    response = desk_detail(request, number)
    response.status_code = 400
    return response


@staff_required(*DESK_ROLES)
@require_POST
def desk_notice_issue(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.desk_application(number=number)
    form = notice_form(application, request.POST)
    if not form.is_valid():
        return _refused(
            request,
            number,
            form,
            _("The notice was not sent: correct the marked fields and send it."),
        )
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
        # Bound again to the current version: the page shown now is what a
        # second send will be checked against.
        application = selectors.desk_application(number=number)
        data = request.POST.copy()
        data["version"] = str(application.version)
        form = notice_form(application, data)
        form.is_valid()
        return _refused(request, number, form, str(error))
    else:
        if notice.status == OneTimeNotice.Status.PENDING_APPROVAL:
            messages.success(
                request, _("The further notice awaits a supervisor's approval.")
            )
        else:
            messages.success(request, _("The one-time notice was sent."))
    return redirect("desk:detail", number=number)


def _decided_notice(request: HttpRequest, pk: int) -> OneTimeNotice:
    if not is_notice_supervisor(request.user):
        raise PermissionDenied
    return get_object_or_404(OneTimeNotice.objects.select_related("application"), pk=pk)


@staff_required(*DESK_ROLES)
@require_POST
def desk_notice_approve(request: HttpRequest, pk: int) -> HttpResponse:
    notice = _decided_notice(request, pk)
    try:
        notice_approve(notice=notice, supervisor=request.user)
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The further notice was approved and sent."))
    return redirect("desk:detail", number=notice.application.number)


@staff_required(*DESK_ROLES)
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
    return redirect("desk:detail", number=notice.application.number)


@staff_required(*DESK_ROLES)
def desk_notice_report(request: HttpRequest) -> HttpResponse:
    """Every further notice (sequence > 1): who asked, why, and the decision."""
    notices = (
        OneTimeNotice.objects.filter(sequence__gt=1)
        .select_related("application__service", "issued_by", "approved_by")
        .prefetch_related("items")
        .order_by("-created_at")[:500]
    )
    return render(
        request,
        "desk/notice_report.html",
        {"notices": notices, "is_supervisor": is_notice_supervisor(request.user)},
    )


@staff_required(*DESK_ROLES)
def desk_notice_pending(request: HttpRequest) -> HttpResponse:
    """Supervisors only: the further notices awaiting approval, oldest first."""
    if not is_notice_supervisor(request.user):
        raise PermissionDenied
    notices = (
        OneTimeNotice.objects.filter(status=OneTimeNotice.Status.PENDING_APPROVAL)
        .select_related("application__service", "issued_by")
        .prefetch_related("items")
        .order_by("created_at", "pk")[:500]
    )
    return render(request, "desk/notice_pending.html", {"notices": notices})


def returned_first(applications: QuerySet[Application], user) -> QuerySet[Application]:
    """The desk queue with the cases supplemented and back with ``user`` (their
    handler; nothing happened since the supplement) first, flagged
    ``returned_to_me``."""
    last_action = (
        ApplicationEvent.objects.filter(application=OuterRef("pk"))
        .order_by("-created_at", "-pk")
        .values("action")[:1]
    )
    return applications.annotate(
        last_action=Subquery(last_action),
        returned_to_me=Case(
            When(
                handler=user,
                last_action=ApplicationEvent.Action.SUPPLEMENTED,
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        ),
    ).order_by("-returned_to_me", "submitted_at")
