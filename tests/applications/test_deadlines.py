"""Deadline facts (applications.deadlines) and how My Portal shows them."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.deadlines import deadline_facts, with_deadline_facts
from applications.models import Application, OneTimeNotice
from tests.factories import ApplicationFactory
from workdays.calendar import add_working_days, working_days_between

pytestmark = pytest.mark.django_db


def _accepted(applicant, *, due_in: int = 10) -> Application:
    today = timezone.localdate()
    return ApplicationFactory(
        applicant=applicant,
        status=Application.Status.ACCEPTED,
        accepted_at=timezone.now(),
        due_date=add_working_days(today, due_in),
    )


def _awaiting_materials(application, *, issued_days_ago: int) -> OneTimeNotice:
    issued = timezone.now() - datetime.timedelta(days=issued_days_ago)
    application.status = Application.Status.NOTICE
    application.save(update_fields=["status"])
    return OneTimeNotice.objects.create(
        application=application,
        sequence=1,
        status=OneTimeNotice.Status.ISSUED,
        issued_by=application.applicant,
        issued_at=issued,
        deadline=timezone.localdate() + datetime.timedelta(days=10),
    )


def test_days_left_count_down_from_today_while_the_clock_runs(citizen):
    application = _accepted(citizen, due_in=10)
    facts = deadline_facts(application)
    assert facts["days_left"] == 10
    assert facts["days_overdue"] == 0
    assert facts["clock_paused"] is False


def test_days_left_are_frozen_at_the_notice_while_materials_are_awaited(citizen):
    application = _accepted(citizen, due_in=10)
    notice = _awaiting_materials(application, issued_days_ago=20)
    facts = deadline_facts(application)
    frozen = working_days_between(
        timezone.localdate(notice.issued_at), application.due_date
    )
    # Counted from today the deadline would be long past; the clock stopped at
    # the notice, so the days that remained then are shown, and nothing overdue.
    assert working_days_between(timezone.localdate(), application.due_date) < frozen
    assert facts["days_left"] == frozen
    assert facts["days_overdue"] == 0
    assert facts["clock_paused"] is True


def test_decided_applications_have_no_days_left(citizen):
    application = _accepted(citizen)
    application.status = Application.Status.APPROVED
    facts = deadline_facts(application)
    assert facts == {"deadline": application.due_date}


def test_a_list_reads_the_open_notices_in_one_query(citizen, django_assert_num_queries):
    applications = [_accepted(citizen) for _ in range(3)]
    for application in applications[:2]:
        _awaiting_materials(application, issued_days_ago=1)
    with django_assert_num_queries(1):
        listed = with_deadline_facts(applications)
    assert [a.deadline_facts["clock_paused"] for a in listed] == [True, True, False]


def test_my_portal_lists_working_days_left_and_a_paused_clock(client, citizen):
    running = _accepted(citizen, due_in=7)
    paused = _accepted(citizen, due_in=12)
    _awaiting_materials(paused, issued_days_ago=0)
    client.force_login(citizen)
    content = client.get("/en" + reverse("applications:my_portal")).content.decode()
    rows = {
        number: row
        for row in re.findall(r"<tr>(.*?)</tr>", content, re.S)
        for number in (running.number, paused.number)
        if number in row
    }
    assert "7 working days left" in rows[running.number]
    assert "paused" not in rows[running.number]
    assert "12 working days left" in rows[paused.number]
    assert "paused while materials are awaited" in rows[paused.number]


def test_my_portal_page_title_is_only_the_page_name(client, citizen):
    client.force_login(citizen)
    content = client.get(reverse("applications:my_portal")).content.decode()
    title = re.search(r"<title>(.*?)</title>", content, re.S).group(1)
    assert "<" not in title
    assert title.strip().startswith("我的政务")
