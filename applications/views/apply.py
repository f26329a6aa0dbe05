"""Online application, step 1: /services/<code>/apply/ (form and materials).

Before anything is filled in, the applicant is checked: the service must accept
online applications, the identity assurance level must suffice, and a user acting
for an organisation (``identity.acting``) may only apply for services open to
businesses and, as an agent, covered by the grant. Then the form is shown,
prefilled (``eforms.prefill``) or resumed from the draft, with every material the
platform obtains itself marked as such and an upload field only for the rest
(``applications.applying``). "Save draft" keeps the raw form; "Continue" leads to the
review page (``applications.views.apply_review``). A file refused on either (wrong
type by its content, too large) is an error of its own field or material row,
listed in the error summary (400); saving the draft keeps everything else.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from applications import selectors
from applications.actions import AGENT_SCOPE_MESSAGE, CITIZEN_ONLY_MESSAGE
from applications.applying import (
    KEPT_SUFFIX,
    kept_form_uploads,
    material_rows,
    pending_from,
    pending_key,
    show_refused,
    store_chosen_files,
    store_form_uploads,
)
from applications.materials import resolve_materials
from eforms.actions import StaleDraft, draft_save
from eforms.forms import BasicApplicationForm
from eforms.models import FormVersion
from eforms.prefill import prefill_for
from eforms.rendering import ADD_ROW_CODE, build_form
from eforms.schema import iter_fields
from eforms.selectors import draft_of, form_for_service
from identity.acting import acting_for, may_act_for
from identity.assurance import InsufficientAssurance, require_level
from services.models import Service


class BasicDetailsForm(BasicApplicationForm):
    """The basic form of a service without an e-form definition, for the first
    step: the declaration and the idempotency key belong to the review step."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["declaration"]
        del self.fields["submission_key"]


SKIPPED_KEYS = {
    "csrfmiddlewaretoken",
    "_save_draft",
    "draft_revision",
    "_continue",
    "_report",
    "form_version",
}


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


def _raw(request: HttpRequest, kept: dict | None = None) -> dict:
    """The posted form as a draft keeps it (strings and lists of strings), with
    the files of upload fields kept in the library as ``<key>__kept``."""
    data = {}
    for key in request.POST:
        if key in SKIPPED_KEYS or key.startswith("material-"):
            continue
        values = request.POST.getlist(key)
        data[key] = values if len(values) > 1 else values[0]
    for key, material in (kept or {}).items():
        data[f"{key}{KEPT_SUFFIX}"] = str(material.pk)
    return data


def _basic_initial(request: HttpRequest) -> dict:
    person = request.user.person_or_none
    return {
        "applicant_name": person.name if person else request.user.display_name,
        "phone": person.phone if person else "",
    }


