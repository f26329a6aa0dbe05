import datetime
import logging

from services.workdays import add_working_days, is_working_day, working_days_between


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


def test_year_beyond_holiday_table_falls_back_with_warning(caplog):
    with caplog.at_level(logging.WARNING):
        due = add_working_days(datetime.date(2026, 12, 31), 2)
    assert due == datetime.date(2027, 1, 4)
    assert "2027" in caplog.text


def test_working_days_between_is_inverse_of_add():
    start = datetime.date(2026, 11, 2)
    assert working_days_between(start, add_working_days(start, 7)) == 7
    assert working_days_between(add_working_days(start, 7), start) == -7
