"""Writes to the working-day calendar.

``schedule_save`` writes a year's previewed schedule (``workdays.schedule``) in one
transaction. Bulk writes send no model signals, so the save bumps the calendar's
generation itself (``workdays.calendar``: now, and once after commit), and logs
every row it creates or changes in Wagtail's history as the one-day editing view
does.
"""

from django.db import IntegrityError, transaction
from wagtail.log_actions import log

from . import calendar
from .models import CalendarDay
from .schedule import Plan, ReplaceNotConfirmed, Schedule, ScheduleChanged, plan_for


def schedule_save(*, schedule: Schedule, digest: str, replace: bool, user) -> Plan:
    """Write the previewed plan (``digest``) in one transaction.

    Raises ``ScheduleChanged`` when the table no longer matches the preview, and
    ``ReplaceNotConfirmed`` when the plan replaces rows and ``replace`` is False;
    nothing is written then. The caller checks the admin permission to add days.
    """
    dates = [day.date for day in schedule.days]
    try:
        with transaction.atomic():
            existing = {
                row.date: row
                for row in CalendarDay.objects.select_for_update().filter(
                    date__in=dates
                )
            }
            plan = plan_for(schedule, existing)
            if plan.digest != digest:
                raise ScheduleChanged
            if plan.conflicts and not replace:
                raise ReplaceNotConfirmed
            created = CalendarDay.objects.bulk_create(
                [
                    CalendarDay(
                        date=p.day.date, kind=p.day.kind, name=p.day.name, note=p.note
                    )
                    for p in plan.new
                ]
            )
            # New instances: the plan keeps the rows as they were, for the caller.
            replaced = [
                CalendarDay(
                    pk=p.existing.pk,
                    date=p.day.date,
                    kind=p.day.kind,
                    name=p.day.name,
                    note=p.note,
                )
                for p in plan.conflicts
            ]
            CalendarDay.objects.bulk_update(replaced, ["kind", "name", "note"])
            for rows, action in (
                (created, "wagtail.create"),
                (replaced, "wagtail.edit"),
            ):
                for row in rows:
                    log(instance=row, action=action, user=user, content_changed=True)
            # This process at once (a deadline computed in this transaction),
            # and every process once the rows are visible to them.
            calendar.bump()
            transaction.on_commit(calendar.bump)
    except IntegrityError:
        # A day entered by someone else between the preview and this save.
        raise ScheduleChanged from None
    return plan
