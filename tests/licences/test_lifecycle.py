import datetime
import itertools

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from identity.models import Organisation
from licences.actions import lifecycle
from licences.models import AppendOnlyError, Licence, LicenceEvent
from licences.numbering import licence_number
from licences.tasks import licence_expire_due_task, licence_render_pdf
from tests.factories import LicenceFactory, LicenceTypeFactory, PersonFactory

pytestmark = pytest.mark.django_db

_numbers = itertools.count(100)


@pytest.fixture
def licence(citizen):
    licence_type = LicenceTypeFactory()
    return LicenceFactory(
        holder=citizen,
        licence_type=licence_type,
        number=licence_number(licence_type, 2026, next(_numbers)),
        verification_code="ABCD2345",
        holder_name="林晓明",
        valid_until=timezone.localdate() + datetime.timedelta(days=100),
    )


def verify(client, licence):
    return client.get(
        reverse("licences:verify"),
        {"number": licence.number, "code": licence.verification_code},
    ).content.decode()


def test_licence_revoke_writes_event_with_actor_and_reason(licence, staff_user):
    lifecycle.licence_revoke(licence=licence, actor=staff_user, reason="材料造假")
    licence.refresh_from_db()
    assert licence.status == Licence.Status.REVOKED
    event = LicenceEvent.objects.get(licence=licence)
    assert event.action == LicenceEvent.Action.REVOKED
    assert event.actor == staff_user
    assert event.reason == "材料造假"


def test_licence_revoke_emails_holder_after_commit(
    licence, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.licence_revoke(licence=licence, actor=staff_user, reason="材料造假")
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [licence.holder.email]
    assert licence.number in message.subject
    assert "已撤销" in message.body
    assert "材料造假" in message.body


def test_no_email_before_commit(licence, staff_user, mailoutbox):
    lifecycle.licence_revoke(licence=licence, actor=staff_user, reason="材料造假")
    assert mailoutbox == []


def test_non_staff_cannot_revoke(licence, other_citizen):
    with pytest.raises(PermissionDenied):
        lifecycle.licence_revoke(licence=licence, actor=other_citizen, reason="x")
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID
    assert not LicenceEvent.objects.exists()


def test_lifecycle_change_needs_a_reason(licence, staff_user):
    with pytest.raises(ValidationError):
        lifecycle.licence_suspend(licence=licence, actor=staff_user, reason="  ")
    assert not LicenceEvent.objects.exists()


def test_suspend_then_reinstate(licence, staff_user, client):
    lifecycle.licence_suspend(licence=licence, actor=staff_user, reason="核查中")
    assert "该证照已暂停使用" in verify(client, licence)
    lifecycle.licence_reinstate(licence=licence, actor=staff_user, reason="核查完毕")
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID
    assert list(licence.events.values_list("action", flat=True)) == [
        "suspended",
        "reinstated",
    ]


def test_revoked_licence_cannot_be_suspended(licence, staff_user):
    lifecycle.licence_revoke(licence=licence, actor=staff_user, reason="撤销")
    with pytest.raises(ValidationError):
        lifecycle.licence_suspend(licence=licence, actor=staff_user, reason="暂停")


def test_renew_moves_validity_and_renders_a_new_pdf(
    licence, staff_user, django_capture_on_commit_callbacks
):
    licence_render_pdf(licence.pk)
    new_date = timezone.localdate() + datetime.timedelta(days=800)
    with django_capture_on_commit_callbacks(execute=True):
        lifecycle.licence_renew(
            licence=licence, actor=staff_user, valid_until=new_date, reason="延续"
        )
    licence.refresh_from_db()
    assert licence.valid_until == new_date
    assert licence.pdf.read(4) == b"%PDF"
    event = licence.events.get()
    assert (event.action, event.actor, event.reason) == ("renewed", staff_user, "延续")


def test_renew_makes_an_expired_licence_valid(licence, staff_user):
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.EXPIRED)
    lifecycle.licence_renew(
        licence=licence,
        actor=staff_user,
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
        reason="延续",
    )
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID


def test_renew_rejects_a_past_date(licence, staff_user):
    with pytest.raises(ValidationError):
        lifecycle.licence_renew(
            licence=licence,
            actor=staff_user,
            valid_until=timezone.localdate(),
            reason="延续",
        )


def test_replace_issues_a_new_licence_and_old_verifies_as_replaced(
    licence, staff_user, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new = lifecycle.licence_replace(
            licence=licence, actor=staff_user, reason="遗失"
        )
    licence.refresh_from_db()
    assert licence.status == Licence.Status.REPLACED
    assert licence.replaced_by == new
    assert new.holder == licence.holder
    assert new.data == licence.data
    assert new.number != licence.number
    assert new.status == Licence.Status.VALID
    assert new.events.get().action == LicenceEvent.Action.ISSUED
    assert licence.events.get().action == LicenceEvent.Action.REPLACED
    content = verify(client, licence)
    assert f"该证照已被换发，新证照编号 {new.number}" in content
    assert new.verification_code not in content


def test_api_names_only_the_new_number_of_a_replaced_licence(
    licence, staff_user, client
):
    new = lifecycle.licence_replace(licence=licence, actor=staff_user, reason="遗失")
    body = client.get(
        "/api/v1/licences/verify",
        {"number": licence.number, "code": licence.verification_code},
    ).json()
    assert body["status"] == "replaced"
    assert body["replaced_by"] == new.number
    assert new.verification_code not in str(body)


def test_replace_keeps_the_holding_organisation(licence, staff_user):
    organisation = Organisation(
        name="示范科技有限公司", legal_representative=PersonFactory()
    )
    organisation.set_identifier("91350100MA00000001")
    organisation.save()
    Licence.objects.filter(pk=licence.pk).update(holder_organisation=organisation)
    new = lifecycle.licence_replace(licence=licence, actor=staff_user, reason="更名")
    assert new.holder_organisation == organisation


def test_expire_due_expires_past_licences_once(
    licence, mailoutbox, django_capture_on_commit_callbacks
):
    Licence.objects.filter(pk=licence.pk).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    current = LicenceFactory(valid_until=timezone.localdate())
    with django_capture_on_commit_callbacks(execute=True):
        assert licence_expire_due_task() == 1
        assert licence_expire_due_task() == 0
    licence.refresh_from_db()
    current.refresh_from_db()
    assert licence.status == Licence.Status.EXPIRED
    assert current.status == Licence.Status.VALID
    event = licence.events.get()
    assert event.action == LicenceEvent.Action.EXPIRED
    assert event.actor is None
    assert event.reason
    assert len(mailoutbox) == 1


def test_events_are_append_only(licence, staff_user):
    lifecycle.licence_suspend(licence=licence, actor=staff_user, reason="核查中")
    event = licence.events.get()
    event.reason = "改写"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert licence.events.get().reason == "核查中"