@login_required
def apply(request: HttpRequest, code: str) -> HttpResponse:  # noqa: C901
    service = selectors.service_for_applying(code=code)
    refused = refusal(request, service)
    if refused is not None:
        return refused
    organisation = acting_for(request)
    version = form_for_service(service)
    if (
        version is None
        and request.method == "GET"
        and draft_of(user=request.user, service=service, organisation=organisation)
    ):  # the form was unpublished: the draft is kept for when it returns
        messages.info(
            request,
            _(
                "The online form of this service is being revised, so the basic "
                "application form is shown. Your saved draft is kept and will be "
                "offered again when the form is published."
            ),
        )
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
    kept = kept_form_uploads(
        user=request.user,
        organisation=organisation,
        version=version,
        values=request.POST if posted else (draft.data if draft else {}),
    )
    rows = None
    changed_keys: list[str] = []
    # Files refused while the form is only saved or a row added, by field key:
    # shown on their fields as on "Continue" (``show_refused``).
    refused: dict = {}
    if posted and version and _saving(request):
        chosen, refused = store_chosen_files(request, version, organisation)
        kept.update(chosen)
        rows = material_rows(
            request, resolutions, organisation, store=True, require=False
        )
        complete = not refused and not any(row.errors for row in rows)
        newer = _save_draft(
            request, service, version, organisation, kept, complete=complete
        )
        report = request.POST.get("_report", "")
        if newer is None and complete:
            if report:
                return redirect(_report_url(service, version, report))
            return redirect("applications:apply", code=service.code)
        # Keep what this device typed on screen; saving again overwrites.
        draft = newer or draft_of(
            user=request.user, service=service, organisation=organisation
        )
        posted = False
        form = build_form(version, prefill=prefill, initial=_raw(request, kept))
        show_refused(form, refused)
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
        for key in kept:
            # A file kept from an earlier try satisfies a required upload field.
            form.fields[key].required = False
        changed_keys = _changed_since(request, version)
    else:
        form = build_form(
            version, prefill=prefill, initial=draft.data if draft else None
        )
    stale_version = bool(
        posted and version and _posted_version(request) not in (None, version.pk)
    )
    adding_row = posted and getattr(form, "adding_row", False)
    if rows is None:
        rows = material_rows(
            request, resolutions, organisation, store=posted, require=not adding_row
        )
    if posted and adding_row:
        chosen, refused = store_chosen_files(request, version, organisation)
        kept.update(chosen)
        show_refused(form, refused)
    elif posted:
        form_ok = form.is_valid()
        if version:
            kept.update(store_form_uploads(request, form, organisation))
            form_ok = form_ok and not form.errors
        if form_ok and not stale_version and not any(row.errors for row in rows):
            data = (
                {
                    **form.cleaned_data,
                    **{
                        key: {"material": material.pk}
                        for key, material in kept.items()
                        if key in form.cleaned_data
                    },
                }
                if version
                else form.application_data()
            )
            if version:
                _keep_draft(request, service, version, draft, organisation, kept)
            request.session[pending_key(service)] = pending_from(
                form_data=data, version=version, rows=rows, organisation=organisation
            )
            return redirect("applications:apply_review", code=service.code)
    if version:
        _show_kept(form, kept)
    has_errors = (
        (posted and not adding_row) or bool(refused) or any(row.errors for row in rows)
    )
    summary = (
        error_summary(form, rows, is_eform=version is not None) if has_errors else []
    )
    return render(
        request,
        "applications/apply.html",
        {
            "service": service,
            "form": form,
            "is_eform": version is not None,
            "draft": draft,
            "stale_draft": bool(
                draft and version and draft.version_id != version.pk and not posted
            ),
            "stale_version": stale_version,
            "changed_keys": changed_keys,
            "changed_items": [
                form.items[key] for key in changed_keys if key in form.items
            ],
            "rows": rows,
            "on_behalf_of": organisation,
            "has_errors": has_errors,
            "error_summary": summary,
        },
        # Refused input (a file too large included) is a 400, like other forms.
        status=400 if summary else 200,
    )


def _saving(request: HttpRequest) -> bool:
    """Save draft, or report an error in a prefilled field (which saves the
    draft first, so that nothing typed is lost on the way)."""
    return "_save_draft" in request.POST or bool(request.POST.get("_report"))


def _report_url(service: Service, version, key: str) -> str:
    query = urlencode(
        {
            "version": version.pk,
            "field": key,
            "next": reverse("applications:apply", kwargs={"code": service.code}),
        }
    )
    return f"{reverse('eforms:report_error')}?{query}"


def _posted_version(request: HttpRequest) -> int | None:
    """The form version the posted page was rendered with (None if not told)."""
    value = request.POST.get("form_version", "")
    return int(value) if value.isdigit() else None


def _changed_since(request: HttpRequest, version) -> list[str]:
    """Keys of the current version's fields that are new or different from the
    version the posted page showed (all of them when that version is unknown)."""
    posted = _posted_version(request)
    if posted is None or posted == version.pk:
        return []
    before = (
        FormVersion.objects.filter(pk=posted, definition_id=version.definition_id)
        .only("schema")
        .first()
    )
    earlier = (
        {spec["key"]: spec for spec in iter_fields(before.schema)} if before else {}
    )
    return [
        spec["key"]
        for spec in iter_fields(version.schema)
        if earlier.get(spec["key"]) != spec
    ]


