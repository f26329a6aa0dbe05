"""Online application, step 2: /services/<code>/apply/review/.

Shows the pending submission (``applications.applying``): every answer, and every
material with where it comes from. Submitting needs the declaration of
truthfulness, and is refused back to the form, losing nothing, when the form was
republished meanwhile (a stale version) or a material obtained earlier no longer
is. The submission is idempotent (the key was fixed when the review page was
prepared: a double click or a retry finds the application already made) and
atomic (``application_submit`` writes the application, its materials and its
first event in one transaction; notifications follow after commit).
"""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from applications import selectors
from applications.actions import application_submit
from applications.answers import answer_pairs
from applications.applying import material_specs, pending_key, submission_resolutions
from applications.lifecycle import ApplicationStateError
from applications.models import Application, Material
from applications.views.apply import refusal
from eforms.selectors import form_for_service
from identity.acting import acting_for


class DeclarationForm(forms.Form):
    declaration = forms.BooleanField(
        label=gettext_lazy(
            "I declare that the information given is true and complete, and accept "
            "responsibility for it."
        ),
        error_messages={
            "required": gettext_lazy("You must confirm the declaration to submit.")
        },
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput)


@login_required
def apply_review(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_for_applying(code=code)
    refused = refusal(request, service)
    if refused is not None:
        return refused
    pending = request.session.get(pending_key(service))
    posted_key = request.POST.get("submission_key", "")
    if (
        request.method == "POST"
        and _is_uuid(posted_key)
        and (not pending or pending.get("submission_key") != posted_key)
    ):
        done = Application.objects.filter(
            applicant=request.user, submission_key=posted_key
        ).first()
        if done is not None:  # a double click or a retry of a made submission
            return redirect(done)
    organisation = acting_for(request)
    if not pending or pending.get("organisation") != (
        organisation.pk if organisation else None
    ):
        messages.info(request, _("Fill in the application form first."))
        return redirect("applications:apply", code=service.code)
    if pending["version"] != service.form_version_id:
        request.session.pop(pending_key(service), None)
        messages.warning(
            request,
            _(
                "The application form of this service was updated after you filled "
                "it in. Your draft is kept: please check the form and continue."
            ),
        )
        return redirect("applications:apply", code=service.code)
    form = DeclarationForm(
        request.POST or None, initial={"submission_key": pending["submission_key"]}
    )
    if request.method == "POST" and form.is_valid():
        submitted = _submit(request, service, pending, organisation)
        if submitted is not None:
            return submitted
    uploaded = Material.objects.filter(
        owner=request.user, pk__in=pending["uploaded"].values()
    )
    version = form_for_service(service)
    return render(
        request,
        "applications/apply_review.html",
        {
            "service": service,
            "answers": answer_pairs(pending["data"], version),
            "obtained": pending["obtained"],
            "uploaded": list(uploaded),
            "form": form,
            "on_behalf_of": organisation,
        },
    )


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _submit(request, service, pending, organisation) -> HttpResponse | None:
    resolutions = submission_resolutions(
        pending=pending,
        service=service,
        requirements=service.requirements,
        applicant=request.user,
        organisation=organisation,
    )
    specs, lost = material_specs(
        pending=pending, resolutions=resolutions, applicant=request.user
    )
    if lost:
        request.session.pop(pending_key(service), None)
        messages.warning(
            request,
            _(
                "These materials can no longer be obtained for you and must be "
                "uploaded: %(names)s."
            )
            % {"names": "、".join(lost)},
        )
        return redirect("applications:apply", code=service.code)
    try:
        application, created = application_submit(
            applicant=request.user,
            service=service,
            data=pending["data"],
            submission_key=uuid.UUID(pending["submission_key"]),
            on_behalf_of=organisation,
            form_version_id=service.form_version_id,
            materials=specs,
        )
    except ApplicationStateError as error:
        messages.error(request, str(error))
        return redirect(service)
    request.session.pop(pending_key(service), None)
    if created:
        messages.success(
            request,
            _("Your application %(number)s has been submitted.")
            % {"number": application.number},
        )
    return redirect(application)
