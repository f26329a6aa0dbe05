"""Entering a year's holiday schedule at once in the working-day calendar admin
(``workdays.views``, ``workdays.schedule``): strict per-line
checks that keep the input, a preview of every date and of the rows it would
replace, and a save of all the days in one transaction, which deadlines use at
once. The 2027 days are test data, not the published schedule."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from identity import groups
from tests.factories import StaffUserFactory, UserFactory
from workdays import actions as calendar_actions
from workdays import calendar as workdays
from workdays.actions import schedule_save
from workdays.calendar import add_working_days, is_working_day
from workdays.models import CalendarDay
from workdays.schedule import schedule_parse, schedule_plan

pytestmark = pytest.mark.django_db

SCHEDULE = "wagtailsnippets_workdays_calendarday:schedule"
LIST = "wagtailsnippets_workdays_calendarday:list"
HOLIDAY = CalendarDay.Kind.HOLIDAY
WORKING_DAY = CalendarDay.Kind.WORKING_DAY
SPRING = "2027-02-06..2027-02-12 春节"  # Saturday to Friday
NATIONAL = "2027-10-01 国庆节"  # a Friday
MAKE_UP = "2027-02-20 春节"  # a Saturday


@pytest.fixture(autouse=True)
def today(monkeypatch):
    """Late 2026: the year choices are 2025 to 2028."""
    day = datetime.date(2026, 11, 21)
    monkeypatch.setattr(
        "django.utils.timezone.localdate", lambda value=None, timezone=None: day
    )


@pytest.fixture
def editor_client(client):
    """An editor whose admin speaks English (new strings are not translated yet;
    the admin follows the user's profile, not the language cookie)."""
    user = UserFactory(totp=True)
    user.groups.add(Group.objects.get(name=groups.EDITOR))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login_mfa(user)
    return client


def form(**changes) -> dict:
    data = {
        "year": "2027",
        "holidays": f"{SPRING}\n{NATIONAL}",
        "working_days": MAKE_UP,
        "note": "国办发明电〔2026〕测试号",
    }
    data.update(changes)
    return data


def preview(client, **changes):
    return client.post(reverse(SCHEDULE), {**form(**changes), "preview": "1"})


def save(client, *, replace=False, **changes):
    previewed = preview(client, **changes)
    data = {**form(**changes), "save": "1", "digest": previewed.context["plan"].digest}
    if replace:
        data["replace"] = "on"
    return client.post(reverse(SCHEDULE), data)


def row(date: str, kind=HOLIDAY, name="旧名称", note="") -> CalendarDay:
    return CalendarDay.objects.create(
        date=datetime.date.fromisoformat(date), kind=kind, name=name, note=note
    )


def parsed(**changes):
    data = form(**changes)
    return schedule_parse(
        year=int(data["year"]),
        holidays=data["holidays"],
        working_days=data["working_days"],
        note=data["note"],
    )


# --- who may use the page ------------------------------------------------------


def test_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(reverse(SCHEDULE))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_admin_user_who_may_only_view_the_calendar_gets_403(client):
    user = UserFactory(totp=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_calendarday"),
    )
    client.force_login_mfa(user)
    assert client.get(reverse(SCHEDULE)).status_code == 403
    response = client.post(reverse(SCHEDULE), {**form(), "save": "1"})
    assert response.status_code == 403
    assert not CalendarDay.objects.exists()


def test_window_staff_without_admin_access_cannot_save(client):
    client.force_login_mfa(StaffUserFactory())
    response = client.post(reverse(SCHEDULE), {**form(), "save": "1"})
    assert response.status_code == 403
    assert not CalendarDay.objects.exists()


def test_calendar_list_links_editors_to_the_schedule_page(editor_client):
    page = editor_client.get(reverse(LIST)).content.decode()
    assert reverse(SCHEDULE) in page


# --- strict checks, each keeping what was typed ----------------------------------


@pytest.mark.parametrize(
    ("field", "line", "error"),
    [
        ("holidays", "2027-02-30 春节", "Line 1: 2027-02-30 is not a date."),
        (
            "holidays",
            "2027-02-12..2027-02-06 春节",
            "Line 1: the range ends on 2027-02-06, before it starts on 2027-02-12.",
        ),
        ("holidays", "2027-01-01..2027-01-20 元旦", "Line 1: 20 days is longer"),
        ("holidays", "2027-10-01", "Line 1: the holiday's name is missing"),
        ("holidays", "2028-01-01 元旦", "Line 1: 2028-01-01 is not in 2027."),
        ("holidays", "10月1日 国庆节", "Line 1: write a date (2027-10-01)"),
        ("working_days", "2027-02-15 春节", "2027-02-15 is a Monday"),
        ("working_days", "2026-12-26 元旦", "Line 1: 2026-12-26 is not in 2027."),
        ("working_days", "2027-02-20", "is for is missing"),
        ("working_days", "2027-02-20..2027-02-21 春节", "one date per line"),
        (
            "working_days",
            "2027-02-07 春节",
            "Line 1: 2027-02-07 is also listed as a holiday, on line 1 of the "
            "holidays.",
        ),
    ],
    ids=[
        "bad-date",
        "end-before-start",
        "over-15-days",
        "no-name",
        "other-year",
        "not-a-date-line",
        "working-day-on-a-weekday",
        "working-day-in-another-year",
        "working-day-without-a-name",
        "working-day-range",
        "holiday-listed-as-working-day",
    ],
)
def test_invalid_line_is_refused_with_its_error_keeping_the_text(
    editor_client, field, line, error
):
    text = f"{SPRING}\n{line}" if field == "holidays" else line
    if field == "holidays":
        error = error.replace("Line 1:", "Line 2:")
    response = preview(editor_client, **{field: text})
    assert response.status_code == 200
    assert any(
        error in message for message in response.context["form"].errors[field]
    ), response.context["form"].errors
    assert line in response.content.decode()
    assert response.context["plan"] is None


def test_overlapping_holiday_ranges_name_the_earlier_line(editor_client):
    response = preview(editor_client, holidays=f"{SPRING}\n2027-02-12..2027-02-13 春节")
    assert response.context["form"].errors["holidays"] == [
        "Line 2: 2027-02-12 is already listed on line 1."
    ]


def test_every_faulty_line_is_reported_with_its_number(editor_client):
    response = preview(
        editor_client, holidays=f"2027-13-01 甲\n{NATIONAL}\n\n2027-05-01"
    )
    errors = response.context["form"].errors["holidays"]
    assert [error.split(":")[0] for error in errors] == ["Line 1", "Line 4"]


def test_year_outside_the_offered_years_is_refused(editor_client):
    response = preview(editor_client, year="2031")
    assert response.context["form"].errors["year"]


# --- the preview -----------------------------------------------------------------


def test_preview_lists_every_date_and_saves_nothing(editor_client):
    response = preview(editor_client)
    plan = response.context["plan"]
    assert [p.day.date.isoformat() for p in plan.days] == [
        "2027-02-06",
        "2027-02-07",
        "2027-02-08",
        "2027-02-09",
        "2027-02-10",
        "2027-02-11",
        "2027-02-12",
        "2027-02-20",
        "2027-10-01",
    ]
    page = response.content.decode()
    assert "Days off: 8. Adjusted working days: 1." in page
    assert "2027-02-09" in page
    assert not CalendarDay.objects.exists()


def test_preview_lists_conflicts_with_existing_rows(editor_client):
    row("2027-02-08", name="临时调整", note="旧通知")
    row("2027-10-01", name="国庆节", note="国办发明电〔2026〕测试号")  # identical
    response = preview(editor_client)
    plan = response.context["plan"]
    assert [p.day.date.isoformat() for p in plan.conflicts] == ["2027-02-08"]
    assert [p.day.date.isoformat() for p in plan.unchanged] == ["2027-10-01"]
    page = response.content.decode()
    assert "Conflicts: dates in the calendar already" in page
    assert "临时调整 (旧通知)" in page
    assert 'name="replace"' in page


def test_preview_shows_other_days_of_the_year_as_kept(editor_client):
    row("2027-05-03", name="劳动节")
    response = preview(editor_client)
    assert [r.name for r in response.context["plan"].kept] == ["劳动节"]
    assert "kept as they are" in response.content.decode()


# --- saving ----------------------------------------------------------------------


def test_save_creates_exactly_the_previewed_rows(editor_client):
    response = save(editor_client)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse(LIST)}?year=2027"
    rows = list(CalendarDay.objects.values_list("date", "kind", "name", "note"))
    note = "国办发明电〔2026〕测试号"
    spring = [(datetime.date(2027, 2, d), HOLIDAY, "春节", note) for d in range(6, 13)]
    assert rows == [
        *spring,
        (datetime.date(2027, 2, 20), WORKING_DAY, "春节", note),
        (datetime.date(2027, 10, 1), HOLIDAY, "国庆节", note),
    ]


