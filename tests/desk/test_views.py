import pytest
from django.urls import reverse

from applications.models import Application
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def action_url(application, action):
    return reverse(
        "desk:action", kwargs={"number": application.number, "action": action}
    )


@pytest.mark.parametrize(
    "url_name,kwargs",
    [
        ("desk:queue", {}),
        ("desk:detail", {"number": "SQ2026112100000001"}),
    ],
)
def test_citizen_gets_403_on_desk_pages(client, citizen, url_name, kwargs):
    client.force_login(citizen)
    assert client.get(reverse(url_name, kwargs=kwargs)).status_code == 403


def test_citizen_cannot_act_on_an_application(client, citizen):
    application = ApplicationFactory()
    client.force_login(citizen)
    response = client.post(action_url(application, "accept"), {"version": 1})
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_signed_out_visitor_is_sent_to_login(client):
    response = client.get(reverse("desk:queue"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_staff_sees_submitted_applications(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    response = client.get(reverse("desk:queue"))
    assert response.status_code == 200
    assert application.number in response.content.decode()


def test_staff_accepts_then_approves_and_licence_is_issued(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    client.post(action_url(application, "accept"), {"version": 1})
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED
    assert application.due_date is not None
    client.post(action_url(application, "approve"), {"version": application.version})
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED
    assert application.licence is not None


def test_stale_desk_form_is_refused(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    client.post(action_url(application, "accept"), {"version": 1})
    response = client.post(
        action_url(application, "reject"), {"version": 1, "reason": "x"}
    )
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("已被他人修改" in m for m in messages)


def test_reject_without_reason_is_refused(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    client.post(action_url(application, "reject"), {"version": 1, "reason": "  "})
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_unknown_desk_action_is_404(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    assert (
        client.post(action_url(application, "delete"), {"version": 1}).status_code
        == 404
    )


def test_desk_action_requires_post(client, staff_user):
    application = ApplicationFactory()
    client.force_login_mfa(staff_user)
    assert client.get(action_url(application, "accept")).status_code == 405
