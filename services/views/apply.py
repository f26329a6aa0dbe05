"""Online application, step 1: /services/<code>/apply/ (form and materials).

Before anything is filled in, the applicant is checked: the service must accept
online applications, the identity assurance level must suffice, and a user acting
for an organisation (``identity.acting``) may only apply for services open to
businesses and, as an agent, covered by the grant. Then the form is shown,
prefilled (``eforms.prefill``) or resumed from the draft, with every material the
platform obtains itself marked as such and an upload field only for the rest
(``services.applying``). "Save draft" keeps the raw form; "Continue" leads to the
review page (``services.views.apply_review``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from eforms.actions import StaleDraft, draft_save
from eforms.forms import BasicApplicationForm
from eforms.prefill import prefill_for
from eforms.rendering import build_form
from eforms.selectors import draft_of, form_for_service
from identity.acting import acting_for, may_act_for
from identity.assurance import InsufficientAssurance, require_level

from .. import selectors
from ..actions import AGENT_SCOPE_MESSAGE, CITIZEN_ONLY_MESSAGE
from ..applying import (
    material_rows,
    pending_from,
    pending_key,
    store_form_uploads,
)
from ..materials import resolve_materials
from ..models import Service


class BasicDetailsForm(BasicApplicationForm):
    """The basic form of a service without an e-form definition, for the first
    step: the declaration and the idempotency key belong to the review step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["declaration"]
        del self.fields["submission_key"]


SKIPPED_KEYS = {"csrfmiddlewaretoken", "_save_draft", "draft_revision", "_continue"}


def refusal(request: HttpRequest, service: Service) -> HttpResponse | None:
    """Where to send a user who may not apply for ``service`` now, or None."""
    if not service.accepts_online_applications:
        messages.info(request, _("This service cannot be applied for online."))
        return redirect(service)
    try:
        require_level(request.user, service.min_assurance_level)
    except InsufficientAssurance as error:
        messages.error(request, str(error))
        return redirect("identity:my_identity")
    organisation = acting_for(request)
    if organisation is not None:
        if service.audience == Service.Audience.CITIZEN:
            messages.error(request, str(CITIZEN_ONLY_MESSAGE))
            return redirect(service)
        if not may_act_for(request.user, organisation, service_code=service.code):
            messages.error(
                request, str(AGENT_SCOPE_MESSAGE) % {"name": organisation.name}
            )
            return redirect(service)
    return None


def _raw(request: HttpRequest) -> dict:
    """The posted form as a draft keeps it (strings and lists of strings)."""
    data = {}
    for key in request.POST:
        if key in SKIPPED_KEYS or key.startswith("material-"):
            continue
        values = request.POST.getlist(key)
        data[key] = values if len(values) > 1 else values[0]
    return data


def _basic_initial(request: HttpRequest) -> dict:
    person = request.user.person_or_none
    return {
        "applicant_name": person.name if person else request.user.display_name,
        "phone": person.phone if person else "",
    }


@login_required
def apply(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_for_applying(code=code)
    refused = refusal(request, service)
    if refused is not None:
        return refused
    organisation = acting_for(request)
    version = form_for_service(service)
    draft = (
        draft_of(user=request.user, service=service, organisation=organisation)
        if version
        else None
    )
    prefill = (
        prefill_for(user=request.user, organisation=organisation, version=version)
        if version
        else None
    )
    resolutions = resolve_materials(
        applicant=request.user,
        organisation=organisation,
        service=service,
        requirements=service.requirements,
    )
    posted = request.method == "POST"
    if posted and version and "_save_draft" in request.POST:
        newer = _save_draft(request, service, version, organisation)
        if newer is None:
            return redirect("services:apply", code=service.code)
        # Keep what this device typed on screen; saving again overwrites.
        draft, posted = newer, False
        form = build_form(version, prefill=prefill, initial=_raw(request))
    elif version is None:
        form = (
            BasicDetailsForm(request.POST)
            if posted
            else BasicDetailsForm(initial=_basic_initial(request))
        )
    elif posted:
        form = build_form(
            version, data=request.POST, files=request.FILES, prefill=prefill
        )
    else:
        form = build_form(
            version, prefill=prefill, initial=draft.data if draft else None
        )
    adding_row = posted and getattr(form, "adding_row", False)
    rows = material_rows(
        request, resolutions, organisation, store=posted and not adding_row
    )
    if posted and not adding_row:
        form_ok = form.is_valid()
        uploads = store_form_uploads(request, form, organisation) if form_ok else {}
        if form_ok and not form.errors and not any(row.errors for row in rows):
            data = (
                {
                    **form.cleaned_data,
                    **{k: {"material": v} for k, v in uploads.items()},
                }
                if version
                else form.application_data()
            )
            if version:
                _keep_draft(request, service, version, draft, organisation)
            request.session[pending_key(service)] = pending_from(
                form_data=data, version=version, rows=rows, organisation=organisation
            )
            return redirect("services:apply_review", code=service.code)
    return render(
        request,
        "services/apply.html",
        {
            "service": service,
            "form": form,
            "is_eform": version is not None,
            "draft": draft,
            "stale_draft": bool(
                draft and version and draft.version_id != version.pk and not posted
            ),
            "rows": rows,
            "on_behalf_of": organisation,
            "has_errors": posted and not adding_row,
        },
    )


def _keep_draft(request, service, version, draft, organisation) -> None:
    try:
        draft_save(
            user=request.user,
            service=service,
            version=version,
            data=_raw(request),
            expected_revision=draft.revision if draft else None,
            organisation=organisation,
        )
    except StaleDraft:
        pass  # another device saved meanwhile; the pending submission holds ours


def _save_draft(request, service, version, organisation):
    """Save the posted form as the draft; None when saved, else the newer draft
    another device saved since this page was opened."""
    revision = request.POST.get("draft_revision", "")
    try:
        draft_save(
            user=request.user,
            service=service,
            version=version,
            data=_raw(request),
            expected_revision=int(revision) if revision.isdigit() else None,
            organisation=organisation,
        )
    except StaleDraft as stale:
        messages.warning(
            request,
            _(
                "This draft was changed on another device since you opened this "
                "page. The form shows what you typed here; save again to keep it, "
                "or reload the page to see the other version."
            ),
        )
        return stale.draft
    messages.success(request, _("Draft saved. You can continue on any device."))
    return None
