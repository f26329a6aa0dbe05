"""Working-day arithmetic for committed time limits (承诺时限).

Whether a day is a working day comes from three sources, in this order:

1. the official calendar table (``workdays.models.CalendarDay``) that
   administrators keep in the Wagtail admin: a public holiday, or a weekend day
   made into a working day (调休上班). A row always wins, so a published change
   or a correction needs no code release;
2. chinese-calendar, for the years it was released with (2004-2026 in 1.11);
3. Monday to Friday, for a year neither source covers. The table covers a year
   once it holds at least one holiday in it (every year has New Year's Day).

The fallback keeps deadlines computable, but it counts New Year's Day and the
Spring Festival as working days, so it is made visible: a system check
(``manage.py check``) warns while this year or the next is uncovered, and the
first deadline computed through an uncovered year logs a warning (once per
process and year).

Deadlines are computed on list pages, so each process keeps the table in memory,
tagged with a generation number in the shared Django cache
(``common.generation`` describes the mechanism, including what happens while the
cache is down): a save or delete of a calendar day bumps it (``connect()``, now
and again after commit; a bulk write calls ``bump()`` itself), and every process
reloads on its next computation. The generation is read once per HTTP request (a
list page computes a deadline per row) and once per computation outside a request
(tasks, shell); when the cache cannot be read, the table is read from the
database, and a day changed meanwhile is announced again once the cache answers.

Measured here for a 20-working-day deadline: 1.2-1.6 ms before (chinese-calendar
finds its range by scanning all its holidays for each day asked), 35-55 us now
within a request; outside one, add a generation read (0.25 ms on Redis here).
"""

import datetime
import logging
import threading
from dataclasses import dataclass
from functools import cache

import chinese_calendar
from chinese_calendar.constants import holidays as _library_holidays
from chinese_calendar.constants import workdays as _library_workdays
from django.core import checks
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from common.generation import SharedGeneration

logger = logging.getLogger(__name__)

GENERATION_KEY = "workdays:calendar-generation"
LIBRARY_YEARS = range(min(_library_holidays).year, max(_library_holidays).year + 1)


@cache
def _warn_uncovered(year: int) -> None:
    logger.warning(
        "No official holiday schedule for %s (neither the calendar table nor "
        "chinese-calendar covers it): counting Monday to Friday as working days. "
        "Enter the year's schedule in the admin (working-day calendar).",
        year,
    )


@dataclass(frozen=True)
class Calendar:
    """One snapshot of the calendar table: ``days`` maps a date to whether it is
    a working day; ``table_years`` are the years with at least one holiday."""

    days: dict[datetime.date, bool]
    table_years: frozenset[int]

    def covers(self, year: int) -> bool:
        return year in LIBRARY_YEARS or year in self.table_years

    def is_working_day(self, day: datetime.date) -> bool:
        entry = self.days.get(day)
        if entry is not None:
            return entry
        # The library's own tables, read directly: its is_workday() scans every
        # holiday to find its range on each call.
        if day.year in LIBRARY_YEARS:
            return day in _library_workdays or (
                day.weekday() < 5 and day not in _library_holidays
            )
        if day.year not in self.table_years:
            _warn_uncovered(day.year)
        return day.weekday() < 5


def load_calendar() -> Calendar:
    """The calendar table as it is in the database now."""
    from .models import CalendarDay

    days: dict[datetime.date, bool] = {}
    years: set[int] = set()
    for date, kind in CalendarDay.objects.order_by().values_list("date", "kind"):
        working = kind == CalendarDay.Kind.WORKING_DAY
        days[date] = working
        if not working:
            years.add(date.year)
    return Calendar(days=days, table_years=frozenset(years))


_lock = threading.Lock()
_state: dict = {"generation": None, "calendar": None}
# Within one HTTP request the generation is checked once, by the first
# computation: a list page computes a deadline per row.
_request = threading.local()


def _drop() -> None:
    with _lock:
        _state.update(generation=None, calendar=None)


_generation = SharedGeneration(GENERATION_KEY, label="calendar cache", on_drop=_drop)


def bump() -> None:
    """Make every process reload the table on its next computation."""
    # This thread's request sees its own change at once.
    _request.calendar = None
    _generation.bump()


