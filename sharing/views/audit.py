"""The access audit log (/sharing/audit/) for the stewards of the providing agency.

A steward sees only the records of the providers they steward, filtered by
resource, outcome and date range, a page at a time, and can export the same
selection as CSV. The subject appears only as the first characters of its keyed
hash. There is nothing to edit or delete: records are append-only.
"""

import csv

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import selectors
from ..forms import AuditFilterForm
from ..models import AccessRecord
from .access import render_page, role_required

PAGE_SIZE = 50
SUBJECT_PREFIX = 12
# Spreadsheet programs run cells that start with these as formulas; requesters
# write the purpose, so such text is quoted on export.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _filtered(request: HttpRequest):
    form = AuditFilterForm(
        request.GET, resources=selectors.audit_resources(user=request.user)
    )
    filters = form.filters()
    if filters is None:
        return form, AccessRecord.objects.none()
    return form, selectors.audit_records(user=request.user, **filters)


@role_required(selectors.ROLE_STEWARD)
def audit_list(request: HttpRequest) -> HttpResponse:
    form, records = _filtered(request)
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render_page(
        request,
        "sharing/audit_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "subject_prefix": SUBJECT_PREFIX,
        },
        section="audit",
    )


class _Echo:
    """A file-like object whose write returns the line, for streaming csv."""

    def write(self, value: str) -> str:
        return value


def _cell(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _joined(names) -> str:
    return ";".join(str(name) for name in names or [])


@role_required(selectors.ROLE_STEWARD)
def audit_export(request: HttpRequest) -> HttpResponse:
    _form, records = _filtered(request)
    # Labels are resolved now: the rows are produced after the view returns.
    outcomes = {value: str(label) for value, label in AccessRecord.Outcome.choices}
    channels = {value: str(label) for value, label in AccessRecord.Channel.choices}
    header = [
        _("Time"),
        _("Requesting system"),
        _("User"),
        _("Resource"),
        _("Subject (hash prefix)"),
        _("Purpose"),
        _("Fields requested"),
        _("Fields returned"),
        _("Fields masked"),
        _("Fields withheld"),
        _("Grant"),
        _("Channel"),
        _("Outcome"),
        _("Reason"),
    ]
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff" + writer.writerow(header)  # BOM: spreadsheets read UTF-8
        for record in records.iterator(chunk_size=500):
            when = timezone.localtime(record.created_at)
            yield writer.writerow(
                [
                    when.strftime("%Y-%m-%d %H:%M:%S"),
                    _cell(record.requester_code),
                    _cell(record.user_label),
                    _cell(record.resource_code),
                    record.subject_hash[:SUBJECT_PREFIX],
                    _cell(record.purpose),
                    _cell(_joined(record.fields_requested)),
                    _cell(_joined(record.fields_returned)),
                    _cell(_joined(record.fields_masked)),
                    _cell(_joined(record.fields_withheld)),
                    record.grant_id or "",
                    channels.get(record.channel, record.channel),
                    outcomes.get(record.outcome, record.outcome),
                    _cell(record.reason),
                ]
            )

    filename = f"access-log-{timezone.localdate():%Y%m%d}.csv"
    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
