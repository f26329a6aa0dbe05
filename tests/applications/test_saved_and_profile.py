import pytest
from django.urls import reverse

from applications.actions import contact_details_update
from applications.models import Application, ContactDetails, SavedService
from notifications.models import Notification
from tests.factories import (
    ApplicationFactory,
    PersonFactory,
    StaffUserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


# --- saved services -----------------------------------------------------------------


def test_save_a_service_from_its_guide(client, citizen, service):
    client.force_login(citizen)
    response = client.post(reverse("applications:service_save", args=[service.code]))
    assert response.status_code == 302
    assert SavedService.objects.filter(user=citizen, service=service).count() == 1


def test_saving_twice_keeps_one_entry(client, citizen, service):
    client.force_login(citizen)
    url = reverse("applications:service_save", args=[service.code])
    client.post(url)
    client.post(url)
    assert SavedService.objects.filter(user=citizen).count() == 1


def test_guide_shows_save_then_remove_button(client, citizen, service):
    client.force_login(citizen)
    guide = reverse("services:guide", args=[service.code])
    assert reverse("applications:service_save", args=[service.code]) in (
        client.get(guide).content.decode()
    )
    saved = SavedService.objects.create(user=citizen, service=service)
    assert reverse("applications:saved_service_remove", args=[saved.pk]) in (
        client.get(guide).content.decode()
    )


def test_unsave_own_entry(client, citizen, service):
    saved = SavedService.objects.create(user=citizen, service=service)
    client.force_login(citizen)
    response = client.post(
        reverse("applications:saved_service_remove", args=[saved.pk])
    )
    assert response.status_code == 302
    assert not SavedService.objects.exists()


def test_cannot_unsave_someone_elses_entry(client, citizen, other_citizen, service):
    saved = SavedService.objects.create(user=other_citizen, service=service)
    client.force_login(citizen)
    response = client.post(
        reverse("applications:saved_service_remove", args=[saved.pk])
    )
    assert response.status_code == 404
    assert SavedService.objects.filter(pk=saved.pk).exists()


def test_save_needs_post(client, citizen, service):
    client.force_login(citizen)
    response = client.get(reverse("applications:service_save", args=[service.code]))
    assert response.status_code == 405
    assert not SavedService.objects.exists()


# --- profile ------------------------------------------------------------------------


@pytest.fixture
def applicant(db):
    user = UserFactory(phone="13912345678", phone_verified=True)
    PersonFactory(user=user)
    return user


def _application(applicant, status=Application.Status.SUBMITTED, **kwargs):
    return ApplicationFactory(applicant=applicant, status=status, **kwargs)


def test_profile_shows_masked_identifiers_and_phone(client, applicant):
    client.force_login(applicant)
    response = client.get(reverse("applications:profile"))
    content = response.content.decode()
    person = applicant.person
    assert response.status_code == 200
    assert person.identifier_masked in content
    assert person.reveal_identifier() not in content
    assert "139****5678" in content
    assert "13912345678" not in content
    assert reverse("account_change_phone") in content


def test_profile_saves_the_contact_address(client, applicant):
    client.force_login(applicant)
    response = client.post(
        reverse("applications:profile"), {"address": "示范市鼓楼区一路1号"}
    )
    assert response.status_code == 302
    assert ContactDetails.objects.get(user=applicant).address == "示范市鼓楼区一路1号"


def test_update_propagates_to_open_applications_only(applicant):
    open_ones = [
        _application(applicant, status=status)
        for status in (
            Application.Status.SUBMITTED,
            Application.Status.NOTICE,
            Application.Status.ACCEPTED,
        )
    ]
    closed = [
        _application(applicant, status=status)
        for status in (
            Application.Status.APPROVED,
            Application.Status.REJECTED,
            Application.Status.WITHDRAWN,
        )
    ]
    for application in open_ones + closed:
        application.data["phone"] = "13800000000"
        application.save()

    changed = contact_details_update(user=applicant, address="新地址 8 号")

    assert {a.pk for a in changed} == {a.pk for a in open_ones}
    for application in open_ones:
        application.refresh_from_db()
        assert application.data["address"] == "新地址 8 号"
        assert application.data["phone"] == "13912345678"
    for application in closed:
        application.refresh_from_db()
        assert application.data["address"] == ""
        assert application.data["phone"] == "13800000000"


def test_update_leaves_keys_the_form_does_not_have(applicant):
    application = _application(applicant)
    application.data = {"details": "无地址字段"}
    application.save()
    assert contact_details_update(user=applicant, address="新地址") == []
    application.refresh_from_db()
    assert application.data == {"details": "无地址字段"}


def test_unverified_phone_is_not_propagated(applicant):
    applicant.phone_verified = False
    applicant.save()
    application = _application(applicant)
    contact_details_update(user=applicant, address="新地址")
    application.refresh_from_db()
    assert application.data["phone"] == "13800000000"
    assert application.data["address"] == "新地址"


def test_applications_for_an_organisation_are_left_alone(applicant):
    from identity.models import Organisation
    from sharing.synthetic import credit_code

    organisation = Organisation(name="示范公司", legal_representative=applicant.person)
    organisation.set_identifier(credit_code("350100", 1))
    organisation.save()
    application = _application(applicant, on_behalf_of=organisation)
    contact_details_update(user=applicant, address="新地址")
    application.refresh_from_db()
    assert application.data["address"] == ""


def test_handler_is_notified_of_the_update(
    applicant, django_capture_on_commit_callbacks
):
    handler = StaffUserFactory()
    application = _application(
        applicant, status=Application.Status.ACCEPTED, handler=handler
    )
    with django_capture_on_commit_callbacks(execute=True):
        contact_details_update(user=applicant, address="新地址")
    notification = Notification.objects.get(user=handler)
    assert application.number in notification.subject
    assert notification.url == reverse("desk:detail", args=[application.number])
    assert "新地址" not in notification.body
    assert "13912345678" not in notification.body
    assert not Notification.objects.filter(user=applicant).exists()


def test_no_notification_when_nothing_changed(applicant):
    handler = StaffUserFactory()
    _application(applicant, handler=handler)
    contact_details_update(user=applicant, address="新地址")
    contact_details_update(user=applicant, address="新地址")
    assert Notification.objects.filter(user=handler).count() == 1


def test_profile_needs_sign_in(client):
    response = client.get(reverse("applications:profile"))
    assert response.status_code == 302


def test_new_phone_verified_through_allauth_reaches_open_applications(
    client, applicant, django_capture_on_commit_callbacks
):
    """Changing the number on allauth's change-phone page, and entering the code
    sent to it, updates the open applications at once (identity.signals)."""
    import re

    from identity import sms

    handler = StaffUserFactory()
    open_one = _application(applicant, handler=handler)
    open_one.data["phone"] = "13912345678"
    open_one.save()
    closed = _application(applicant, status=Application.Status.APPROVED)
    closed.data["phone"] = "13912345678"
    closed.save()
    sms.outbox.clear()
    client.force_login(applicant)

    client.post(reverse("account_change_phone"), {"phone": "13722223333"})
    open_one.refresh_from_db()
    assert open_one.data["phone"] == "13912345678"  # not verified yet
    code = re.search(r"(?<!\d)(\d{6})(?!\d)", sms.outbox[-1].message).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_verify_phone"), {"code": code})

    assert response.status_code == 302
    open_one.refresh_from_db()
    closed.refresh_from_db()
    assert open_one.data["phone"] == "13722223333"
    assert closed.data["phone"] == "13912345678"
    assert Notification.objects.filter(user=handler).count() == 1