def _checked_calendar() -> Calendar:
    generation = _generation.current()
    if generation is None:
        return load_calendar()
    with _lock:
        if _state["generation"] == generation and _state["calendar"] is not None:
            return _state["calendar"]
    calendar = load_calendar()
    with _lock:
        _state.update(generation=generation, calendar=calendar)
    return calendar


def current_calendar() -> Calendar:
    """The table as this process holds it, reloaded when another process (or
    this one) has changed it since."""
    if not getattr(_request, "active", False):
        return _checked_calendar()
    calendar = getattr(_request, "calendar", None)
    if calendar is None:
        calendar = _request.calendar = _checked_calendar()
    return calendar


def _request_started(**kwargs) -> None:
    _request.active, _request.calendar = True, None


def _request_finished(**kwargs) -> None:
    _request.active, _request.calendar = False, None


def _changed(**kwargs) -> None:
    # Now, for this process; and again after commit, because a read in another
    # process between the two could keep the table as it was.
    bump()
    transaction.on_commit(bump)


def connect() -> None:
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            _changed, sender="workdays.CalendarDay", dispatch_uid=f"calendar-{name}"
        )
    request_started.connect(_request_started, dispatch_uid="calendar-request-started")
    request_finished.connect(
        _request_finished, dispatch_uid="calendar-request-finished"
    )


def _as_date(day: datetime.date) -> datetime.date:
    return day.date() if isinstance(day, datetime.datetime) else day


def is_working_day(day: datetime.date) -> bool:
    return current_calendar().is_working_day(_as_date(day))


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted).

    Zero days (即办件) is the next working day on or after ``start``.
    """
    calendar = current_calendar()
    current = _as_date(start)
    if days == 0:
        while not calendar.is_working_day(current):
            current += datetime.timedelta(days=1)
        return current
    remaining = days
    while remaining:
        current += datetime.timedelta(days=1)
        if calendar.is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after ``start`` up to and including ``end``; negative when
    ``end`` is earlier (an overdue deadline)."""
    start, end = _as_date(start), _as_date(end)
    if end < start:
        return -working_days_between(end, start)
    calendar = current_calendar()
    count = 0
    current = start
    while current < end:
        current += datetime.timedelta(days=1)
        if calendar.is_working_day(current):
            count += 1
    return count


def check_calendar_coverage(
    app_configs=None, databases=None, **kwargs
) -> list[checks.CheckMessage]:
    """System check (a database check: ``check --database default`` and migrate
    run it with ``databases``): warn while this year or the next has no official
    schedule in either source (deadlines already run into the next year)."""
    if not databases or DEFAULT_DB_ALIAS not in databases:
        return []
    if app_configs is not None and not any(c.label == "workdays" for c in app_configs):
        return []
    this_year = timezone.localdate().year
    years = [y for y in (this_year, this_year + 1) if y not in LIBRARY_YEARS]
    if not years:
        return []
    try:
        from .models import CalendarDay

        if CalendarDay._meta.db_table not in connection.introspection.table_names():
            # Not migrated yet (migrate runs the database checks first): the
            # check speaks once the table exists.
            return []
        calendar = load_calendar()
    except DatabaseError as exc:
        # A configuration check without a database (CI's check --deploy) cannot
        # tell; a warning there would be noise, and the first computation logs.
        reason = (str(exc).strip().splitlines() or [""])[0][:200]
        return [
            checks.Info(
                "Could not read the working-day calendar table to see whether it "
                f"covers {', '.join(map(str, years))}: "
                f"{exc.__class__.__name__}: {reason}",
                id="workdays.I001",
            )
        ]
    return [
        checks.Warning(
            f"No official holiday schedule for {year}: chinese-calendar "
            f"{chinese_calendar.__version__} covers {LIBRARY_YEARS.start}-"
            f"{LIBRARY_YEARS.stop - 1} and the calendar table has no holiday in "
            f"{year}. Deadlines that run into {year} count Monday to Friday only, "
            "public holidays included.",
            hint=(
                f"Once the State Council publishes the {year} schedule, enter its "
                "holidays and adjusted working days in the Wagtail admin under "
                "'Working-day calendar' (工作日历)."
            ),
            obj="workdays.CalendarDay",
            id="workdays.W001",
        )
        for year in years
        if not calendar.covers(year)
    ]