def test_saved_rows_are_in_the_admin_history(editor_client):
    save(editor_client)
    assert ModelLogEntry.objects.filter(action="wagtail.create").count() == 9


def test_conflicts_are_not_replaced_without_the_explicit_choice(editor_client):
    existing = row("2027-02-08", name="临时调整")
    response = save(editor_client)
    assert response.status_code == 200
    assert "Choose to replace them" in response.content.decode()
    assert list(CalendarDay.objects.all()) == [existing]
    existing.refresh_from_db()
    assert existing.name == "临时调整"


def test_replace_choice_updates_the_existing_rows(editor_client):
    existing = row("2027-02-08", kind=WORKING_DAY, name="临时调整")
    assert save(editor_client, replace=True).status_code == 302
    existing.refresh_from_db()
    assert (existing.kind, existing.name) == (HOLIDAY, "春节")
    assert CalendarDay.objects.count() == 9


def test_saved_message_counts_added_and_replaced_days(editor_client):
    row("2027-02-08", name="临时调整")
    row("2027-10-01", name="国庆节", note="国办发明电〔2026〕测试号")
    response = save(editor_client, replace=True)
    page = editor_client.get(response["Location"]).content.decode()
    assert (
        "The 2027 schedule is saved. Days added: 7; replaced: 1; already in the "
        "calendar: 1." in page
    )


