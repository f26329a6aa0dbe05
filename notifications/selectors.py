"""Read queries of notifications, for views, the header count and My Portal."""

from django.db.models import Count, Q, QuerySet

from .models import Delivery, Notification, PushMessage


def notifications_of(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).order_by("-created_at", "-pk")


def notification_of(*, user, pk: int) -> Notification:
    """The person's own notification; anyone else's is ``DoesNotExist`` (404)."""
    return Notification.objects.get(user=user, pk=pk)


def unread_count(*, user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def recent_notifications(*, user, limit: int = 5) -> list[Notification]:
    return list(
        notifications_of(user=user).exclude(kind=Notification.Kind.MESSAGE)[:limit]
    )


def recent_messages(*, user, limit: int = 5) -> list[Notification]:
    return list(
        notifications_of(user=user).filter(kind=Notification.Kind.MESSAGE)[:limit]
    )


def push_messages() -> QuerySet[PushMessage]:
    return PushMessage.objects.select_related("created_by").order_by("-created_at")


def push_message_counts(*, message: PushMessage) -> dict[str, int]:
    return message.notifications.aggregate(
        recipients=Count("pk"),
        read=Count("pk", filter=Q(read_at__isnull=False)),
        email_sent=Count("pk", filter=Q(email_status=Delivery.SENT)),
        email_pending=Count("pk", filter=Q(email_status=Delivery.PENDING)),
        email_failed=Count("pk", filter=Q(email_status=Delivery.FAILED)),
    )
