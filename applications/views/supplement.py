"""The applicant's side of a one-time notice over HTTP: the supplement page
(GET shows the open notice's items, POST supplies them) and the rows of the
supplement form that the application page shows too
(``applications/_supplement_form.html``).

A supplement with a bad file re-renders the page (HTTP 400) with the error
against that item and the valid files kept; a file already stored for an item
since the notice was issued counts as supplied. Only the applicant (or whoever
acts for the organisation) reaches the application: to anybody else it does not
exist (404). The applicant sees only the notices that reached them.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from applications import selectors
from applications.actions import application_supplement
from applications.actions.supplement import SupplementIncomplete, supplement_uploaded
from applications.lifecycle import ApplicationStateError
from applications.models import Application, OneTimeNotice
from identity.acting import acting_for


def _ids(data, prefix: str) -> dict[int, object]:
    """``{pk: value}`` of the ``<prefix><pk>`` keys of ``data``."""
    size = len(prefix)
    return {
        int(key[size:]): value
        for key, value in data.items()
        if key.startswith(prefix) and key[size:].isdigit()
    }


def supplement_rows(
    application: Application,
    notice: OneTimeNotice,
    user,
    *,
    errors: dict | None = None,
    kept: dict | None = None,
) -> list[dict]:
    """The rows of the supplement form (``applications/_supplement_form.html``, on
    the supplement page and on the application page): each item of ``notice``
    with its errors and the file that satisfies it already - ``kept`` after a
    refused attempt, else what the applicant stored for it since the notice was
    issued (``supplement_uploaded``)."""
    items = list(notice.items.all())
    if kept is None:
        kept = supplement_uploaded(
            application=application, applicant=user, notice=notice, items=items
        )
    errors = errors or {}
    return [
        {"item": item, "errors": errors.get(item.pk, []), "kept": kept.get(item.pk)}
        for item in items
    ]


def _supplement_page(
    request: HttpRequest,
    application: Application,
    *,
    errors: dict | None = None,
    kept: dict | None = None,
    status: int = 200,
) -> HttpResponse:
    notice = application.notices.filter(status=OneTimeNotice.Status.ISSUED).first()
    if application.status != Application.Status.NOTICE or notice is None:
        messages.error(
            request, _("There is no open notice to supplement for this application.")
        )
        return redirect(application.get_absolute_url())
    rows = supplement_rows(application, notice, request.user, errors=errors, kept=kept)
    return render(
        request,
        "applications/supplement.html",
        {
            "application": application,
            "notice": notice,
            "rows": rows,
            "failed": [row for row in rows if row["errors"]],
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def application_supplement_view(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    if request.method == "GET":
        return _supplement_page(request, application)
    kept = {}
    for pk, value in _ids(request.POST, "kept_").items():
        if str(value).isdigit():
            kept[pk] = int(value)
    try:
        application_supplement(
            application=application,
            applicant=request.user,
            files=_ids(request.FILES, "item_"),
            kept=kept,
        )
    except SupplementIncomplete as error:
        return _supplement_page(
            request, application, errors=error.errors, kept=error.kept, status=400
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
