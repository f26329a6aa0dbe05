"""Requests for conditional resources (/sharing/requests/).

Operators of a requesting system file a request in two steps (choose the resource,
then its fields, purpose, legal basis and expiry); the stewards of the resource's
provider approve or reject it, and may revoke an approved grant. Both sides follow
the requests in one list with a tab per status.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors
from ..actions import (
    SharingActionError,
    grant_approve,
    grant_reject,
    grant_request,
    grant_revoke,
)
from ..forms import (
    GrantApproveForm,
    GrantRejectForm,
    GrantRequestForm,
    GrantRevokeForm,
    ResourceChoiceForm,
)
from ..models import Grant
from .access import render_page, role_required, show_errors


@role_required(selectors.ROLE_REQUESTS)
def request_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Grant.Status.PENDING)
    if status not in Grant.Status.values:
        status = Grant.Status.PENDING
    return render_page(
        request,
        "sharing/request_list.html",
        {
            "grants": selectors.with_status_labels(
                selectors.grant_list(user=request.user, status=status)[:200],
                selectors.GRANT_STATUS_LABELS,
            ),
            "status": status,
            "statuses": selectors.GRANT_STATUS_LABELS.items(),
            "may_file": selectors.is_operator(request.user),
        },
        section="requests",
    )


@role_required(selectors.ROLE_OPERATOR)
def request_new(request: HttpRequest) -> HttpResponse:
    resources = selectors.requestable_resources()
    code = request.GET.get("resource", "")
    choice = ResourceChoiceForm(
        {"resource": code} if code else None, resources=resources
    )
    if not choice.is_valid():
        return render_page(
            request, "sharing/request_new.html", {"choice": choice}, section="requests"
        )
    resource = choice.cleaned_data["resource"]
    systems = selectors.systems_operated_by(request.user)
    form = GrantRequestForm(
        request.POST if request.method == "POST" else None,
        resource=resource,
        systems=systems,
        initial={"requester": systems.first() if systems.count() == 1 else None},
    )
    if request.method == "POST" and form.is_valid():
        try:
            grant = grant_request(
                requester=form.cleaned_data["requester"],
                resource=resource,
                fields=form.cleaned_data["fields"],
                purpose=form.cleaned_data["purpose"],
                legal_basis=form.cleaned_data["legal_basis"],
                expires_at=form.expiry(),
                requested_by=request.user,
            )
        except SharingActionError as error:
            show_errors(form, error)
        else:
            messages.success(
                request,
                _("Request %(number)s filed; the provider's stewards will decide it.")
                % {"number": grant.pk},
            )
            return redirect("sharing:request_detail", pk=grant.pk)
    return render_page(
        request,
        "sharing/request_new.html",
        {"resource": resource, "form": form},
        section="requests",
    )


def _detail(request: HttpRequest, grant: Grant, **forms) -> HttpResponse:
    decides = selectors.is_steward(request.user, grant.resource.provider)
    if decides and grant.status == Grant.Status.PENDING:
        forms.setdefault("approve_form", GrantApproveForm(grant=grant))
        forms.setdefault("reject_form", GrantRejectForm())
    elif decides and grant.status == Grant.Status.APPROVED:
        forms.setdefault("revoke_form", GrantRevokeForm())
    fields = [f for f in grant.resource.fields.all() if f.name in grant.fields]
    selectors.with_status_labels([grant], selectors.GRANT_STATUS_LABELS)
    return render_page(
        request,
        "sharing/request_detail.html",
        {"grant": grant, "fields": fields, **forms},
        section="requests",
    )


@role_required(selectors.ROLE_REQUESTS)
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, selectors.grant_get(user=request.user, pk=pk))


DECISIONS = {
    "approve": (GrantApproveForm, "approve_form"),
    "reject": (GrantRejectForm, "reject_form"),
    "revoke": (GrantRevokeForm, "revoke_form"),
}


@role_required(selectors.ROLE_REQUESTS)
@require_POST
def request_decide(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in DECISIONS:
        raise Http404
    grant = selectors.grant_get(user=request.user, pk=pk)
    if not selectors.is_steward(request.user, grant.resource.provider):
        raise PermissionDenied
    form_class, form_name = DECISIONS[action]
    kwargs = {"grant": grant} if form_class is GrantApproveForm else {}
    form = form_class(request.POST, **kwargs)
    if not form.is_valid():
        return _detail(request, grant, **{form_name: form})
    try:
        if action == "approve":
            grant = grant_approve(
                grant=grant,
                steward=request.user,
                note=form.cleaned_data["note"],
                unmasked_fields=form.cleaned_data["unmasked_fields"],
            )
            done = _("Request %(number)s approved; access is open.")
        elif action == "reject":
            grant = grant_reject(
                grant=grant, steward=request.user, note=form.cleaned_data["note"]
            )
            done = _("Request %(number)s rejected.")
        else:
            grant = grant_revoke(
                grant=grant, steward=request.user, note=form.cleaned_data["note"]
            )
            done = _("Grant %(number)s revoked; access has stopped.")
    except SharingActionError as error:
        if hasattr(error, "error_dict"):
            show_errors(form, error)
            return _detail(request, grant, **{form_name: form})
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"number": grant.pk})
    return redirect("sharing:request_detail", pk=grant.pk)
