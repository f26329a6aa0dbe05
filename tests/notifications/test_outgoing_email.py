"""The e-mail outbox (notifications.mail, actions.email_queue, delivery): queued
after commit, sent once, kept encrypted, retried while the mail server is down."""

import datetime
import logging
from unittest import mock

import pytest
from cryptography.fernet import Fernet
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from notifications import delivery, tasks
from notifications.models import Delivery, OutgoingEmail
from tests.notifications.mail_server import make_due, smtp_back, smtp_down

pytestmark = pytest.mark.django_db

LINK = "https://portal.example/accounts/password/reset/key/1-secret-token/"
ADDRESS = "owner@example.com"


def _message(**kwargs) -> EmailMultiAlternatives:
    values = {
        "subject": "重置密码",
        "body": f"请打开链接重置密码：{LINK}",
        "from_email": "noreply@portal.example",
        "to": [ADDRESS],
    }
    values.update(kwargs)
    message = EmailMultiAlternatives(**values)
    message.attach_alternative(f'<a href="{LINK}">重置密码</a>', "text/html")
    return message


def _queue(message=None) -> int:
    backend = get_connection("notifications.mail.QueuedEmailBackend")
    return backend.send_messages([message or _message()])


def _only_email() -> OutgoingEmail:
    return OutgoingEmail.objects.get()


def test_email_is_sent_after_commit_not_before(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert _queue() == 1
        assert mail.outbox == []
    assert len(mail.outbox) == 1
    assert _only_email().status == Delivery.SENT


def test_sent_email_keeps_subject_text_html_and_addresses(
    django_capture_on_commit_callbacks,
):
    message = _message(cc=["cc@example.com"], reply_to=["help@portal.example"])
    with django_capture_on_commit_callbacks(execute=True):
        _queue(message)
    sent = mail.outbox[0]
    assert sent.subject == "重置密码"
    assert LINK in sent.body
    assert sent.to == [ADDRESS]
    assert sent.cc == ["cc@example.com"]
    assert sent.reply_to == ["help@portal.example"]
    assert sent.from_email == "noreply@portal.example"
    assert [mimetype for _content, mimetype in sent.alternatives] == ["text/html"]
    assert LINK in sent.alternatives[0][0]


def test_nothing_is_kept_or_sent_when_the_transaction_rolls_back(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            _queue()
            raise RuntimeError("caller failed")
    assert not OutgoingEmail.objects.exists()
    assert mail.outbox == []


def test_stored_message_reveals_neither_link_nor_address():
    _queue()
    payload = _only_email().payload
    assert payload
    assert "secret-token" not in payload
    assert ADDRESS not in payload
    assert "重置密码" not in payload


def test_stored_message_is_erased_once_sent():
    _queue()
    tasks.deliver_email(_only_email().pk)
    email = _only_email()
    assert email.status == Delivery.SENT
    assert email.payload == ""
    assert email.sent_at is not None


def test_attachments_are_refused():
    message = EmailMessage("主题", "正文", to=[ADDRESS])
    message.attach("a.txt", "x", "text/plain")
    with pytest.raises(ValueError, match="attachments"):
        _queue(message)
    assert not OutgoingEmail.objects.exists()


def test_a_message_without_recipient_is_refused():
    with pytest.raises(ValueError, match="recipient"):
        _queue(EmailMessage("主题", "正文"))


def test_smtp_down_leaves_the_email_pending_with_the_error_class(
    settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        _queue()
    email = _only_email()
    assert email.status == Delivery.PENDING
    assert email.attempts == 1
    assert email.last_error == "ConnectionRefusedError"
    assert email.retry_at > timezone.now()
    assert email.payload


def test_failed_attempts_log_neither_text_nor_link_nor_address(
    settings, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.DEBUG)
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        _queue()
    assert "outgoing e-mail" in caplog.text
    assert "secret-token" not in caplog.text
    assert ADDRESS not in caplog.text
    assert "重置密码" not in caplog.text


def test_smtp_back_sends_the_email_exactly_once(
    settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        _queue()
    smtp_back(settings)
    make_due()

    assert tasks.deliver_pending() == 1
    assert tasks.deliver_pending() == 0
    tasks.deliver_email(_only_email().pk)

    assert len(mail.outbox) == 1
    assert LINK in mail.outbox[0].body
    assert _only_email().status == Delivery.SENT


def test_a_second_task_before_the_retry_is_due_sends_nothing(
    settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        _queue()
    smtp_back(settings)
    tasks.deliver_email(_only_email().pk)
    assert mail.outbox == []
    assert _only_email().attempts == 1


def test_broker_down_leaves_the_email_for_the_sweep(django_capture_on_commit_callbacks):
    with (
        mock.patch.object(
            tasks.deliver_email, "delay", side_effect=OperationalError("redis down")
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        _queue()
    email = _only_email()
    assert (email.status, email.attempts) == (Delivery.PENDING, 0)
    assert tasks.deliver_pending() == 0  # not due: its task may still come

    make_due()
    assert tasks.deliver_pending() == 1
    assert len(mail.outbox) == 1


def test_the_sweep_stops_while_the_broker_is_still_down():
    _queue()
    _queue()
    make_due()
    with mock.patch.object(
        tasks.deliver_email, "delay", side_effect=OperationalError("redis down")
    ) as delay:
        assert tasks.deliver_pending() == 0
    assert delay.call_count == 1


def test_pauses_between_attempts_double_up_to_an_hour():
    minutes = [
        delivery.email_retry_pause(attempts) / datetime.timedelta(minutes=1)
        for attempts in range(1, 10)
    ]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_an_email_still_failing_after_a_day_is_given_up_and_erased(settings):
    smtp_down(settings)
    _queue()
    OutgoingEmail.objects.update(
        created_at=timezone.now() - datetime.timedelta(hours=23, minutes=30),
        attempts=10,
        retry_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    tasks.deliver_email(_only_email().pk)
    email = _only_email()
    assert email.status == Delivery.FAILED
    assert email.attempts == 11
    assert email.payload == ""
    # A failed e-mail is not queued again.
    make_due()
    assert tasks.deliver_pending() == 0


def test_a_message_stored_under_another_key_is_failed_not_sent(settings):
    _queue()
    settings.IDENTITY_ENCRYPTION_KEY = Fernet.generate_key().decode()
    tasks.deliver_email(_only_email().pk)
    email = _only_email()
    assert email.status == Delivery.FAILED
    assert email.payload == ""
    assert mail.outbox == []


def test_the_outbox_refuses_to_deliver_through_itself(settings):
    _queue()
    settings.EMAIL_BACKEND = "notifications.mail.QueuedEmailBackend"
    with pytest.raises(ImproperlyConfigured):
        tasks.deliver_email(_only_email().pk)
    assert OutgoingEmail.objects.count() == 1
    assert _only_email().status == Delivery.PENDING
