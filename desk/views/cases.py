"""Window staff desk (/desk/): the intake queue and actions on one application.

The case page shows what was submitted: the form's answers as labelled in the
version it was filled in (``applications.answers``, identifiers masked) and every
material with how it was obtained, the files linked for staff who may open them
(``material_library.desk_may_open``).

Each action form carries the application's ``version``; if another handler acted
first, the action is refused with a message instead of overwriting their decision.
"""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from applications.answers import FileRef, answer_sections
from applications.deadlines import deadline_facts
from applications.lifecycle import ApplicationStateError
from applications.material_library import desk_may_open
from applications.models import Application
from applications.views.my import receipt_response
from desk import selectors
from desk.actions import (
    application_accept,
    application_approve,
    application_reject,
    application_review_start,
)
from desk.actions.notices import is_notice_supervisor
from desk.actions.review import is_under_review
from desk.views.notices import notice_form, returned_first
from identity.permissions import DESK_ROLES, staff_required


class DeskActionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    reason = forms.CharField(
        label=gettext_lazy("Reason (required to reject)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


@staff_required(*DESK_ROLES)
def desk_queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Application.Status.SUBMITTED)
    return render(
        request,
        "desk/queue.html",
        {
            "applications": returned_first(
                selectors.desk_queue(status=status), request.user
            )[:200],
            "status": status,
            "statuses": Application.Status.choices,
        },
    )


@staff_required(*DESK_ROLES)
def desk_detail(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.desk_application(number=number)
    materials = list(application.materials.all())
    may_open = desk_may_open(request.user, application)
    return render(
        request,
        "desk/detail.html",
        {
            "application": application,
            "answer_sections": answer_sections(
                application.data,
                application.form_version,
                files=_files(application, materials, may_open=may_open),
                mask_identifiers=True,
            ),
            "materials": materials,
            "may_open_files": may_open,
            "events": application.events.all(),
            "form": DeskActionForm(initial={"version": application.version}),
            "notice_form": notice_form(application, request=request),
            "notices": application.notices.select_related(
                "issued_by", "approved_by"
            ).prefetch_related("items"),
            "is_supervisor": is_notice_supervisor(request.user),
            "under_review": is_under_review(application),
            "facts": deadline_facts(application),
        },
    )


def _files(
    application: Application, materials: list, *, may_open: bool
) -> dict[int, FileRef]:
    """How each library file the application was submitted with is shown: its
    uploaded name, linked for staff who may open it."""
    return {
        item.material_id: FileRef(
            item.material.original_name or item.material.name,
            reverse(
                "desk:material_download",
                kwargs={"number": application.number, "pk": item.material_id},
            )
            if may_open
            else None,
        )
        for item in materials
        if item.material_id is not None
    }


@staff_required(*DESK_ROLES)
def desk_receipt(request: HttpRequest, number: str) -> HttpResponse:
    """The receipt, printed at the window for an applicant who came in person."""
    return receipt_response(selectors.desk_application(number=number))


ACTIONS = {
    "accept": (application_accept, gettext_lazy("accepted")),
    "review": (application_review_start, gettext_lazy("under review")),
    "approve": (application_approve, gettext_lazy("approved")),
    "reject": (application_reject, gettext_lazy("rejected")),
}


@staff_required(*DESK_ROLES)
@require_POST
def desk_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    application = selectors.desk_application(number=number)
    form = DeskActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The form was incomplete; please try again."))
        return redirect("desk:detail", number=number)
    kwargs = {
        "application": application,
        "actor": request.user,
        "expected_version": form.cleaned_data["version"],
    }
    if action == "reject":
        kwargs["reason"] = form.cleaned_data["reason"]
    try:
        ACTIONS[action][0](**kwargs)
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Application %(number)s: %(action)s.")
            % {"number": number, "action": ACTIONS[action][1]},
        )
    return redirect("desk:detail", number=number)
