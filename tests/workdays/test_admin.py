"""The official working-day calendar in the Wagtail admin: only holders of the
calendar permissions (the editor group, migration 0012) may keep it, and what
they enter counts for deadlines at once. The 2027 days are test data."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from identity import groups
from tests.factories import UserFactory
from workdays.calendar import add_working_days, is_working_day
from workdays.models import CalendarDay

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_workdays_calendarday:list"
ADD = "wagtailsnippets_workdays_calendarday:add"


@pytest.fixture
def editor_client(client):
    user = UserFactory(totp=True)
    user.groups.add(Group.objects.get(name=groups.EDITOR))
    client.force_login_mfa(user)
    return client


def form(**changes) -> dict:
    data = {"date": "2027-01-01", "kind": "holiday", "name": "元旦", "note": "测试"}
    data.update(changes)
    return data


def test_editor_can_add_a_holiday(editor_client):
    response = editor_client.post(reverse(ADD), form())
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = CalendarDay.objects.get()
    assert (entry.date, entry.kind, entry.name) == (
        datetime.date(2027, 1, 1),
        CalendarDay.Kind.HOLIDAY,
        "元旦",
    )


def test_holiday_added_in_the_admin_counts_for_the_next_deadline(editor_client):
    start = datetime.date(2026, 12, 31)
    assert add_working_days(start, 1) == datetime.date(2027, 1, 1)
    editor_client.post(reverse(ADD), form())
    assert not is_working_day(datetime.date(2027, 1, 1))
    assert add_working_days(start, 1) == datetime.date(2027, 1, 4)


def test_adjusted_working_day_on_a_weekday_is_refused_keeping_the_input(
    editor_client,
):
    response = editor_client.post(
        reverse(ADD),
        form(date="2027-01-04", kind="working_day", name="春节调休上班"),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["kind"]
    assert 'value="春节调休上班"' in response.content.decode()
    assert not CalendarDay.objects.exists()


def test_the_same_date_cannot_be_entered_twice(editor_client):
    CalendarDay.objects.create(
        date=datetime.date(2027, 1, 1), kind=CalendarDay.Kind.HOLIDAY, name="元旦"
    )
    response = editor_client.post(reverse(ADD), form(name="另一条"))
    assert response.status_code == 200
    assert response.context["form"].errors["date"]
    assert CalendarDay.objects.get().name == "元旦"


def test_list_is_filtered_by_year(editor_client):
    CalendarDay.objects.create(
        date=datetime.date(2026, 12, 31), kind=CalendarDay.Kind.HOLIDAY, name="甲日"
    )
    CalendarDay.objects.create(
        date=datetime.date(2027, 1, 1), kind=CalendarDay.Kind.HOLIDAY, name="乙日"
    )
    response = editor_client.get(reverse(LIST), {"year": "2027"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "乙日" in page
    assert "甲日" not in page


def test_editor_can_delete_a_day(editor_client):
    entry = CalendarDay.objects.create(
        date=datetime.date(2027, 1, 1), kind=CalendarDay.Kind.HOLIDAY, name="元旦"
    )
    url = reverse("wagtailsnippets_workdays_calendarday:delete", args=[entry.pk])
    response = editor_client.post(url)
    assert response.status_code == 302
    assert not CalendarDay.objects.exists()
    assert is_working_day(datetime.date(2027, 1, 1))


def test_citizen_cannot_open_the_calendar(client, citizen):
    CalendarDay.objects.create(
        date=datetime.date(2027, 1, 1), kind=CalendarDay.Kind.HOLIDAY, name="甲日"
    )
    client.force_login(citizen)
    response = client.get(reverse(LIST))
    assert response.status_code in (302, 403)
    assert "甲日" not in response.content.decode()


def test_window_staff_cannot_add_a_day(client, staff_user):
    client.force_login_mfa(staff_user)
    response = client.post(reverse(ADD), form())
    assert response.status_code in (302, 403)
    assert not CalendarDay.objects.exists()


def test_admin_user_without_the_calendar_permission_cannot_add_a_day(client):
    # Another group with access to the admin but not to the calendar.
    user = UserFactory(totp=True)
    moderators, _ = Group.objects.get_or_create(name="内容审核")
    user.groups.add(moderators)
    client.force_login_mfa(user)
    assert client.get(reverse(LIST)).status_code in (302, 403)
    response = client.post(reverse(ADD), form())
    assert response.status_code in (302, 403)
    assert not CalendarDay.objects.exists()
