"""Working-day arithmetic for committed time limits (承诺时限).

Chinese public holidays and the weekend days made into working days (调休) come from
chinese-calendar, which only covers the years it was released for (2004-2026 in
1.11). Beyond its table we fall back to Monday-Friday and log a warning once per
year, so that a deadline is still computed; the maintained holiday table that admins
edit arrives with the deadlines work in the desk issue.
"""

import datetime
import logging
from functools import cache

import chinese_calendar

logger = logging.getLogger(__name__)


@cache
def _warn_unsupported(year: int) -> None:
    logger.warning(
        "chinese-calendar has no holiday table for %s; counting Monday-Friday only",
        year,
    )


def is_working_day(day: datetime.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        _warn_unsupported(day.year)
        return day.weekday() < 5


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The date ``days`` working days after ``start`` (``start`` itself not counted).

    Zero days (即办件) is the next working day on or after ``start``.
    """
    current = start
    if days == 0:
        while not is_working_day(current):
            current += datetime.timedelta(days=1)
        return current
    remaining = days
    while remaining:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(start: datetime.date, end: datetime.date) -> int:
    """Working days after ``start`` up to and including ``end``; negative when
    ``end`` is earlier (an overdue deadline)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    current = start
    while current < end:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            count += 1
    return count
