"""My Portal (/my/): the signed-in person's applications and their timelines, and
those of the organisation they act for now (``identity.acting``); on one
application, its one-time notices with the supplement form, the withdrawal form and
the receipt PDF."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from applications import selectors
from applications.deadlines import deadline_facts, with_deadline_facts
from applications.models import Application, OneTimeNotice
from applications.receipts import receipt_pdf
from applications.views.supplement import supplement_rows, visible_notices
from applications.views.withdrawal import WithdrawForm
from identity.acting import acting_for


@login_required
def my_portal(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "applications/my_portal.html",
        {
            "applications": with_deadline_facts(
                selectors.applications_of(
                    applicant=request.user, organisation=acting_for(request)
                )
            )
        },
    )


@login_required
def application_detail(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    notices = visible_notices(application)
    open_notice = next(
        (n for n in notices if n.status == OneTimeNotice.Status.ISSUED), None
    )
    if application.status != Application.Status.NOTICE:
        open_notice = None
    return render(
        request,
        "applications/application_detail.html",
        {
            "application": application,
            "events": application.events.all(),
            "notices": notices,
            "open_notice": open_notice,
            "supplement_rows": (
                supplement_rows(application, open_notice, request.user)
                if open_notice
                else []
            ),
            "withdraw_form": WithdrawForm() if application.is_open else None,
            "facts": deadline_facts(application),
        },
    )


@login_required
def application_receipt(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    return receipt_response(application)


def receipt_response(application: Application) -> HttpResponse:
    response = HttpResponse(receipt_pdf(application), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="receipt-{application.number}.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response
