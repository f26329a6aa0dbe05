import datetime
import logging
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError

from identity import sms
from notifications import notify, tasks
from notifications.models import Delivery, Notification, NotificationPreference

pytestmark = pytest.mark.django_db


def _notify(user, **kwargs):
    values = {"subject": "办件已受理", "body": "您的申请已受理。", "url": "/my/"}
    values.update(kwargs)
    return notify(user=user, **values)


def _age(notification, minutes=2):
    Notification.objects.filter(pk=notification.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_notify_writes_row_and_delivers_after_commit(
    verified_citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = _notify(verified_citizen)
        assert mail.outbox == []
    assert len(callbacks) == 1
    notification.refresh_from_db()
    assert notification.email_status == Delivery.SENT
    assert notification.sms_status == Delivery.SENT
    assert len(mail.outbox) == 1
    assert len(sms.outbox) == 1


def test_nothing_is_kept_or_sent_when_the_transaction_rolls_back(
    verified_citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            _notify(verified_citizen)
            raise RuntimeError("caller failed")
    assert not Notification.objects.exists()
    assert mail.outbox == []
    assert sms.outbox == []


def test_broker_down_leaves_the_row_pending(
    verified_citizen, django_capture_on_commit_callbacks
):
    with (
        mock.patch.object(
            tasks.deliver, "delay", side_effect=OperationalError("redis down")
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notification = _notify(verified_citizen)
    notification.refresh_from_db()
    assert notification.email_status == Delivery.PENDING
    assert notification.sms_status == Delivery.PENDING
    assert mail.outbox == []


def test_deliver_pending_sends_once_when_the_broker_is_back(
    verified_citizen, django_capture_on_commit_callbacks
):
    with (
        mock.patch.object(
            tasks.deliver, "delay", side_effect=OperationalError("redis down")
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notification = _notify(verified_citizen)
    _age(notification)

    assert tasks.deliver_pending() == 1
    assert tasks.deliver_pending() == 0
    tasks.deliver(notification.pk)

    notification.refresh_from_db()
    assert notification.email_status == Delivery.SENT
    assert len(mail.outbox) == 1
    assert len(sms.outbox) == 1


def test_deliver_pending_waits_a_minute(verified_citizen):
    with mock.patch.object(
        tasks.deliver, "delay", side_effect=OperationalError("redis down")
    ):
        _notify(verified_citizen)
    assert tasks.deliver_pending() == 0
    assert mail.outbox == []


def test_deliver_pending_stops_while_the_broker_is_still_down(verified_citizen):
    notification = _notify(verified_citizen)
    _age(notification)
    with mock.patch.object(
        tasks.deliver, "delay", side_effect=OperationalError("redis down")
    ):
        assert tasks.deliver_pending() == 0
    notification.refresh_from_db()
    assert notification.email_status == Delivery.PENDING


def test_email_has_subject_body_and_absolute_link(
    verified_citizen, django_capture_on_commit_callbacks, settings
):
    settings.PORTAL_BASE_URL = "https://portal.example"
    with django_capture_on_commit_callbacks(execute=True):
        _notify(verified_citizen, url="/my/applications/SQ1/")
    message = mail.outbox[0]
    assert message.subject == "办件已受理"
    assert message.to == [verified_citizen.email]
    assert "您的申请已受理。" in message.body
    assert "https://portal.example/my/applications/SQ1/" in message.body


def test_email_has_no_link_to_another_site(
    verified_citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(verified_citizen, url="https://evil.example/x")
    assert "evil.example" not in mail.outbox[0].body


def test_sms_goes_to_the_verified_phone_and_logs_it_masked(
    verified_citizen, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.INFO)
    with django_capture_on_commit_callbacks(execute=True):
        _notify(verified_citizen)
    assert [message.phone for message in sms.outbox] == ["13912345678"]
    assert "139****5678" in caplog.text
    assert "13912345678" not in caplog.text


def test_no_sms_to_an_unverified_phone(django_capture_on_commit_callbacks):
    from tests.factories import UserFactory

    user = UserFactory(phone="13912340000", phone_verified=False)
    with django_capture_on_commit_callbacks(execute=True):
        notification = _notify(user)
    notification.refresh_from_db()
    assert sms.outbox == []
    assert notification.sms_status == Delivery.SKIPPED
    assert notification.email_status == Delivery.SENT


def test_preferences_switch_channels_off(
    verified_citizen, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(
        user=verified_citizen, email_enabled=False, sms_enabled=False
    )
    with django_capture_on_commit_callbacks(execute=True):
        notification = _notify(verified_citizen)
    notification.refresh_from_db()
    assert mail.outbox == []
    assert sms.outbox == []
    assert notification.email_status == Delivery.SKIPPED
    assert notification.sms_status == Delivery.SKIPPED


def test_channels_not_asked_for_are_skipped_without_a_task(
    verified_citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        notification = _notify(verified_citizen, channels=("site",))
    assert callbacks == []
    assert notification.email_status == Delivery.SKIPPED
    assert notification.sms_status == Delivery.SKIPPED


def test_failed_sms_is_retried_then_marked_failed(verified_citizen, settings):
    settings.SMS_BACKEND = "identity.sms.FailingBackend"
    notification = _notify(verified_citizen, channels=("sms",))
    for _attempt in range(6):
        tasks.deliver(notification.pk)
    notification.refresh_from_db()
    assert notification.sms_status == Delivery.FAILED
    assert notification.sms_attempts == 5
    assert "13912345678" not in notification.sms_last_error


def test_delivering_twice_sends_once(verified_citizen):
    notification = _notify(verified_citizen)
    tasks.deliver(notification.pk)
    tasks.deliver(notification.pk)
    assert len(mail.outbox) == 1
    assert len(sms.outbox) == 1


def test_numbers_in_the_text_are_stored_masked(verified_citizen):
    notification = _notify(
        verified_citizen,
        subject="请致电 13912345678",
        body="身份证 350102198501010012 已核验",
    )
    assert "13912345678" not in notification.subject
    assert "139****5678" in notification.subject
    assert "350102198501010012" not in notification.body
    assert "350102********0012" in notification.body
