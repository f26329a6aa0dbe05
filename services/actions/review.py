"""Review (审查) of an accepted application by the back office.

    accepted --application_review_start--> accepted, under review --approve/reject-->

Intake at the window (``application_accept``) starts the committed clock; the case
is then examined by a reviewer, who takes it (``application_review_start``): the
reviewer becomes its handler, the UNDER REVIEW step is written to the timeline and
the applicant is told. A supplement after a one-time notice returns the case to its
handler and the review starts again. A decision on an accepted case always follows
a review: when the person deciding did not take the case first, the review step is
recorded, by them, just before the decision (``review_started_before_decision``),
so that every decided case shows it (``services.actions.applications``).
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from identity.models import User
from services.actions.applications import (
    ApplicationStateError,
    _locked,
    _record_review,
    _require_staff,
    _tell_applicant,
    is_under_review,
)
from services.models import Application


@transaction.atomic
def application_review_start(
    *, application: Application, actor: User, expected_version: int | None = None
) -> Application:
    """The reviewer takes an accepted case: handler, timeline step, applicant told."""
    _require_staff(actor)
    application = _locked(application)
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
    _record_review(application, actor)
    application.handler = actor
    application.version += 1
    application.save(update_fields=["handler", "version"])
    _tell_applicant(
        application,
        _("Application %(number)s under review"),
        _("Your application for %(service)s is now being reviewed."),
    )
    return application
