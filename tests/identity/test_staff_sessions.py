"""Staff sessions end after 30 minutes idle and 8 hours in all, and signing out ends
them everywhere; citizens keep the normal session length (identity.staff_sessions).
Time travels by moving ``django.utils.timezone.now``; sessions are made through
allauth's forms."""

import datetime

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from identity import groups
from identity.mfa import SIGN_IN_KEY
from tests.factories import StaffUserFactory, UserFactory
from tests.staff_sign_in import PortalClient

pytestmark = pytest.mark.django_db

DESK = reverse("desk:queue")
LOGIN = reverse("account_login")


class Clock:
    def __init__(self) -> None:
        self.offset = datetime.timedelta()

    def travel(self, **delta) -> None:
        self.offset += datetime.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    clock = Clock()
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + clock.offset)
    return clock


def signed_out(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_staff_session_ends_after_30_minutes_idle(staff_client, clock):
    assert staff_client.get(DESK).status_code == 200
    clock.travel(minutes=31)
    response = staff_client.get(DESK, follow=True)
    assert response.redirect_chain[0][0] == f"{LOGIN}?next={DESK}"
    assert "_auth_user_id" not in staff_client.session
    assert "30 分钟无操作" in response.content.decode()


def test_activity_keeps_the_staff_session(staff_client, clock):
    for _ in range(3):
        clock.travel(minutes=25)
        assert staff_client.get(DESK).status_code == 200


def test_staff_session_ends_after_8_hours_in_all(staff_client, clock):
    for _ in range(19):
        clock.travel(minutes=25)
        assert staff_client.get(DESK).status_code == 200
    clock.travel(minutes=25)  # 8 hours 20 minutes after signing in
    response = staff_client.get(DESK, follow=True)
    assert response.redirect_chain[0][0] == f"{LOGIN}?next={DESK}"
    assert "最长 8 小时" in response.content.decode()


def test_idle_timeout_ends_only_the_idle_session(clock):
    staff = StaffUserFactory()
    code = RecoveryCodes.activate(staff).get_unused_codes()[0]
    idle, busy = PortalClient(), PortalClient()
    idle.sign_in(staff)
    busy.sign_in(staff, code=code)
    clock.travel(minutes=20)
    assert busy.get(DESK).status_code == 200
    clock.travel(minutes=15)
    assert signed_out(idle.get(DESK))
    assert busy.get(DESK).status_code == 200


def test_citizen_keeps_the_normal_session_length(client, citizen, clock):
    client.sign_in(citizen)
    clock.travel(hours=9)
    assert client.get(reverse("applications:my_portal")).status_code == 200


def test_heartbeats_of_the_wagtail_editor_are_not_activity(client, clock):
    client.sign_in(UserFactory(is_superuser=True, is_staff=True))
    assert client.get("/admin/").status_code == 200
    clock.travel(minutes=20)
    client.post(
        reverse(
            "wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", "3", 1]
        )
    )
    clock.travel(minutes=15)
    assert signed_out(client.get("/admin/"))


def test_staff_session_of_unknown_age_is_ended(staff_client):
    session = staff_client.session
    del session[SIGN_IN_KEY]
    session.save()
    assert signed_out(staff_client.get(DESK))


def test_someone_made_staff_while_signed_in_gets_the_staff_session(client, clock):
    user = UserFactory(totp=True)
    client.sign_in(user)
    user.groups.add(Group.objects.get_or_create(name=groups.WINDOW_STAFF)[0])
    assert client.get(DESK).status_code == 200
    clock.travel(minutes=31)
    assert signed_out(client.get(DESK))


def _two_devices(user):
    code = RecoveryCodes.activate(user).get_unused_codes()[0]
    first, second = PortalClient(), PortalClient()
    first.sign_in(user)
    second.sign_in(user, code=code)
    return first, second


def test_staff_signing_out_ends_the_sessions_on_every_device():
    first, second = _two_devices(StaffUserFactory())
    assert second.get(DESK).status_code == 200
    first.post(reverse("account_logout"))
    assert "_auth_user_id" not in second.session
    assert signed_out(second.get(DESK))


def test_staff_signing_out_of_the_wagtail_admin_ends_them_too():
    first, second = _two_devices(UserFactory(is_superuser=True, is_staff=True))
    first.post(reverse("wagtailadmin_logout"))
    assert signed_out(second.get("/admin/"))


def test_citizen_signing_out_keeps_the_other_devices(citizen):
    first, second = PortalClient(), PortalClient()
    first.sign_in(citizen)
    second.sign_in(citizen)
    first.post(reverse("account_logout"))
    assert second.get(reverse("applications:my_portal")).status_code == 200


def test_sessions_page_lists_and_ends_the_other_sessions():
    first, second = _two_devices(StaffUserFactory())
    response = first.get(reverse("usersessions_list"))
    assert response.status_code == 200
    assert response.context["session_count"] == 2
    first.post(reverse("usersessions_list"))
    assert signed_out(second.get(DESK))
    assert first.get(DESK).status_code == 200
