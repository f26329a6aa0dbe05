"""Application lifecycle: submit, accept (window intake), approve, reject.

Every function is transactional: it locks the application row, checks the expected
state and version (a desk page opened before another handler acted is refused rather
than silently overwriting), changes the status, appends the timeline event, and
leaves slow work (the licence PDF) to tasks queued after commit.

    submitted --accept--> accepted --review--> under review --approve--> approved
        |                     |                       |          (+ e-licence)
        +------reject---------+-----------------------+--> rejected

The review step (``actions.review``) does not change the status: an accepted case
is under review once a reviewer took it; a decision records the step when nobody
did.
"""

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from eforms.actions import draft_discard
from identity.acting import may_act_for
from identity.models import Organisation, User
from identity.permissions import is_desk_staff
from licences.actions import licence_issue
from services.models import Application, ApplicationEvent, ApplicationMaterial, Service
from workdays.calendar import add_working_days


class ApplicationStateError(Exception):
    """The application is not in the state the action expects (or was changed by
    someone else since the caller looked at it)."""


def _require_staff(user: User) -> None:
    if not is_desk_staff(user):
        raise PermissionDenied


def _transition(
    application: Application,
    *,
    to_status: str,
    action: str,
    actor: User,
    expected: set[str],
    expected_version: int | None,
    note: str = "",
) -> ApplicationEvent:
    if expected_version is not None and application.version != expected_version:
        raise ApplicationStateError(
            _("This application was changed by someone else; reload and try again.")
        )
    if application.status not in expected:
        raise ApplicationStateError(
            _("This application is %(status)s; that action is no longer possible.")
            % {"status": application.get_status_display()}
        )
    from_status = application.status
    application.status = to_status
    application.version += 1
    return ApplicationEvent.objects.create(
        application=application,
        action=action,
        from_status=from_status,
        to_status=to_status,
        actor=actor,
        note=note,
    )


def _locked(application: Application) -> Application:
    return (
        Application.objects.select_for_update()
        .select_related("service")
        .get(pk=application.pk)
    )


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


def application_submit(
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
            _tell_applicant(
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


def _tell_applicant(application: Application, subject, body) -> None:
    """In-site message, e-mail and SMS to the applicant (after commit), in the
    portal's language whatever the language of the page the staff member acted on
    (the e-mail and SMS around it are in that language too)."""
    from notifications import notify

    values = {"number": application.number, "service": application.service.name}
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = str(subject) % values, str(body) % values
    notify(
        user=application.applicant,
        subject=subject,
        body=body,
        url=application.get_absolute_url(),
    )


def _application_number(application: Application) -> str:
    """``SQ`` + submission date + 8-digit row id: unique, sortable, readable aloud."""
    day = timezone.localtime(application.submitted_at).strftime("%Y%m%d")
    return f"SQ{day}{application.pk:08d}"


# The events after which a case is (again) waiting for its review to start.
_REVIEW_RESTARTS = (
    ApplicationEvent.Action.ACCEPTED,
    ApplicationEvent.Action.SUPPLEMENTED,
)


def is_under_review(application: Application) -> bool:
    """Whether the review of an accepted case has started since it was accepted
    or last supplemented."""
    if application.status != Application.Status.ACCEPTED:
        return False
    latest = (
        application.events.filter(
            action__in=(*_REVIEW_RESTARTS, ApplicationEvent.Action.REVIEW_STARTED)
        )
        .order_by("-created_at", "-pk")
        .values_list("action", flat=True)
        .first()
    )
    return latest == ApplicationEvent.Action.REVIEW_STARTED


def _record_review(application: Application, actor: User) -> None:
    ApplicationEvent.objects.create(
        application=application,
        action=ApplicationEvent.Action.REVIEW_STARTED,
        from_status=application.status,
        to_status=application.status,
        actor=actor,
        note=application.service.department.name
        if application.service.department_id
        else "",
    )


def _review_before_decision(application: Application, actor: User) -> None:
    """A decision on an accepted case follows its review: record the review step
    by the decider when nobody took the case first (``actions.review``)."""
    if application.status == Application.Status.ACCEPTED and not is_under_review(
        application
    ):
        _record_review(application, actor)


@transaction.atomic
def application_accept(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """Window intake (受理): start the committed working-day clock."""
    _require_staff(actor)
    application = _locked(application)
    _transition(
        application,
        to_status=Application.Status.ACCEPTED,
        action=ApplicationEvent.Action.ACCEPTED,
        actor=actor,
        expected={Application.Status.SUBMITTED},
        expected_version=expected_version,
    )
    application.accepted_at = timezone.now()
    application.handler = actor
    application.due_date = add_working_days(
        timezone.localdate(application.accepted_at), application.service.committed_days
    )
    application.save(
        update_fields=["status", "version", "accepted_at", "handler", "due_date"]
    )
    _tell_applicant(
        application,
        _("Application %(number)s accepted"),
        _(
            "Your application for %(service)s was accepted and is under review; the "
            "committed deadline is in My Portal."
        ),
    )
    return application


@transaction.atomic
def application_approve(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """Approve; when the service issues an e-licence, issue it to the applicant."""
    _require_staff(actor)
    application = _locked(application)
    _review_before_decision(application, actor)
    _transition(
        application,
        to_status=Application.Status.APPROVED,
        action=ApplicationEvent.Action.APPROVED,
        actor=actor,
        expected={Application.Status.ACCEPTED},
        expected_version=expected_version,
    )
    application.decided_at = timezone.now()
    fields = ["status", "version", "decided_at"]
    licence_type = application.service.licence_type
    if licence_type is not None:
        applicant = application.applicant
        person = applicant.person_or_none
        application.licence = licence_issue(
            licence_type=licence_type,
            holder=applicant,
            holder_name=application.data.get("applicant_name")
            or (person.name if person else str(applicant)),
            holder_identifier_masked=person.identifier_masked if person else "",
            data={"事项名称": application.service.name, "办件编号": application.number},
            source_reference=application.number,
        )
        fields.append("licence")
        ApplicationEvent.objects.create(
            application=application,
            action=ApplicationEvent.Action.LICENCE_ISSUED,
            from_status=application.status,
            to_status=application.status,
            actor=actor,
            note=application.licence.number,
        )
    application.save(update_fields=fields)
    _tell_applicant(
        application,
        _("Application %(number)s approved"),
        _("Your application for %(service)s was approved.")
        + (
            " " + _("The e-licence is in your licence wallet.")
            if application.licence_id
            else ""
        ),
    )
    return application


@transaction.atomic
def application_reject(
    *,
    application: Application,
    actor: User,
    reason: str,
    expected_version: int | None = None,
) -> Application:
    """Reject at intake (不予受理) or after review (不予许可); a reason is required."""
    _require_staff(actor)
    if not reason.strip():
        raise ApplicationStateError(_("Give the reason for the rejection."))
    application = _locked(application)
    _review_before_decision(application, actor)
    _transition(
        application,
        to_status=Application.Status.REJECTED,
        action=ApplicationEvent.Action.REJECTED,
        actor=actor,
        # Any open application; NOTICE: a notice that lapsed unanswered ends in
        # a rejection.
        expected=set(Application.OPEN_STATUSES),
        expected_version=expected_version,
        note=reason.strip(),
    )
    application.decided_at = timezone.now()
    application.handler = application.handler or actor
    application.save(update_fields=["status", "version", "decided_at", "handler"])
    _tell_applicant(
        application,
        _("Application %(number)s rejected"),
        _(
            "Your application for %(service)s was not granted. The reason is in My "
            "Portal."
        ),
    )
    return application
