import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from identity.models import User
from licences.models import Licence
from notifications import actions, tasks
from notifications.models import Notification, PushMessage
from sharing.synthetic import resident_id
from tests.factories import (
    ApplicationFactory,
    LicenceFactory,
    LicenceTypeFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(db):
    user = StaffUserFactory()
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="notifications", codename="add_pushmessage"
        )
    )
    return User.objects.get(pk=user.pk)


def _send(author, kind, value="", send_email=False):
    message = actions.push_message_create(
        author=author,
        title="停水通知",
        body="明日停水。",
        url="/services/",
        audience_kind=kind,
        audience_value=value,
        send_email=send_email,
    )
    tasks.push_message_send(message.pk)
    message.refresh_from_db()
    return message


def _recipients(message):
    return set(message.notifications.values_list("user_id", flat=True))


def test_everyone_reaches_every_active_account(author):
    people = {PersonFactory().user_id for _ in range(3)}
    inactive = UserFactory(is_active=False)
    message = _send(author, "everyone")
    assert people <= _recipients(message)
    assert inactive.pk not in _recipients(message)
    assert message.recipient_count == User.objects.filter(is_active=True).count()
    assert message.status == PushMessage.Status.SENT


def test_region_matches_the_start_of_the_resident_id(author):
    local = PersonFactory()  # factories issue IDs of region 350102
    elsewhere = PersonFactory(
        resident_id=resident_id("110101", datetime.date(1990, 5, 1), 7)
    )
    message = _send(author, "region", "3501")
    assert local.user_id in _recipients(message)
    assert elsewhere.user_id not in _recipients(message)
    assert message.audience_label.endswith("3501")


def test_licence_type_reaches_holders_of_valid_licences_only(author):
    licence_type = LicenceTypeFactory()
    holder = LicenceFactory(licence_type=licence_type).holder
    revoked = LicenceFactory(
        licence_type=licence_type, number="LICREVOKED1", status=Licence.Status.REVOKED
    ).holder
    other_type = LicenceFactory(
        licence_type=LicenceTypeFactory(code="YYZZ", name="营业执照"),
        number="LICOTHER01",
    ).holder
    message = _send(author, "licence_type", licence_type.code)
    assert _recipients(message) == {holder.pk}
    assert revoked.pk != holder.pk and other_type.pk != holder.pk
    assert "居住证" in message.audience_label


def test_service_reaches_its_applicants(author):
    service = ServiceFactory()
    first = ApplicationFactory(service=service).applicant
    second = ApplicationFactory(service=service).applicant
    ApplicationFactory(service=service, applicant=first)
    ApplicationFactory()  # another service
    message = _send(author, "service", service.code)
    assert _recipients(message) == {first.pk, second.pk}
    assert message.recipient_count == 2


def test_fan_out_in_batches_creates_one_notification_per_recipient(author, settings):
    settings.NOTIFICATIONS_PUSH_BATCH_SIZE = 2
    service = ServiceFactory()
    applicants = {ApplicationFactory(service=service).applicant_id for _ in range(5)}
    message = _send(author, "service", service.code, send_email=True)
    assert message.recipient_count == 5
    assert _recipients(message) == applicants
    notes = Notification.objects.filter(push_message=message)
    assert {note.kind for note in notes} == {"message"}
    assert len(mail.outbox) == 5
    # Running the task again neither repeats a notification nor an e-mail.
    PushMessage.objects.filter(pk=message.pk).update(
        status=PushMessage.Status.SENDING, last_user_id=0
    )
    tasks.push_message_send(message.pk)
    assert notes.count() == 5
    assert len(mail.outbox) == 5


def test_site_only_message_sends_no_email(author):
    service = ServiceFactory()
    ApplicationFactory(service=service)
    _send(author, "service", service.code)
    assert mail.outbox == []


def test_desk_page_needs_the_permission(client, staff_user):
    client.force_login_mfa(staff_user)
    assert client.get(reverse("notifications:desk_messages")).status_code == 403
    response = client.post(
        reverse("notifications:desk_messages"),
        {"title": "x", "body": "y", "audience_kind": "everyone"},
    )
    assert response.status_code == 403
    assert not PushMessage.objects.exists()


def test_desk_page_sends_a_message(client, author, django_capture_on_commit_callbacks):
    service = ServiceFactory()
    applicant = ApplicationFactory(service=service).applicant
    client.force_login_mfa(author)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("notifications:desk_messages"),
            {
                "title": "材料更新提示",
                "body": "办事指南已更新。",
                "url": service.get_absolute_url(),
                "audience_kind": "service",
                "audience_service": service.code,
            },
        )
    message = PushMessage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == message.get_absolute_url()
    assert _recipients(message) == {applicant.pk}
    detail = client.get(message.get_absolute_url())
    assert detail.context["counts"]["recipients"] == 1


def test_desk_form_refuses_a_link_to_another_site(client, author):
    client.force_login_mfa(author)
    response = client.post(
        reverse("notifications:desk_messages"),
        {
            "title": "t",
            "body": "b",
            "url": "https://evil.example/",
            "audience_kind": "everyone",
        },
    )
    assert response.status_code == 200
    assert "url" in response.context["form"].errors
    assert not PushMessage.objects.exists()


def test_desk_form_needs_the_audience_value(client, author):
    client.force_login_mfa(author)
    response = client.post(
        reverse("notifications:desk_messages"),
        {"title": "t", "body": "b", "audience_kind": "region", "audience_region": ""},
    )
    assert "audience_region" in response.context["form"].errors
    assert not PushMessage.objects.exists()


def test_messages_show_in_my_notifications(client, author):
    person = PersonFactory()
    _send(author, "everyone")
    client.force_login(person.user)
    response = client.get(reverse("notifications:list"))
    assert "停水通知" in response.content.decode()


def test_long_fan_out_continues_in_a_new_task(author, settings, monkeypatch):
    settings.NOTIFICATIONS_PUSH_BATCH_SIZE = 1
    monkeypatch.setattr(tasks, "BATCHES_PER_TASK", 1)
    service = ServiceFactory()
    applicants = {ApplicationFactory(service=service).applicant_id for _ in range(3)}
    calls = []
    real_delay = tasks.push_message_send.delay

    def counting_delay(message_id):
        calls.append(message_id)
        return real_delay(message_id)

    monkeypatch.setattr(tasks.push_message_send, "delay", counting_delay)
    message = _send(author, "service", service.code)
    assert _recipients(message) == applicants
    assert message.status == PushMessage.Status.SENT
    assert len(calls) == 3
