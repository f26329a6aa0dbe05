"""Submitting an application (提交): one transaction that checks the service and
who may apply for it, numbers the application, records its materials and the
first timeline event, discards the draft and tells the applicant; idempotent per
``submission_key``, so a double submit returns the application already made.
(The rest of the lifecycle: ``applications.lifecycle``.)"""

import uuid
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.lifecycle import ApplicationStateError, applicant_notify
from applications.models import Application, ApplicationEvent, ApplicationMaterial
from eforms.actions import draft_discard
from identity.acting import may_act_for
from identity.models import Organisation, User
from services.models import Service

CITIZEN_ONLY_MESSAGE = _(
    "This service is for citizens only; it cannot be applied for on behalf of an "
    "organisation. Switch back to acting for yourself."
)
AGENT_SCOPE_MESSAGE = _(
    "Your authorisation to act for %(name)s does not cover this service."
)


def on_behalf_text(organisation: Organisation | None) -> str:
    """Who an application is made for, in words recorded with it."""
    if organisation is None:
        return ""
    return _("on behalf of %(name)s (%(code)s)") % {
        "name": organisation.name,
        "code": organisation.identifier_masked,
    }


def application_submit(  # noqa: PLR0913
    *,
    applicant: User,
    service: Service,
    data: dict,
    submission_key: uuid.UUID,
    on_behalf_of: Organisation | None = None,
    form_version_id: int | None = None,
    materials: Iterable[dict] = (),
) -> tuple[Application, bool]:
    """Create the application, or return the one this submission already created.

    Returns ``(application, created)``. A double click or a retried POST carries the
    same ``submission_key`` and yields the first application. ``on_behalf_of`` is
    the organisation the applicant acts for (checked again here: an agent's grant
    must be in force and cover the service), recorded on the application and in
    the SUBMITTED event. ``form_version_id`` is the e-form version the data was
    filled in; ``materials`` are ``ApplicationMaterial`` field dicts (how each material
    requirement was satisfied), written in the same transaction, which also
    discards the applicant's draft of the form. The applicant is notified after
    commit.
    """
    if not service.is_active or not service.accepts_online_applications:
        raise ApplicationStateError(
            _("This service does not accept online applications.")
        )
    if on_behalf_of is not None:
        if service.audience == Service.Audience.CITIZEN:
            raise ApplicationStateError(CITIZEN_ONLY_MESSAGE)
        if not may_act_for(applicant, on_behalf_of, service_code=service.code):
            raise PermissionDenied
    label = str(on_behalf_text(on_behalf_of))
    try:
        # The unique (applicant, submission key) makes a second submission of
        # the same key fail here; nothing of it is written.
        with transaction.atomic():
            application = Application.objects.create(
                form_version_id=form_version_id,
                number=f"TMP-{uuid.uuid4().hex[:16]}",
                service=service,
                applicant=applicant,
                data=data,
                submission_key=submission_key,
                on_behalf_of=on_behalf_of,
                on_behalf_label=label,
            )
            application.number = _application_number(application)
            application.save(update_fields=["number"])
            ApplicationEvent.objects.create(
                application=application,
                action=ApplicationEvent.Action.SUBMITTED,
                to_status=application.status,
                actor=applicant,
                note=label,
            )
            ApplicationMaterial.objects.bulk_create(
                ApplicationMaterial(application=application, **material)
                for material in materials
            )
            if form_version_id is not None:
                # The draft the form was filled from goes with the submission.
                draft_discard(
                    user=applicant, service=service, organisation=on_behalf_of
                )
            applicant_notify(
                application,
                _("Application %(number)s submitted"),
                _(
                    "We received your application for %(service)s. You can follow it "
                    "in My Portal; the receipt is there too."
                ),
            )
    except IntegrityError:
        # Submitted before (a retry), or a concurrent request won the race.
        existing = Application.objects.filter(
            applicant=applicant, submission_key=submission_key
        ).first()
        if existing is None:
            raise
        return existing, False
    return application, True


def _application_number(application: Application) -> str:
    """``SQ`` + submission date + 8-digit row id: unique, sortable, readable aloud."""
    day = timezone.localtime(application.submitted_at).strftime("%Y%m%d")
    return f"SQ{day}{application.pk:08d}"
