"""Notifications, delivery preferences and agency push messages.

A ``Notification`` is one message to one account. The row is the in-site copy and
also the delivery record of the other channels: each of e-mail and SMS is
``pending`` until the delivery task sends it (``sent``), gives up (``failed``) or
finds it must not be sent (``skipped``: not asked for, switched off by the person,
or no address). Neither phone numbers nor ID numbers are stored here: the address
is read from the account at delivery, and ``notify`` masks numbers in the text.

A ``PushMessage`` is what agency staff compose for an audience; sending it creates
one ``Notification`` (kind ``message``) per recipient, in batches.

An ``OutgoingEmail`` is one e-mail handed to the outbox by ``notifications.mail``
(account mail: address verification, password reset, "account already exists",
security notices). It may go to an address that belongs to no account, so it has
no recipient user and no in-site copy. Its message (addresses, text, one-time
links) is stored encrypted and erased once the e-mail was sent or given up.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Delivery(models.TextChoices):
    PENDING = "pending", pgettext_lazy("delivery", "pending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    SKIPPED = "skipped", _("skipped")


class NotificationQuerySet(models.QuerySet):
    def unread(self) -> "NotificationQuerySet":
        return self.filter(read_at__isnull=True)

    def delivery_pending(self) -> "NotificationQuerySet":
        return self.filter(
            models.Q(email_status=Delivery.PENDING)
            | models.Q(sms_status=Delivery.PENDING)
        )


class Notification(models.Model):
    class Kind(models.TextChoices):
        APPLICATION = "application", _("application")
        MESSAGE = "message", _("message from an agency")
        LICENCE = "licence", _("e-licence")
        ACCOUNT = "account", _("account")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.APPLICATION
    )
    subject = models.CharField(pgettext_lazy("notification", "subject"), max_length=200)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    push_message = models.ForeignKey(
        "PushMessage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    email_status = models.CharField(
        _("e-mail"), max_length=10, choices=Delivery.choices, default=Delivery.PENDING
    )
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_last_error = models.CharField(max_length=300, blank=True)
    sms_status = models.CharField(
        _("SMS"), max_length=10, choices=Delivery.choices, default=Delivery.PENDING
    )
    sms_attempts = models.PositiveSmallIntegerField(default=0)
    sms_last_error = models.CharField(max_length=300, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["user", "read_at"]),
            models.Index(fields=["email_status", "sms_status", "created_at"]),
        ]
        constraints = [
            # A push message reaches each recipient once, however often the
            # fan-out task runs.
            models.UniqueConstraint(
                fields=["push_message", "user"],
                condition=models.Q(push_message__isnull=False),
                name="unique_push_message_recipient",
            )
        ]

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("notifications:open", kwargs={"pk": self.pk})

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(models.Model):
    """Which channels besides the site a person wants; the site is always on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    email_enabled = models.BooleanField(_("by e-mail"), default=True)
    sms_enabled = models.BooleanField(_("by text message"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)


class OutgoingEmail(models.Model):
    subject = models.CharField(pgettext_lazy("notification", "subject"), max_length=200)
    # The whole message as encrypted JSON (notifications.mail); "" once the e-mail
    # has left or was given up: one-time links are kept no longer than needed.
    payload = models.TextField(blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Delivery.choices, default=Delivery.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # While pending: when deliver_pending may queue it (again).
    retry_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "retry_at"])]

    def __str__(self) -> str:
        return self.subject


class PushMessage(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")

    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    url = models.CharField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("A page of this portal, starting with /."),
    )
    audience_kind = models.CharField(
        pgettext_lazy("push message", "audience"), max_length=30
    )
    audience_value = models.CharField(max_length=100, blank=True)
    # The audience as staff saw it when sending (a licence type may be renamed).
    audience_label = models.CharField(
        pgettext_lazy("push message", "audience"), max_length=300
    )
    send_email = models.BooleanField(_("also by e-mail"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("sent by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    # Fan-out progress: recipients are taken in user-id order after this one.
    last_user_id = models.BigIntegerField(default=0, editable=False)
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("push message")
        verbose_name_plural = _("push messages")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("notifications:desk_message", kwargs={"pk": self.pk})
