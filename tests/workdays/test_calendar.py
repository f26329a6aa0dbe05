"""Working days: the official calendar table first, then chinese-calendar, then
Monday to Friday for a year neither covers (made visible by a system check and a
log warning). The 2027 days below are test data, not the published schedule."""

import datetime
import logging

import pytest
from django.core import checks
from django.core.cache import cache as shared_cache

from common.generation import SharedGeneration
from workdays import calendar as workdays
from workdays.calendar import (
    add_working_days,
    check_calendar_coverage,
    is_working_day,
    working_days_between,
)
from workdays.models import CalendarDay

HOLIDAY = CalendarDay.Kind.HOLIDAY
WORKING_DAY = CalendarDay.Kind.WORKING_DAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_warnings():
    workdays._warn_uncovered.cache_clear()
    yield
    workdays._warn_uncovered.cache_clear()


@pytest.fixture
def today(monkeypatch):
    def set_today(day: datetime.date) -> None:
        monkeypatch.setattr(
            workdays.timezone, "localdate", lambda value=None, timezone=None: day
        )

    return set_today


def day(date: datetime.date, kind=HOLIDAY, name="元旦") -> CalendarDay:
    return CalendarDay.objects.create(date=date, kind=kind, name=name, note="测试")


def test_weekend_is_not_a_working_day():
    assert not is_working_day(datetime.date(2026, 11, 21))  # Saturday
    assert is_working_day(datetime.date(2026, 11, 23))  # Monday


def test_adjusted_weekend_working_day_counts():
    # Saturday 10 October 2026 is a working day made up for the National Day holiday.
    assert is_working_day(datetime.date(2026, 10, 10))


def test_add_working_days_skips_weekend():
    assert add_working_days(datetime.date(2026, 11, 20), 1) == datetime.date(
        2026, 11, 23
    )


def test_zero_days_means_same_or_next_working_day():
    assert add_working_days(datetime.date(2026, 11, 20), 0) == datetime.date(
        2026, 11, 20
    )
    assert add_working_days(datetime.date(2026, 11, 21), 0) == datetime.date(
        2026, 11, 23
    )


def test_working_days_between_is_inverse_of_add():
    start = datetime.date(2026, 11, 2)
    assert working_days_between(start, add_working_days(start, 7)) == 7
    assert working_days_between(add_working_days(start, 7), start) == -7


def test_holiday_in_the_table_is_not_a_working_day():
    day(datetime.date(2027, 1, 1))  # a Friday
    assert not is_working_day(datetime.date(2027, 1, 1))


def test_holiday_in_the_table_moves_the_deadline_later():
    start = datetime.date(2026, 12, 31)
    assert add_working_days(start, 2) == datetime.date(2027, 1, 4)
    day(datetime.date(2027, 1, 1))
    assert add_working_days(start, 2) == datetime.date(2027, 1, 5)
    assert working_days_between(start, datetime.date(2027, 1, 5)) == 2


def test_adjusted_working_day_in_the_table_counts_on_a_weekend():
    day(datetime.date(2027, 1, 1))
    day(datetime.date(2027, 1, 9), kind=WORKING_DAY)  # a Saturday
    assert is_working_day(datetime.date(2027, 1, 9))
    assert add_working_days(datetime.date(2027, 1, 8), 1) == datetime.date(2027, 1, 9)


def test_table_overrides_the_library_for_a_year_it_covers():
    monday = datetime.date(2026, 11, 23)
    saturday = datetime.date(2026, 11, 28)
    day(monday, name="临时调整")
    day(saturday, kind=WORKING_DAY, name="临时调整")
    assert not is_working_day(monday)
    assert is_working_day(saturday)
    assert add_working_days(datetime.date(2026, 11, 20), 1) == datetime.date(
        2026, 11, 24
    )


def test_deleting_a_table_day_restores_the_library_answer():
    entry = day(datetime.date(2026, 11, 23), name="临时调整")
    assert not is_working_day(datetime.date(2026, 11, 23))
    entry.delete()
    assert is_working_day(datetime.date(2026, 11, 23))


def test_change_made_by_another_process_is_seen_after_the_generation_bump():
    monday = datetime.date(2026, 11, 23)
    assert is_working_day(monday)
    # Another process writes the row: no signal here, only the shared generation.
    CalendarDay.objects.bulk_create(
        [CalendarDay(date=monday, kind=HOLIDAY, name="临时调整")]
    )
    assert is_working_day(monday)  # this process still holds its copy
    SharedGeneration(workdays.GENERATION_KEY, label="another process").bump()
    assert not is_working_day(monday)


