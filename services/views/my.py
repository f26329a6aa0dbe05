"""My Portal (/my/): the signed-in person's applications and their timelines, and
those of the organisation they act for now (``identity.acting``)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from identity.acting import acting_for

from .. import selectors


@login_required
def my_portal(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "services/my_portal.html",
        {
            "applications": selectors.applications_of(
                applicant=request.user, organisation=acting_for(request)
            )
        },
    )


@login_required
def application_detail(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    return render(
        request,
        "services/application_detail.html",
        {"application": application, "events": application.events.all()},
    )
