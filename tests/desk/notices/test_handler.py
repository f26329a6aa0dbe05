"""A case on notice returns to the same handler: the staff member who issued the
notice becomes its handler (even before acceptance), is told of the supplement,
and finds the case first and flagged in their desk queue."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application
from desk.actions import application_accept
from tests.desk.notices.support import issue, supplement
from tests.factories import ApplicationFactory, StaffUserFactory

pytestmark = pytest.mark.django_db


def test_notice_before_acceptance_makes_the_issuer_the_handler(application, staff_user):
    issue(application, staff_user)
    application.refresh_from_db()
    assert application.handler == staff_user


def test_notice_after_acceptance_keeps_the_accepting_handler(application, staff_user):
    application_accept(application=application, actor=staff_user)
    issue(application, StaffUserFactory())
    application.refresh_from_db()
    assert application.handler == staff_user


def test_supplement_returns_case_to_the_issuing_handler_and_tells_them(
    application, staff_user, citizen, notified
):
    notice = issue(application, staff_user)
    notified.clear()
    supplement(application, citizen, notice)
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED
    assert application.handler == staff_user
    assert [call["user"] for call in notified] == [staff_user]
    assert notified[0]["url"] == reverse("desk:detail", args=[application.number])


def test_supplement_of_a_notice_without_handler_returns_to_its_issuer(
    application, staff_user, citizen
):
    notice = issue(application, staff_user)
    # A notice issued before the issuer became the handler automatically.
    Application.objects.filter(pk=application.pk).update(handler=None)
    supplement(application, citizen, notice)
    application.refresh_from_db()
    assert application.handler == staff_user


def _returned_and_older(staff_user, citizen):
    older = ApplicationFactory(submitted_at=timezone.now() - datetime.timedelta(days=2))
    returned = ApplicationFactory(applicant=citizen)
    supplement(returned, citizen, issue(returned, staff_user))
    return returned, older


def test_desk_queue_lists_the_case_returned_to_its_handler_first_and_flagged(
    client, staff_user, citizen
):
    returned, older = _returned_and_older(staff_user, citizen)
    client.force_login_mfa(staff_user)
    page = client.get(reverse("desk:queue")).content.decode()
    assert page.index(returned.number) < page.index(older.number)
    row = page[page.index(returned.number) : page.index(older.number)]
    assert "returned-to-me" in row


def test_desk_queue_of_other_staff_does_not_flag_the_returned_case(
    client, staff_user, citizen
):
    returned, older = _returned_and_older(staff_user, citizen)
    client.force_login_mfa(StaffUserFactory())
    page = client.get(reverse("desk:queue")).content.decode()
    assert page.index(older.number) < page.index(returned.number)
    assert "returned-to-me" not in page


def test_returned_flag_clears_once_the_handler_acts(client, staff_user, citizen):
    returned, _older = _returned_and_older(staff_user, citizen)
    application_accept(application=returned, actor=staff_user)
    client.force_login_mfa(staff_user)
    page = client.get(reverse("desk:queue") + "?status=accepted")
    assert returned.number in page.content.decode()
    assert "returned-to-me" not in page.content.decode()
