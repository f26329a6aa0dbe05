"""Notifications: in-site messages for a person, delivered also by e-mail and SMS
by Celery after commit, and messages pushed by agencies to an audience.

Other apps call ``notifications.notify(...)`` (see ``notifications.actions``).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Notification

DEFAULT_CHANNELS = ("site", "email", "sms")


def notify(  # noqa: PLR0913
    *,
    user,
    subject: str,
    body: str,
    url: str = "",
    kind: str = "application",
    channels: tuple = DEFAULT_CHANNELS,
) -> "Notification":
    """Write ``user``'s notification and queue its delivery after commit.

    Imported lazily: this package is imported before the app registry is ready.
    """
    from .actions import notify as _notify

    return _notify(
        user=user, subject=subject, body=body, url=url, kind=kind, channels=channels
    )