def test_uncovered_year_counts_monday_to_friday():
    assert is_working_day(datetime.date(2027, 1, 1))  # Friday, nothing known
    assert not is_working_day(datetime.date(2027, 1, 2))  # Saturday


def test_deadline_through_an_uncovered_year_logs_a_warning_once(caplog):
    with caplog.at_level(logging.WARNING, logger="workdays.calendar"):
        due = add_working_days(datetime.date(2026, 12, 31), 2)
        add_working_days(datetime.date(2026, 12, 30), 3)
    assert due == datetime.date(2027, 1, 4)
    warnings = [r for r in caplog.records if "2027" in r.getMessage()]
    assert len(warnings) == 1


def test_year_with_holidays_in_the_table_is_not_logged_as_uncovered(caplog):
    day(datetime.date(2027, 1, 1))
    with caplog.at_level(logging.WARNING, logger="workdays.calendar"):
        add_working_days(datetime.date(2026, 12, 31), 5)
    assert not caplog.records


def test_system_check_warns_when_next_year_is_uncovered(today):
    today(datetime.date(2026, 11, 21))
    messages = check_calendar_coverage(databases=["default"])
    assert [m.id for m in messages] == ["workdays.W001"]
    assert messages[0].level == checks.WARNING
    assert "2027" in messages[0].msg


def test_system_check_runs_with_the_database_checks(today):
    """Registered as a database check: ``check --database default`` and migrate
    run it; other management commands do not read the table."""
    today(datetime.date(2026, 11, 21))
    ids = [m.id for m in checks.run_checks(databases=["default"])]
    assert "workdays.W001" in ids
    assert "workdays.W001" not in [m.id for m in checks.run_checks()]


def test_system_check_is_quiet_once_the_table_covers_the_next_year(today):
    today(datetime.date(2026, 11, 21))
    day(datetime.date(2027, 1, 1))
    assert check_calendar_coverage(databases=["default"]) == []


def test_system_check_warns_for_each_uncovered_year(today):
    today(datetime.date(2027, 3, 1))
    messages = check_calendar_coverage(databases=["default"])
    assert sorted(m.msg.split(":")[0] for m in messages) == [
        "No official holiday schedule for 2027",
        "No official holiday schedule for 2028",
    ]


def test_system_check_is_quiet_while_the_library_covers_both_years(today):
    today(datetime.date(2025, 6, 1))
    assert check_calendar_coverage(databases=["default"]) == []


def test_system_check_reports_an_unreadable_table_as_information(today, monkeypatch):
    from django.db import OperationalError

    def unreadable():
        raise OperationalError("could not connect to server")

    today(datetime.date(2026, 11, 21))
    monkeypatch.setattr(workdays, "load_calendar", unreadable)
    messages = check_calendar_coverage(databases=["default"])
    assert [(m.id, m.level) for m in messages] == [("workdays.I001", checks.INFO)]


def test_system_check_is_quiet_before_the_table_is_migrated(today, monkeypatch):
    """migrate runs the database checks before it creates the table."""
    from django.db import connection

    today(datetime.date(2026, 11, 21))
    monkeypatch.setattr(connection.introspection, "table_names", lambda: [])
    assert check_calendar_coverage(databases=["default"]) == []


def test_generation_is_read_once_per_request(monkeypatch):
    reads = []
    read = workdays._generation.current
    monkeypatch.setattr(
        workdays._generation, "current", lambda: reads.append(1) or read()
    )
    workdays._request_started()
    try:
        for _ in range(5):
            add_working_days(datetime.date(2026, 11, 2), 3)
    finally:
        workdays._request_finished()
    assert len(reads) == 1


def test_change_within_a_request_is_seen_by_the_same_request():
    monday = datetime.date(2026, 11, 23)
    workdays._request_started()
    try:
        assert is_working_day(monday)
        day(monday, name="临时调整")
        assert not is_working_day(monday)
    finally:
        workdays._request_finished()


def test_unreadable_shared_cache_reads_the_table_from_the_database(monkeypatch):
    monday = datetime.date(2026, 11, 23)
    assert is_working_day(monday)
    CalendarDay.objects.bulk_create(  # no signal: only a reload can see it
        [CalendarDay(date=monday, kind=HOLIDAY, name="临时调整")]
    )

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(shared_cache, "get", down)
    assert not is_working_day(monday)
