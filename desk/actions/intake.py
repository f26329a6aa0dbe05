"""Window intake (受理) of a submitted application: the committed working-day
clock starts, the case gets its handler and the applicant is told."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.lifecycle import (
    applicant_notify,
    application_locked,
    application_transition,
)
from applications.models import Application, ApplicationEvent
from desk.permissions import require_desk_staff
from identity.models import User
from workdays.calendar import add_working_days


@transaction.atomic
def application_accept(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """Window intake (受理): start the committed working-day clock."""
    require_desk_staff(actor)
    application = application_locked(application)
    application_transition(
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
    applicant_notify(
        application,
        _("Application %(number)s accepted"),
        _(
            "Your application for %(service)s was accepted and is under review; the "
            "committed deadline is in My Portal."
        ),
    )
    return application
