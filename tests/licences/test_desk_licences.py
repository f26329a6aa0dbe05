import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from licences.models import Licence, LicenceEvent
from licences.numbering import licence_number
from tests.factories import LicenceFactory, LicenceTypeFactory

pytestmark = pytest.mark.django_db

_numbers = itertools.count(700)


@pytest.fixture
def licence(citizen):
    licence_type = LicenceTypeFactory()
    return LicenceFactory(
        holder=citizen,
        licence_type=licence_type,
        number=licence_number(licence_type, 2026, next(_numbers)),
        holder_name="林晓明",
        valid_until=timezone.localdate() + datetime.timedelta(days=100),
    )


def page_url(licence):
    return reverse("licences:desk_licence", kwargs={"number": licence.number})


def action_url(licence, action):
    return reverse(
        "licences:desk_licence_action",
        kwargs={"number": licence.number, "action": action},
    )


def test_staff_sees_licence_with_history(client, staff_user, licence):
    client.force_login_mfa(staff_user)
    response = client.get(page_url(licence))
    assert response.status_code == 200
    content = response.content.decode()
    assert licence.number in content
    assert licence.get_status_display() in content


def test_staff_revokes_with_reason(
    client, staff_user, licence, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login_mfa(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url(licence, "revoke"), {"revoke-reason": "材料造假"}, follow=True
        )
    assert response.redirect_chain[-1][0] == page_url(licence)
    licence.refresh_from_db()
    assert licence.status == Licence.Status.REVOKED
    event = LicenceEvent.objects.get(licence=licence)
    assert event.action == LicenceEvent.Action.REVOKED
    assert event.actor == staff_user
    assert event.reason == "材料造假"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [licence.holder.email]
    content = response.content.decode()
    assert "已撤销" in content
    assert "材料造假" in content


def test_blank_reason_is_an_error_and_changes_nothing(client, staff_user, licence):
    client.force_login_mfa(staff_user)
    response = client.post(
        action_url(licence, "revoke"), {"revoke-reason": "  "}, follow=True
    )
    assert response.status_code == 200
    assert "请填写原因。" in response.content.decode()
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID
    assert not LicenceEvent.objects.exists()


def test_renew_with_a_past_date_is_an_error(client, staff_user, licence):
    old_until = licence.valid_until
    client.force_login_mfa(staff_user)
    past = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(
        action_url(licence, "renew"),
        {"renew-valid_until": past.isoformat(), "renew-reason": "到期续期"},
        follow=True,
    )
    assert "新的有效期截止日须晚于今天。" in response.content.decode()
    licence.refresh_from_db()
    assert licence.valid_until == old_until
    assert not LicenceEvent.objects.exists()


def test_wrong_transition_shows_the_action_error(client, staff_user, licence):
    client.force_login_mfa(staff_user)
    response = client.post(
        action_url(licence, "reinstate"), {"reinstate-reason": "误操作"}, follow=True
    )
    assert "不能进行此操作" in response.content.decode()
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID
    assert not LicenceEvent.objects.exists()


def test_citizen_gets_403(client, citizen, licence):
    client.force_login_mfa(citizen)
    assert client.get(page_url(licence)).status_code == 403
    response = client.post(action_url(licence, "revoke"), {"revoke-reason": "x"})
    assert response.status_code == 403
    licence.refresh_from_db()
    assert licence.status == Licence.Status.VALID


def test_signed_out_visitor_is_sent_to_login(client, licence):
    response = client.get(page_url(licence))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_unknown_number_is_404(client, staff_user):
    client.force_login_mfa(staff_user)
    response = client.get(
        reverse("licences:desk_licence", kwargs={"number": "NOPE0000"})
    )
    assert response.status_code == 404


def test_search_opens_licence_by_number(client, staff_user, licence):
    client.force_login_mfa(staff_user)
    assert client.get(reverse("licences:desk_licences")).status_code == 200
    response = client.get(reverse("licences:desk_licences"), {"number": licence.number})
    assert response.status_code == 302
    assert response["Location"] == page_url(licence)
    response = client.get(reverse("licences:desk_licences"), {"number": "NOPE"})
    assert "没有该编号的证照。" in response.content.decode()
