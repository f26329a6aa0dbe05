"""Celery tasks of notifications: thin, idempotent, taking ids.

``deliver`` sends one notification's pending channels (``delivery``);
``deliver_pending`` (beat, every minute) queues again the notifications still
pending after a minute: those whose task could not be queued while the broker was
down, and those whose send failed and may be tried again. ``push_message_send``
creates one batch of a push message's notifications and queues itself for the next.
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
def deliver_pending() -> int:
    from .actions import queue_delivery
    from .models import Notification

    cutoff = timezone.now() - PENDING_AFTER
    ids = list(
        Notification.objects.delivery_pending()
        .filter(created_at__lt=cutoff)
        .order_by("created_at")
        .values_list("pk", flat=True)[:PENDING_SWEEP_LIMIT]
    )
    queued = 0
    for notification_id in ids:
        if not queue_delivery(notification_id):
            break
        queued += 1
    if queued:
        logger.info("deliver_pending: queued %s notifications", queued)
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
