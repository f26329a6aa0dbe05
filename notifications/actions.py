"""Write use-cases of notifications.

``notify`` is what other apps call, inside their own transaction: it writes the
notification row (so a person sees it in-site even when the broker is down) and
registers an on-commit hook that queues ``tasks.deliver``. If the broker cannot be
reached then, the failure is logged and the row stays ``pending``: the
``deliver_pending`` beat task queues it again once the broker is back. A rolled
back transaction leaves neither the row nor a queued task.

Account e-mail: ``email_queue`` (called by ``mail.QueuedEmailBackend``) stores
one message as an ``OutgoingEmail`` and queues ``tasks.deliver_email`` on commit
through the same broker-down handling (``queue_email_delivery``), and
``deliver_pending`` picks up what stayed pending, as for notifications.

Push messages: ``push_message_create`` records the message and queues the fan-out
after commit; ``push_message_fan_out_batch`` (called by the task) creates the next
batch of notifications in one transaction and moves the message's cursor, so that
a task that runs twice, or dies half-way, neither skips nor repeats a recipient.
"""

import logging
import re

from celery import Task
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from identity.models import User
from sharing import protection

from . import audiences, mail
from .models import (
    Delivery,
    Notification,
    NotificationPreference,
    OutgoingEmail,
    PushMessage,
)
from .tasks import PENDING_AFTER

logger = logging.getLogger(__name__)

CHANNELS = ("site", "email", "sms")
PUSH_PERMISSION = "notifications.add_pushmessage"
DEFAULT_BATCH_SIZE = 500

# Mainland mobile numbers and resident ID numbers that a caller put in the text
# are stored masked: a database dump must not reveal them.
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_RESIDENT_ID = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")


def redact(text: str) -> str:
    text = _RESIDENT_ID.sub(lambda match: protection.mask(match.group()), text)
    return _MOBILE.sub(
        lambda match: protection.mask(match.group(), keep_start=3, keep_end=4), text
    )


def _queue(task: Task, row_id: int, what: str) -> bool:
    """Queue ``task`` for one outbox row; False (logged, row left pending) when
    the broker is unreachable."""
    try:
        task.delay(row_id)
    except (OperationalError, OSError) as error:
        logger.warning(
            "%s %s: broker unreachable (%s); left pending for deliver_pending",
            what,
            row_id,
            error.__class__.__name__,
        )
        return False
    return True


def queue_delivery(notification_id: int) -> bool:
    from .tasks import deliver

    return _queue(deliver, notification_id, "notification")


def queue_email_delivery(email_id: int) -> bool:
    from .tasks import deliver_email

    return _queue(deliver_email, email_id, "outgoing e-mail")


def email_queue(*, message: EmailMessage) -> OutgoingEmail:
    """Keep ``message`` in the outbox and send it after commit (never during the
    caller's request); ``ValueError`` for a message that cannot be queued."""
    now = timezone.now()
    email = OutgoingEmail.objects.create(
        subject=str(message.subject)[:200],
        payload=mail.message_to_payload(message),
        created_at=now,
        # When the task queued on commit never ran (broker down), deliver_pending
        # queues it after this, as it does for notifications.
        retry_at=now + PENDING_AFTER,
    )
    # robust: a failing queue must not turn the caller's success into an error.
    transaction.on_commit(lambda: queue_email_delivery(email.pk), robust=True)
    return email


def _status(channel: str, channels: tuple) -> str:
    return Delivery.PENDING if channel in channels else Delivery.SKIPPED


def notify(  # noqa: PLR0913
    *,
    user: User,
    subject: str,
    body: str,
    url: str = "",
    kind: str = Notification.Kind.APPLICATION,
    channels: tuple = CHANNELS,
) -> Notification:
    """Notify ``user`` in-site and, after commit, by the other ``channels`` that
    the person has not switched off (checked at delivery)."""
    unknown = set(channels) - set(CHANNELS)
    if unknown:
        raise ValueError(f"unknown channels: {sorted(unknown)}")
    notification = Notification.objects.create(
        user=user,
        kind=kind,
        subject=redact(subject)[:200],
        body=redact(body),
        url=url,
        email_status=_status("email", channels),
        sms_status=_status("sms", channels),
    )
    if Delivery.PENDING in (notification.email_status, notification.sms_status):
        # robust: the caller's transaction has committed by then; a failing
        # delivery must not turn its success into an error page.
        transaction.on_commit(lambda: queue_delivery(notification.pk), robust=True)
    return notification


