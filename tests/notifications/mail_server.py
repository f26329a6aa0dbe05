"""The mail server as account and outbox tests need it: down (Django's SMTP
backend pointed at a closed port on 127.0.0.1, so the refusal is a real one) or
back (the locmem backend, whose ``mail.outbox`` the tests read)."""

import datetime
import socket

from django.utils import timezone

from notifications.models import OutgoingEmail


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def smtp_down(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2


def smtp_back(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def make_due(*emails: OutgoingEmail) -> None:
    """Move the next attempt of ``emails`` (all pending ones when none are
    given) into the past, as if the pause after their failure had passed."""
    rows = OutgoingEmail.objects.filter(status="pending")
    if emails:
        rows = rows.filter(pk__in=[email.pk for email in emails])
    rows.update(retry_at=timezone.now() - datetime.timedelta(seconds=1))
