"""Withdrawal (撤回) of an application by its applicant before a decision.

    submitted / notice / accepted --application_withdraw--> withdrawn

The applicant, or a person acting now for the organisation an application was made
for (as in ``selectors._visible_to``), withdraws with a required reason. The row is
locked, the WITHDRAWN event written in the same transaction, and the handler (or,
before intake, nobody) is notified. A repeated submit of the same withdrawal (a
double click, a retried POST) finds the application already withdrawn and returns it
unchanged instead of failing.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from applications.lifecycle import (
    ApplicationStateError,
    application_locked,
    application_transition,
)
from applications.models import Application, ApplicationEvent
from identity.acting import may_act_for
from identity.models import User


def may_act_on(user: User, application: Application) -> bool:
    """Whether ``user`` may act as the applicant of ``application`` now."""
    if not getattr(user, "is_authenticated", False):
        return False
    if application.on_behalf_of_id is None:
        return application.applicant_id == user.pk
    return may_act_for(
        user, application.on_behalf_of, service_code=application.service.code
    )


@transaction.atomic
def application_withdraw(
    *, application: Application, applicant: User, reason: str
) -> Application:
    """Withdraw an open application; a reason is required."""
    application = application_locked(application)
    if not may_act_on(applicant, application):
        raise PermissionDenied
    if application.status == Application.Status.WITHDRAWN:
        return application
    reason = reason.strip()
    if not reason:
        raise ApplicationStateError(_("Give the reason for withdrawing."))
    application_transition(
        application,
        to_status=Application.Status.WITHDRAWN,
        action=ApplicationEvent.Action.WITHDRAWN,
        actor=applicant,
        expected=set(Application.OPEN_STATUSES),
        expected_version=None,
        note=reason,
    )
    application.withdrawn_reason = reason
    application.save(update_fields=["status", "version", "withdrawn_reason"])
    if application.handler is not None:
        # Imported here: the notifications app arrives alongside this module.
        from notifications import notify

        notify(
            user=application.handler,
            subject=_("Application %(number)s withdrawn")
            % {"number": application.number},
            body=reason,
            kind="application",
        )
    return application