def notification_mark_read(*, notification: Notification, user: User) -> None:
    if notification.user_id != user.pk:
        raise PermissionDenied
    if notification.read_at is None:
        now = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=now
        )
        notification.read_at = now


def notifications_mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def preference_update(
    *, user: User, email_enabled: bool, sms_enabled: bool
) -> NotificationPreference:
    preference, _created = NotificationPreference.objects.update_or_create(
        user=user,
        defaults={"email_enabled": email_enabled, "sms_enabled": sms_enabled},
    )
    return preference


# --- push messages -------------------------------------------------------------------


def _queue_fan_out(message_id: int) -> None:
    from .tasks import push_message_send

    try:
        push_message_send.delay(message_id)
    except (OperationalError, OSError) as error:
        # The message stays queued; staff see it so and can send it again.
        logger.warning(
            "push message %s: broker unreachable (%s)",
            message_id,
            error.__class__.__name__,
        )


@transaction.atomic
def push_message_create(  # noqa: PLR0913
    *,
    author: User,
    title: str,
    body: str,
    url: str,
    audience_kind: str,
    audience_value: str = "",
    send_email: bool = False,
) -> PushMessage:
    if not author.has_perm(PUSH_PERMISSION):
        raise PermissionDenied
    audience = audiences.get(audience_kind)
    message = PushMessage.objects.create(
        title=title,
        body=body,
        url=url,
        audience_kind=audience_kind,
        audience_value=audience_value,
        audience_label=audience.label_for(audience_value)[:300],
        send_email=send_email,
        created_by=author,
    )
    transaction.on_commit(lambda: _queue_fan_out(message.pk), robust=True)
    return message


def push_message_resend(*, message: PushMessage, author: User) -> None:
    """Queue the fan-out again (after the broker was down); the cursor makes it
    continue where it stopped."""
    if not author.has_perm(PUSH_PERMISSION):
        raise PermissionDenied
    if message.status != PushMessage.Status.SENT:
        transaction.on_commit(lambda: _queue_fan_out(message.pk), robust=True)


def push_message_fan_out_batch(
    *, message_id: int, batch_size: int | None = None
) -> list[int]:
    """Create the notifications of the next batch of recipients; returns the ids of
    those to deliver by e-mail. Marks the message sent when none are left."""
    batch_size = batch_size or getattr(
        settings, "NOTIFICATIONS_PUSH_BATCH_SIZE", DEFAULT_BATCH_SIZE
    )
    with transaction.atomic():
        message = PushMessage.objects.select_for_update().filter(pk=message_id).first()
        if message is None or message.status == PushMessage.Status.SENT:
            return []
        audience = audiences.get(message.audience_kind)
        batch = list(
            User.objects.filter(
                is_active=True,
                pk__in=audience.user_ids(message.audience_value),
                pk__gt=message.last_user_id,
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not batch:
            message.status = PushMessage.Status.SENT
            message.sent_at = timezone.now()
            message.save(update_fields=["status", "sent_at"])
            return []
        channels = ("site", "email") if message.send_email else ("site",)
        Notification.objects.bulk_create(
            [
                Notification(
                    user_id=user_id,
                    kind=Notification.Kind.MESSAGE,
                    subject=message.title[:200],
                    body=message.body,
                    url=message.url,
                    push_message=message,
                    email_status=_status("email", channels),
                    sms_status=Delivery.SKIPPED,
                )
                for user_id in batch
            ],
            ignore_conflicts=True,
        )
        message.last_user_id = batch[-1]
        message.recipient_count = message.notifications.count()
        message.status = PushMessage.Status.SENDING
        message.save(update_fields=["last_user_id", "recipient_count", "status"])
        if not message.send_email:
            return []
        return list(
            message.notifications.filter(
                user_id__in=batch, email_status=Delivery.PENDING
            ).values_list("pk", flat=True)
        )
