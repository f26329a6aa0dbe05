"""Celery tasks of notifications: thin, idempotent, taking ids.

``deliver`` sends one notification's pending channels (``delivery``) and
``deliver_email`` one outbox e-mail; ``deliver_pending`` (beat, every minute)
queues again what is still pending: notifications after a minute, outbox e-mails
once their ``retry_at`` is due. Those are the rows whose task could not be queued
while the broker was down, and those whose send failed and may be tried again.
``push_message_send`` creates one batch of a push message's notifications and
queues itself for the next.
"""

import datetime
import logging

from celery import shared_task
from django.utils import timezone

logger = logging.getLogger(__name__)

PENDING_AFTER = datetime.timedelta(minutes=1)
PENDING_SWEEP_LIMIT = 2000


@shared_task(acks_late=True)
def deliver(notification_id: int) -> None:
    from .delivery import deliver_notification

    deliver_notification(notification_id)


@shared_task(acks_late=True)
def deliver_many(notification_ids: list[int]) -> None:
    from .delivery import deliver_notification

    for notification_id in notification_ids:
        deliver_notification(notification_id)


@shared_task(acks_late=True)
def deliver_email(email_id: int) -> None:
    from .delivery import deliver_outgoing_email

    deliver_outgoing_email(email_id)


def _queue_each(queue, ids: list[int]) -> int:
    """Queue ``ids`` in order; stop at the first the broker refuses (the rest
    waits for the next sweep)."""
    for count, row_id in enumerate(ids):
        if not queue(row_id):
            return count
    return len(ids)


@shared_task(acks_late=True)
def deliver_pending() -> int:
    from .actions import queue_delivery, queue_email_delivery
    from .models import Delivery, Notification, OutgoingEmail

    now = timezone.now()
    notification_ids = list(
        Notification.objects.delivery_pending()
        .filter(created_at__lt=now - PENDING_AFTER)
        .order_by("created_at")
        .values_list("pk", flat=True)[:PENDING_SWEEP_LIMIT]
    )
    email_ids = list(
        OutgoingEmail.objects.filter(status=Delivery.PENDING, retry_at__lte=now)
        .order_by("retry_at")
        .values_list("pk", flat=True)[:PENDING_SWEEP_LIMIT]
    )
    queued = _queue_each(queue_delivery, notification_ids)
    if queued == len(notification_ids):
        queued += _queue_each(queue_email_delivery, email_ids)
    if queued:
        logger.info("deliver_pending: queued %s notifications and e-mails", queued)
    return queued


BATCHES_PER_TASK = 20


@shared_task(acks_late=True)
def push_message_send(message_id: int) -> None:
    """A few batches, then the task queues itself for the rest: no task holds a
    worker for a whole province, and each batch is committed on its own."""
    from .actions import push_message_fan_out_batch
    from .models import PushMessage

    for _batch in range(BATCHES_PER_TASK):
        email_ids = push_message_fan_out_batch(message_id=message_id)
        if email_ids:
            deliver_many.delay(email_ids)
        status = (
            PushMessage.objects.filter(pk=message_id)
            .values_list("status", flat=True)
            .first()
        )
        if status in (None, PushMessage.Status.SENT):
            return
    push_message_send.delay(message_id)