def test_row_entered_after_the_preview_is_not_replaced_unseen(editor_client):
    previewed = preview(editor_client)
    entered_meanwhile = row("2027-02-09", name="另一位编辑")
    data = {
        **form(),
        "save": "1",
        "replace": "on",
        "digest": previewed.context["plan"].digest,
    }
    response = editor_client.post(reverse(SCHEDULE), data)
    assert response.status_code == 200
    assert "changed since the preview" in response.content.decode()
    assert list(CalendarDay.objects.all()) == [entered_meanwhile]
    assert [p.existing for p in response.context["plan"].conflicts] == [
        entered_meanwhile
    ]


def test_save_with_one_faulty_line_saves_nothing(editor_client):
    response = editor_client.post(
        reverse(SCHEDULE),
        {**form(working_days=f"{MAKE_UP}\n2027-02-15 春节"), "save": "1"},
    )
    assert response.status_code == 200
    assert not CalendarDay.objects.exists()


def test_failure_during_the_save_leaves_no_row(monkeypatch):
    schedule = parsed()
    digest = schedule_plan(schedule).digest

    def fail(**kwargs):
        raise RuntimeError("history unavailable")

    monkeypatch.setattr(calendar_actions, "log", fail)
    with pytest.raises(RuntimeError):
        schedule_save(
            schedule=schedule, digest=digest, replace=False, user=UserFactory()
        )
    assert not CalendarDay.objects.exists()


def test_deadlines_use_the_saved_days_at_once(editor_client):
    friday_before = datetime.date(2027, 2, 5)
    assert add_working_days(friday_before, 1) == datetime.date(2027, 2, 8)
    save(editor_client)
    assert add_working_days(friday_before, 1) == datetime.date(2027, 2, 15)
    assert is_working_day(datetime.date(2027, 2, 20))


def test_other_processes_reload_after_the_commit(
    editor_client, django_capture_on_commit_callbacks
):
    assert is_working_day(datetime.date(2027, 2, 8))
    idle = dict(workdays._state)  # what another process holds
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save(editor_client)
    assert workdays.bump in callbacks
    workdays._state.update(idle)
    assert not is_working_day(datetime.date(2027, 2, 8))
