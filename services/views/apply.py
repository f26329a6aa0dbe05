"""Online application: /services/<code>/apply/.

A user acting for an organisation (``identity.acting``) applies on its behalf: the
service must be open to businesses and, for an agent, the grant must cover it;
otherwise the user is sent back to the guide with a message before filling in
anything. The organisation is recorded on the application.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from eforms.forms import BasicApplicationForm
from identity.acting import acting_for, may_act_for
from identity.assurance import InsufficientAssurance, require_level

from .. import selectors
from ..actions import (
    AGENT_SCOPE_MESSAGE,
    CITIZEN_ONLY_MESSAGE,
    ApplicationStateError,
    application_submit,
)
from ..models import Service


@login_required
def apply(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_get(code=code)
    if not service.accepts_online_applications:
        messages.info(request, _("This service cannot be applied for online."))
        return redirect(service)
    try:
        require_level(request.user, service.min_assurance_level)
    except InsufficientAssurance as refusal:
        messages.error(request, str(refusal))
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
    if request.method == "POST":
        form = BasicApplicationForm(request.POST)
        if form.is_valid():
            try:
                application, created = application_submit(
                    applicant=request.user,
                    service=service,
                    data=form.application_data(),
                    submission_key=form.cleaned_data["submission_key"],
                    on_behalf_of=organisation,
                )
            except ApplicationStateError as error:
                messages.error(request, str(error))
            else:
                if created:
                    messages.success(
                        request,
                        _("Your application %(number)s has been submitted.")
                        % {"number": application.number},
                    )
                return redirect(application)
    else:
        person = request.user.person_or_none
        form = BasicApplicationForm(
            initial={
                "applicant_name": person.name if person else request.user.display_name,
                "phone": person.phone if person else "",
            }
        )
    return render(
        request,
        "services/apply.html",
        {"service": service, "form": form, "on_behalf_of": organisation},
    )
