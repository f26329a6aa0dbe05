"""Entering a year's official holiday schedule at once (the working-day calendar's
"Enter a year's schedule" page in the Wagtail admin, ``workdays.views``).

The State Council publishes each year's schedule as a handful of holidays (date
ranges) and adjusted working days (调休上班, single weekend dates). Flow:

1. ``schedule_parse`` reads what the editor typed - holidays one per line as
   ``2027-02-06..2027-02-12 春节`` or ``2027-10-01 国庆节``, adjusted working days
   one per line as ``2027-02-20 春节`` - and returns the days, or raises
   ``ScheduleInvalid`` with every faulty line's error;
2. ``schedule_plan`` sets those days against the rows already in the table: a
   day is new, unchanged, or replaces a different row (a conflict), and the
   other rows of the year are kept as they are;
3. the page shows that plan; ``workdays.actions.schedule_save`` writes it in
   one transaction, or nothing: conflicts only with the editor's explicit
   choice, and only if the plan is still the one previewed (its ``digest``), so
   that a row another editor entered meanwhile is never replaced unseen.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property

from django.utils import formats
from django.utils.translation import gettext as _

from .models import CalendarDay

Kind = CalendarDay.Kind

# The longest published holiday (Spring Festival, National Day) is 8-9 days;
# a longer range is a typing error.
MAX_HOLIDAY_DAYS = 15
MAX_LINES = 40
NAME_LENGTH = CalendarDay._meta.get_field("name").max_length

_DATE = r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
_LINE = re.compile(
    rf"(?P<start>{_DATE})(?:\s*\.\.\s*(?P<end>{_DATE}))?(?:\s+(?P<name>\S.*))?"
)


@dataclass(frozen=True)
class Day:
    date: datetime.date
    kind: str
    name: str
    line: int  # in its own box, counted from 1

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label


@dataclass(frozen=True)
class Schedule:
    year: int
    days: tuple[Day, ...]  # in date order
    note: str = ""

    @property
    def holidays(self) -> list[Day]:
        return [d for d in self.days if d.kind == Kind.HOLIDAY]

    @property
    def working_days(self) -> list[Day]:
        return [d for d in self.days if d.kind == Kind.WORKING_DAY]


class ScheduleInvalid(Exception):
    """``errors`` maps "holidays" and "working_days" to their lines' errors."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


class ScheduleChanged(Exception):
    """The table changed since the preview: show the new plan before saving."""


class ReplaceNotConfirmed(Exception):
    """The plan replaces existing rows and the editor did not choose to."""


def _date(text: str) -> datetime.date | None:
    year, month, day = (int(part) for part in text.split("-"))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def example_saturday(year: int) -> datetime.date:
    """A Saturday in late February of ``year``, for examples in help and errors."""
    day = datetime.date(year, 2, 20)
    return day + datetime.timedelta(days=(5 - day.weekday()) % 7)


def _weekday(date: datetime.date) -> str:
    return formats.date_format(date, "l")


def _line_days(text: str, number: int, *, year: int, kind: str) -> list[Day]:  # noqa: C901
    """The days of one line, or ValueError with the message for it."""
    match = _LINE.fullmatch(text)
    if match is None:
        if kind == Kind.HOLIDAY:
            raise ValueError(
                _(
                    "write a date (%(day)s) or a range of dates (%(range)s), "
                    "then the holiday's name."
                )
                % {"day": f"{year}-10-01", "range": f"{year}-10-01..{year}-10-07"}
            )
        raise ValueError(
            _("write one date (%(day)s), then the name of the holiday it is for.")
            % {"day": example_saturday(year).isoformat()}
        )
    if kind == Kind.WORKING_DAY and match["end"]:
        raise ValueError(
            _("one date per line: an adjusted working day is a single day.")
        )
    dates = []
    for text_date in (match["start"], match["end"] or match["start"]):
        date = _date(text_date)
        if date is None:
            raise ValueError(_("%(text)s is not a date.") % {"text": text_date})
        if date.year != year:
            raise ValueError(
                _("%(date)s is not in %(year)s.")
                % {"date": date.isoformat(), "year": year}
            )
        dates.append(date)
    start, end = dates
    if end < start:
        raise ValueError(
            _("the range ends on %(end)s, before it starts on %(start)s.")
            % {"start": start.isoformat(), "end": end.isoformat()}
        )
    length = (end - start).days + 1
    if length > MAX_HOLIDAY_DAYS:
        raise ValueError(
            _(
                "%(days)s days is longer than any published holiday (at most "
                "%(max)s days): check the dates."
            )
            % {"days": length, "max": MAX_HOLIDAY_DAYS}
        )
    if kind == Kind.WORKING_DAY and start.weekday() < 5:
        raise ValueError(
            _(
                "%(date)s is a %(weekday)s: an adjusted working day is a Saturday "
                "or a Sunday (Monday to Friday are working days already)."
            )
            % {"date": start.isoformat(), "weekday": _weekday(start)}
        )
    name = (match["name"] or "").strip()
    if not name:
        if kind == Kind.HOLIDAY:
            raise ValueError(
                _("the holiday's name is missing: write it after the dates.")
            )
        raise ValueError(
            _("the name of the holiday this working day is for is missing.")
        )
    if len(name) > NAME_LENGTH:
        raise ValueError(
            _("the name is longer than %(max)s characters.") % {"max": NAME_LENGTH}
        )
    return [
        Day(start + datetime.timedelta(days=offset), kind, name, number)
        for offset in range(length)
    ]


