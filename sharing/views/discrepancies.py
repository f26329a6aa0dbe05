"""Data-quality discrepancies (/sharing/discrepancies/).

The stewards of a provider work through the reports on its resources (open first)
and resolve each with what they traced and did; whoever reported sees the status
and resolution of their own reports at /sharing/discrepancies/mine/.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors
from ..actions import SharingActionError, discrepancy_resolve
from ..forms import DiscrepancyResolveForm
from ..models import Discrepancy
from .access import render_page, role_required, show_errors


@role_required(selectors.ROLE_STEWARD)
def discrepancy_queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Discrepancy.Status.OPEN)
    if status not in Discrepancy.Status.values:
        status = Discrepancy.Status.OPEN
    discrepancies = selectors.discrepancy_queue(user=request.user, status=status)
    return render_page(
        request,
        "sharing/discrepancy_queue.html",
        {
            "discrepancies": selectors.with_status_labels(
                discrepancies[:200], selectors.DISCREPANCY_STATUS_LABELS
            ),
            "status": status,
            "statuses": selectors.DISCREPANCY_STATUS_LABELS.items(),
        },
        section="discrepancies",
    )


def _detail(request: HttpRequest, discrepancy: Discrepancy, form=None) -> HttpResponse:
    if form is None and discrepancy.status == Discrepancy.Status.OPEN:
        form = DiscrepancyResolveForm()
    field = discrepancy.resource.fields.filter(name=discrepancy.field_name).first()
    selectors.with_status_labels([discrepancy], selectors.DISCREPANCY_STATUS_LABELS)
    return render_page(
        request,
        "sharing/discrepancy_detail.html",
        {"discrepancy": discrepancy, "field": field, "form": form},
        section="discrepancies",
    )


@role_required(selectors.ROLE_STEWARD)
def discrepancy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, selectors.discrepancy_get(user=request.user, pk=pk))


@role_required(selectors.ROLE_STEWARD)
@require_POST
def discrepancy_resolve_view(request: HttpRequest, pk: int) -> HttpResponse:
    discrepancy = selectors.discrepancy_get(user=request.user, pk=pk)
    form = DiscrepancyResolveForm(request.POST)
    if not form.is_valid():
        return _detail(request, discrepancy, form)
    try:
        discrepancy_resolve(
            discrepancy=discrepancy,
            steward=request.user,
            status=form.cleaned_data["status"],
            resolution=form.cleaned_data["resolution"],
        )
    except SharingActionError as error:
        if hasattr(error, "error_dict"):
            show_errors(form, error)
            return _detail(request, discrepancy, form)
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Report resolved; the reporter can see it."))
    return redirect("sharing:discrepancy_detail", pk=pk)


@login_required
def discrepancy_mine(request: HttpRequest) -> HttpResponse:
    """Any signed-in user's own reports: nobody sees anyone else's here."""
    return render_page(
        request,
        "sharing/discrepancy_mine.html",
        {
            "discrepancies": selectors.with_status_labels(
                selectors.discrepancies_reported_by(user=request.user),
                selectors.DISCREPANCY_STATUS_LABELS,
            )
        },
        section="mine",
    )