def _show_kept(form, kept: dict) -> None:
    """Tell the upload fields' template which file is kept (``item.kept_upload``)
    and point the file input at that note."""
    for key, material in kept.items():
        item = form.items.get(key)
        if item is None or key not in form.fields:
            continue
        item.kept_upload = material
        attrs = form.fields[key].widget.attrs
        described = attrs.get("aria-describedby", "")
        attrs["aria-describedby"] = f"{described} id_{key}_kept".strip()


def _keep_draft(request, service, version, draft, organisation, kept) -> None:  # noqa: PLR0913
    try:
        draft_save(
            user=request.user,
            service=service,
            version=version,
            data=_raw(request, kept),
            expected_revision=draft.revision if draft else None,
            organisation=organisation,
        )
    except StaleDraft:
        pass  # another device saved meanwhile; the pending submission holds ours


def _save_draft(request, service, version, organisation, kept, *, complete: bool):  # noqa: PLR0913
    """Save the posted form as the draft; None when saved, else the newer draft
    another device saved since this page was opened. Not ``complete``: a file
    chosen was refused, so the draft lacks it (the page shows it on its field)."""
    revision = request.POST.get("draft_revision", "")
    try:
        draft_save(
            user=request.user,
            service=service,
            version=version,
            data=_raw(request, kept),
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
    if complete:
        messages.success(request, _("Draft saved. You can continue on any device."))
    else:
        messages.warning(
            request,
            _(
                "Draft saved without the files marked below: they were not "
                "accepted. Choose other files for them and save again."
            ),
        )
    return None


# --- The error summary of the form step ---
# The error summary of the application form step (GOV.UK's pattern, which
# the platform's accessibility rules follow): every error of the page, in page
# order, as a link that moves the focus to its input. Radio buttons and check
# boxes have no single id, so their link leads to the first option; a repeating
# group's own error (too few rows) leads to its fieldset, and a cell's label says
# its group and row.


def error_summary(form, rows, *, is_eform: bool) -> list[dict]:
    """Every error of the page, in page order, each with the anchor of its
    input: ``{"href": "#id", "label": ..., "message": ...}`` (no href for an
    error of the whole form)."""
    entries = [
        {"href": "", "label": "", "message": message}
        for error in form.non_field_errors().as_data()
        # "A row was added" is news, not an error (the e-form says it above
        # its fields): the summary lists only what is to correct.
        if error.code != ADD_ROW_CODE
        for message in error
    ]
    for name in form.fields:
        for message in form.errors.get(name, []):
            href, label = anchor(form, name, is_eform=is_eform)
            entries.append({"href": href, "label": label, "message": str(message)})
    for row in rows:
        for message in row.errors or []:
            entries.append(
                {
                    "href": f"#{row.field_name}",
                    "label": row.requirement.name,
                    "message": str(message),
                }
            )
    return entries


def anchor(form, name: str, *, is_eform: bool) -> tuple[str, str]:
    """The link target and the label of the input ``name`` in an error
    summary: a group's own error leads to its fieldset, and a cell is labelled
    with its group and row."""
    bound = form[name]
    label = str(bound.label or "")
    # Radio buttons and check boxes give their label no id: link the first one.
    target = f"#{bound.id_for_label or bound.auto_id + '_0'}"
    if not is_eform or "__" not in name:
        return target, label
    key, *parts = name.split("__")
    item = form.items.get(key)
    if item is None:
        return target, label
    whole = str(item.spec["label"])
    if parts == ["rows"]:
        return f"#group-{key}", whole
    if len(parts) == 2 and parts[0].isdigit():
        label = _("%(group)s, row %(number)d: %(field)s") % {
            "group": whole,
            "number": int(parts[0]) + 1,
            "field": label,
        }
    else:
        label = _("%(group)s: %(field)s") % {"group": whole, "field": label}
    return target, label
