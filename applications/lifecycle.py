"""The lifecycle kernel every write on a case uses, the applicant's and the desk's:

- ``application_locked`` re-reads the row ``FOR UPDATE`` inside the caller's
  transaction, so that two people acting at once are serialised;
- ``application_transition`` checks the expected state and version (a page opened
  before someone else acted is refused with ``ApplicationStateError`` rather than
  overwriting), moves the status, bumps the version and appends the timeline
  event; the caller saves the row;
- ``applicant_notify`` and ``user_notify`` tell people after commit, through
  ``notifications``, in the portal's language.

    submitted --accept--> accepted --review--> under review --approve--> approved
        |                     |                       |          (+ e-licence)
        +------reject---------+-----------------------+--> rejected

(The applicant's writes are ``applications.actions``; staff writes ``desk.actions``.)
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from applications.models import Application, ApplicationEvent
from identity.models import User


class ApplicationStateError(Exception):
    """The application is not in the state the action expects (or was changed by
    someone else since the caller looked at it)."""


def application_transition(  # noqa: PLR0913
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


def application_locked(application: Application) -> Application:
    return (
        Application.objects.select_for_update()
        .select_related("service")
        .get(pk=application.pk)
    )


def applicant_notify(application: Application, subject, body) -> None:
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


def user_notify(user: User | None, *, subject: str, body: str, url: str = "") -> None:
    if user is None:
        return
    # Imported here: the notifications app arrives alongside this module.
    from notifications import notify

    notify(user=user, subject=subject, body=body, url=url, kind="application")