def _box_days(
    text: str, *, year: int, kind: str, taken: dict[datetime.date, Day]
) -> tuple[list[Day], list[str]]:
    days: list[Day] = []
    errors: list[str] = []
    lines = text.replace("\u3000", " ").splitlines()  # ideographic spaces
    if sum(1 for line in lines if line.strip()) > MAX_LINES:
        return [], [_("Enter at most %(max)s lines.") % {"max": MAX_LINES}]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            found = _line_days(line.strip(), number, year=year, kind=kind)
            for day in found:
                earlier = taken.get(day.date)
                if earlier is None:
                    continue
                if earlier.kind != kind:
                    raise ValueError(
                        _(
                            "%(date)s is also listed as a holiday, on line "
                            "%(line)s of the holidays."
                        )
                        % {"date": day.date.isoformat(), "line": earlier.line}
                    )
                raise ValueError(
                    _("%(date)s is already listed on line %(line)s.")
                    % {"date": day.date.isoformat(), "line": earlier.line}
                )
        except ValueError as error:
            errors.append(
                _("Line %(number)s: %(error)s") % {"number": number, "error": error}
            )
            continue
        for day in found:
            taken[day.date] = day
        days.extend(found)
    return days, errors


def schedule_parse(
    *, year: int, holidays: str, working_days: str, note: str = ""
) -> Schedule:
    """The schedule the two boxes describe, or ``ScheduleInvalid``."""
    taken: dict[datetime.date, Day] = {}
    holiday_days, holiday_errors = _box_days(
        holidays, year=year, kind=Kind.HOLIDAY, taken=taken
    )
    working, working_errors = _box_days(
        working_days, year=year, kind=Kind.WORKING_DAY, taken=taken
    )
    errors = {
        field: messages
        for field, messages in (
            ("holidays", holiday_errors),
            ("working_days", working_errors),
        )
        if messages
    }
    if errors:
        raise ScheduleInvalid(errors)
    days = sorted(holiday_days + working, key=lambda day: day.date)
    return Schedule(year=year, days=tuple(days), note=note.strip())


@dataclass(frozen=True)
class PlannedDay:
    day: Day
    existing: CalendarDay | None
    note: str

    @property
    def is_new(self) -> bool:
        return self.existing is None

    @property
    def is_unchanged(self) -> bool:
        existing = self.existing
        if existing is None:
            return False
        entered = (self.day.kind, self.day.name, self.note)
        return (existing.kind, existing.name, existing.note) == entered

    @property
    def is_conflict(self) -> bool:
        return self.existing is not None and not self.is_unchanged


@dataclass(frozen=True)
class Plan:
    schedule: Schedule
    days: tuple[PlannedDay, ...]
    kept: tuple[CalendarDay, ...]  # other rows of the year, left as they are

    @property
    def new(self) -> list[PlannedDay]:
        return [p for p in self.days if p.is_new]

    @property
    def unchanged(self) -> list[PlannedDay]:
        return [p for p in self.days if p.is_unchanged]

    @property
    def conflicts(self) -> list[PlannedDay]:
        return [p for p in self.days if p.is_conflict]

    @cached_property
    def digest(self) -> str:
        """Identifies what this plan would write over what (not a secret: the
        save re-checks everything, this only tells it the preview is current)."""
        rows = [
            [
                p.day.date.isoformat(),
                p.day.kind,
                p.day.name,
                None
                if p.existing is None
                else [p.existing.pk, p.existing.kind, p.existing.name, p.existing.note],
            ]
            for p in self.days
        ]
        payload = json.dumps([self.schedule.year, self.schedule.note, rows])
        return hashlib.sha256(payload.encode()).hexdigest()


def plan_for(schedule: Schedule, existing: dict[datetime.date, CalendarDay]) -> Plan:
    kept = (
        CalendarDay.objects.filter(date__year=schedule.year)
        .exclude(date__in=[day.date for day in schedule.days])
        .order_by("date")
    )
    return Plan(
        schedule=schedule,
        days=tuple(
            PlannedDay(day, existing.get(day.date), schedule.note)
            for day in schedule.days
        ),
        kept=tuple(kept),
    )


def schedule_plan(schedule: Schedule) -> Plan:
    """What saving ``schedule`` would do to the table as it is now."""
    dates = [day.date for day in schedule.days]
    existing = {row.date: row for row in CalendarDay.objects.filter(date__in=dates)}
    return plan_for(schedule, existing)
