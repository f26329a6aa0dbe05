"""Withdrawal of an application by its applicant before a decision."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from applications.actions import application_withdraw
from applications.lifecycle import ApplicationStateError
from applications.models import Application, ApplicationEvent
from desk.actions import application_accept
from tests.desk.notices.support import install_stubs
from tests.factories import ApplicationFactory
from tests.identity.business_support import organisation_with_admin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def notified(monkeypatch):
    return install_stubs(monkeypatch)


@pytest.fixture
def application(citizen):
    return ApplicationFactory(applicant=citizen)


def test_owner_withdraws_with_reason(application, citizen):
    application_withdraw(application=application, applicant=citizen, reason="不需要了")
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN
    assert application.withdrawn_reason == "不需要了"
    event = application.events.get(action=ApplicationEvent.Action.WITHDRAWN)
    assert (event.from_status, event.note) == ("submitted", "不需要了")


def test_withdrawal_needs_a_reason(application, citizen):
    with pytest.raises(ApplicationStateError):
        application_withdraw(application=application, applicant=citizen, reason=" ")
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_withdrawal_of_accepted_application_notifies_handler(
    application, citizen, staff_user, notified
):
    application_accept(application=application, actor=staff_user)
    notified.clear()  # the applicant is told of the acceptance
    application_withdraw(application=application, applicant=citizen, reason="搬家")
    assert [call["user"] for call in notified] == [staff_user]


def test_withdrawal_after_decision_is_refused(citizen):
    application = ApplicationFactory(
        applicant=citizen, status=Application.Status.APPROVED
    )
    with pytest.raises(ApplicationStateError):
        application_withdraw(application=application, applicant=citizen, reason="x")


def test_repeated_withdrawal_records_one_event(application, citizen):
    application_withdraw(application=application, applicant=citizen, reason="x")
    application_withdraw(application=application, applicant=citizen, reason="x")
    assert application.events.filter(action="withdrawn").count() == 1


def test_another_user_cannot_withdraw(application, other_citizen):
    with pytest.raises(PermissionDenied):
        application_withdraw(
            application=application, applicant=other_citizen, reason="x"
        )


def test_organisation_administrator_withdraws_for_the_organisation(citizen):
    organisation, administrator = organisation_with_admin()
    application = ApplicationFactory(applicant=citizen, on_behalf_of=organisation)
    application_withdraw(application=application, applicant=administrator, reason="x")
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN


def withdraw_url(application):
    return reverse("applications:application_withdraw", args=[application.number])


def test_owner_withdraws_from_the_application_page(client, citizen, application):
    client.force_login(citizen)
    page = client.get(application.get_absolute_url()).content.decode()
    assert withdraw_url(application) in page
    response = client.post(
        withdraw_url(application), {"reason": "不需要了", "confirm": "on"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN


def test_withdrawal_without_confirmation_is_refused(client, citizen, application):
    client.force_login(citizen)
    client.post(withdraw_url(application), {"reason": "不需要了"})
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_another_citizen_gets_404_on_withdraw(client, other_citizen, application):
    client.force_login(other_citizen)
    response = client.post(withdraw_url(application), {"reason": "x", "confirm": "on"})
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_withdraw_requires_sign_in(client, application):
    response = client.post(withdraw_url(application), {"reason": "x", "confirm": "on"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
