"""HTTP adapters of the e-forms app.

- ``report_error`` (GET shows a small form, POST records it): "report an error"
  on a read-only field prefilled from a registry. The record reported on is
  always the signed-in user's own, or the organisation they act for now
  (``identity.acting``); nothing in the request can name another one.
- ``draft_autosave`` (POST JSON ``{"revision": n | null, "data": {...}}``): saves
  the user's own draft of a service's form; 409 with the newer draft when another
  device saved meanwhile; 404 for a revision of a draft the user does not have
  (another user's draft is never reachable).
"""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from identity.acting import acting_for

from . import actions
from .field_types import unseal_raw
from .models import FormVersion
from .prefill import split_reference
from .schema import iter_fields

MAX_BODY_BYTES = 256_000


class ReportErrorForm(forms.Form):
    correct_value = forms.CharField(
        label=gettext_lazy("What the value should be"), max_length=500
    )
    note = forms.CharField(
        label=gettext_lazy("Note (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@login_required
@require_http_methods(["GET", "POST"])
def report_error(request: HttpRequest) -> HttpResponse:
    params = request.POST if request.method == "POST" else request.GET
    version = get_object_or_404(
        FormVersion,
        pk=params.get("version") if str(params.get("version", "")).isdigit() else None,
    )
    key = params.get("field", "")
    spec = next((f for f in iter_fields(version.schema) if f["key"] == key), None)
    source, _attribute = split_reference(spec.get("prefill", "") if spec else "")
    if source is None or not source.resource:
        raise Http404
    form = ReportErrorForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        organisation = acting_for(request)
        try:
            actions.field_error_report(
                user=request.user,
                version=version,
                field_key=key,
                correct_value=form.cleaned_data["correct_value"],
                note=form.cleaned_data["note"],
                organisation=organisation,
                on_behalf_label=organisation.name if organisation else "",
            )
        except PermissionDenied:
            raise
        except ValidationError as error:
            form.add_error(None, error.messages)
            status = 400
        else:
            messages.success(
                request,
                _(
                    "Thank you: the registry that holds this value will check it; "
                    "you can follow the report on your privacy page."
                ),
            )
            return redirect(_safe_next(request))
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "eforms/report_error.html",
        {
            "form": form,
            "spec": spec,
            "source": source,
            "version": version,
            "next": _safe_next(request),
        },
        status=status,
    )


def _latest_version(service_code: str) -> FormVersion:
    version = (
        FormVersion.objects.filter(
            definition__service__code=service_code, definition__live=True
        )
        .select_related("definition__service")
        .order_by("-number")
        .first()
    )
    if version is None:
        raise Http404
    return version


@login_required
@require_POST
def draft_autosave(request: HttpRequest, service_code: str) -> JsonResponse:
    from .selectors import draft_of

    if len(request.body) > MAX_BODY_BYTES:
        return JsonResponse({"error": _("The draft is too large.")}, status=413)
    try:
        payload = json.loads(request.body or b"{}")
        revision = payload.get("revision")
        data = payload.get("data", {})
        if revision is not None and (
            isinstance(revision, bool) or not isinstance(revision, int)
        ):
            raise ValueError
    except (ValueError, AttributeError):
        return JsonResponse({"error": _("Malformed request.")}, status=400)
    version = _latest_version(service_code)
    service = version.definition.service
    organisation = acting_for(request)
    if (
        revision is not None
        and draft_of(user=request.user, service=service, organisation=organisation)
        is None
    ):
        raise Http404
    try:
        draft = actions.draft_save(
            user=request.user,
            service=service,
            version=version,
            data=data,
            expected_revision=revision,
            organisation=organisation,
        )
    except actions.StaleDraft as stale:
        return JsonResponse(
            {
                "stale": True,
                "message": _("This draft was changed on another device."),
                "revision": stale.draft.revision,
                # The draft's owner asked: their own values, as their form shows
                # them, never the stored ciphertext.
                "data": unseal_raw(stale.draft.data),
            },
            status=409,
        )
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse(
        {
            "revision": draft.revision,
            "saved_at": draft.updated_at.isoformat(),
            "message": _("Draft saved."),
        }
    )
