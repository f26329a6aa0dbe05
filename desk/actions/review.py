"""Review (审查) of an accepted application by the back office.

    accepted --application_review_start--> accepted, under review --approve/reject-->

Intake at the window (``application_accept``) starts the committed clock; the case
is then examined by a reviewer, who takes it (``application_review_start``): the
reviewer becomes its handler, the UNDER REVIEW step is written to the timeline and
the applicant is told. A supplement after a one-time notice returns the case to its
handler and the review starts again. A decision on an accepted case always follows
a review: when the person deciding did not take the case first, the review step is
recorded, by them, just before the decision (``review_before_decision``), so
that every decided case shows it.

    accepted --approve--> approved (+ e-licence)      accepted --reject--> rejected

"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.lifecycle import (
    ApplicationStateError,
    applicant_notify,
    application_locked,
    application_transition,
)
from applications.models import Application, ApplicationEvent
from desk.permissions import require_desk_staff
from identity.models import User
from licences.actions import licence_issue

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


def review_record(application: Application, actor: User) -> None:
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


def review_before_decision(application: Application, actor: User) -> None:
    """A decision on an accepted case follows its review: record the review step
    by the decider when nobody took the case first (``application_review_start``)."""
    if application.status == Application.Status.ACCEPTED and not is_under_review(
        application
    ):
        review_record(application, actor)


@transaction.atomic
def application_approve(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """Approve; when the service issues an e-licence, issue it to the applicant."""
    require_desk_staff(actor)
    application = application_locked(application)
    review_before_decision(application, actor)
    application_transition(
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
    applicant_notify(
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
    require_desk_staff(actor)
    if not reason.strip():
        raise ApplicationStateError(_("Give the reason for the rejection."))
    application = application_locked(application)
    review_before_decision(application, actor)
    application_transition(
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
    applicant_notify(
        application,
        _("Application %(number)s rejected"),
        _(
            "Your application for %(service)s was not granted. The reason is in My "
            "Portal."
        ),
    )
    return application


@transaction.atomic
def application_review_start(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """The reviewer takes an accepted case: handler, timeline step, applicant told."""
    require_desk_staff(actor)
    application = application_locked(application)
    if expected_version is not None and application.version != expected_version:
        raise ApplicationStateError(
            _("This application was changed by someone else; reload and try again.")
        )
    if application.status != Application.Status.ACCEPTED:
        raise ApplicationStateError(
            _("This application is %(status)s; that action is no longer possible.")
            % {"status": application.get_status_display()}
        )
    if is_under_review(application):
        raise ApplicationStateError(_("This application is already under review."))
    review_record(application, actor)
    application.handler = actor
    application.version += 1
    application.save(update_fields=["handler", "version"])
    applicant_notify(
        application,
        _("Application %(number)s under review"),
        _("Your application for %(service)s is now being reviewed."),
    )
    return application
