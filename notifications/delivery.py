"""Delivery of one notification by e-mail and SMS, at most once per channel.

Flow of ``deliver_notification(notification_id)``:

1. lock the row (``select_for_update(skip_locked=True)``): a second task for the
   same notification, queued again by ``deliver_pending`` while the first still
   runs, finds it locked and returns without sending;
2. for each channel still ``pending``: skip it when the person switched it off or
   has no address for it (SMS goes only to the account's verified mobile number),
   otherwise send it and mark it ``sent`` in the same transaction;
3. a failed send counts an attempt and keeps the error (numbers masked); after
   ``MAX_ATTEMPTS`` the channel is ``failed``, before that ``deliver_pending`` tries
   again a minute later. A channel once ``sent`` is never sent again.

``deliver_outgoing_email(email_id)`` sends one outbox e-mail (``notifications.mail``)
the same way: the row is locked, a pending one is sent with ``EMAIL_BACKEND`` and
marked ``sent`` in the same transaction (so a second task sends nothing), and its
stored message is erased. A mail server that is down must not lose verification
and password-reset mail, so failures are retried with growing pauses (1, 2, 4 ...
minutes, at most an hour) for ``EMAIL_GIVE_UP_AFTER``; then the e-mail is
``failed``. Logs name the row and the error class, never an address, the text or
a link.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from identity import sms

from . import mail
from .models import Delivery, Notification, NotificationPreference, OutgoingEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
NOTIFY_LANGUAGE = "zh-hans"
EMAIL_RETRY_FIRST = datetime.timedelta(minutes=1)
EMAIL_RETRY_LONGEST = datetime.timedelta(hours=1)
# Verification and password-reset links stay valid for three days (allauth's and
# Django's defaults); a mail still not sent after a day is given up.
EMAIL_GIVE_UP_AFTER = datetime.timedelta(days=1)


def is_local_url(url: str) -> bool:
    """A path on this portal (``/my/...``), never another site."""
    return (
        bool(url)
        and url.startswith("/")
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
    )


def absolute_url(url: str) -> str:
    return f"{settings.PORTAL_BASE_URL}{url}" if is_local_url(url) else ""


def _email_text(notification: Notification) -> str:
    lines = [notification.body] if notification.body else []
    link = absolute_url(notification.url)
    if link:
        lines += ["", _("Details: %(url)s") % {"url": link}]
    lines += [
        "",
        _(
            "You can read all your notifications, and choose how you receive "
            "them, under My Portal on the portal."
        ),
    ]
    return "\n".join(lines)


def _send_email(notification: Notification) -> None:
    with translation.override(NOTIFY_LANGUAGE):
        text = _email_text(notification)
    send_mail(notification.subject, text, None, [notification.user.email])


def _send_sms(notification: Notification) -> None:
    text = notification.subject
    link = absolute_url(notification.url)
    if link:
        text = f"{text} {link}"
    sms.send_sms(notification.user.phone, text)


def _record_failure(notification: Notification, channel: str, error: str) -> None:
    attempts = getattr(notification, f"{channel}_attempts") + 1
    setattr(notification, f"{channel}_attempts", attempts)
    setattr(notification, f"{channel}_last_error", error[:300])
    if attempts >= MAX_ATTEMPTS:
        setattr(notification, f"{channel}_status", Delivery.FAILED)


def _deliver_email(notification: Notification, preference) -> None:
    if not (preference.email_enabled and notification.user.email):
        notification.email_status = Delivery.SKIPPED
        return
    try:
        _send_email(notification)
    except (smtplib.SMTPException, OSError) as error:
        _record_failure(notification, "email", error.__class__.__name__)
        logger.warning(
            "notification %s: e-mail failed (%s)",
            notification.pk,
            error.__class__.__name__,
        )
        return
    notification.email_attempts += 1
    notification.email_status = Delivery.SENT


def _deliver_sms(notification: Notification, preference) -> None:
    user = notification.user
    if not (preference.sms_enabled and user.phone and user.phone_verified):
        notification.sms_status = Delivery.SKIPPED
        return
    try:
        _send_sms(notification)
    except sms.SMSDeliveryError as error:
        # The backends' messages carry the number masked only.
        _record_failure(notification, "sms", str(error))
        logger.warning(
            "notification %s: SMS to %s failed",
            notification.pk,
            sms.mask_phone(user.phone),
        )
        return
    notification.sms_attempts += 1
    notification.sms_status = Delivery.SENT
    logger.info(
        "notification %s: SMS sent to %s", notification.pk, sms.mask_phone(user.phone)
    )


def deliver_notification(notification_id: int) -> None:
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("user")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return
        pending = [
            channel
            for channel in ("email", "sms")
            if getattr(notification, f"{channel}_status") == Delivery.PENDING
        ]
        if not pending:
            return
        preference = NotificationPreference.objects.filter(
            user_id=notification.user_id
        ).first() or NotificationPreference(user_id=notification.user_id)
        if "email" in pending:
            _deliver_email(notification, preference)
        if "sms" in pending:
            _deliver_sms(notification, preference)
        notification.save(
            update_fields=[
                "email_status",
                "email_attempts",
                "email_last_error",
                "sms_status",
                "sms_attempts",
                "sms_last_error",
            ]
        )


# --- outbox e-mail ----------------------------------------------------------------


def email_retry_pause(attempts: int) -> datetime.timedelta:
    """The pause after the ``attempts``-th failed attempt: 1, 2, 4 ... minutes,
    at most an hour."""
    return min(EMAIL_RETRY_FIRST * 2 ** max(attempts - 1, 0), EMAIL_RETRY_LONGEST)


def _real_connection():
    connection = get_connection(settings.EMAIL_BACKEND)
    if isinstance(connection, mail.QueuedEmailBackend):
        raise ImproperlyConfigured(
            "EMAIL_BACKEND must be a backend that sends (the outbox delivers with it)"
        )
    return connection


def _email_finished(email: OutgoingEmail, status: str) -> None:
    email.status = status
    email.payload = ""


def _email_failed(email: OutgoingEmail, error: str, now: datetime.datetime) -> None:
    email.attempts += 1
    email.last_error = error[:300]
    retry_at = now + email_retry_pause(email.attempts)
    if retry_at - email.created_at > EMAIL_GIVE_UP_AFTER:
        _email_finished(email, Delivery.FAILED)
    else:
        email.retry_at = retry_at


def deliver_outgoing_email(email_id: int) -> None:
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, status=Delivery.PENDING)
            .first()
        )
        if email is None:
            return
        now = timezone.now()
        if email.attempts and email.retry_at > now:
            # A task queued twice after a failure: the next try is not due yet.
            return
        try:
            message = mail.message_from_payload(email.payload)
        except ValueError:
            _email_finished(email, Delivery.FAILED)
            email.last_error = "stored message unreadable"
            logger.error("outgoing e-mail %s: stored message unreadable", email.pk)
        else:
            try:
                _real_connection().send_messages([message])
            except (smtplib.SMTPException, OSError) as error:
                _email_failed(email, error.__class__.__name__, now)
                logger.warning(
                    "outgoing e-mail %s: attempt %s failed (%s)%s",
                    email.pk,
                    email.attempts,
                    error.__class__.__name__,
                    "; given up" if email.status == Delivery.FAILED else "",
                )
            else:
                email.attempts += 1
                email.sent_at = now
                _email_finished(email, Delivery.SENT)
        email.save(
            update_fields=[
                "status",
                "attempts",
                "last_error",
                "retry_at",
                "sent_at",
                "payload",
            ]
        )
