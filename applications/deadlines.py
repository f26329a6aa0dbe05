"""Deadline facts shown with an application: the committed date, the working days
left or overdue, and whether the clock is paused.

The committed clock (承诺时限) starts at intake and counts working days
(``services.workdays``). While a one-time notice awaits materials the clock stops:
on the supplement, ``due_date`` moves on by the working days the notice was open
(``applications.actions.supplement``). So while a notice is open, the days left shown
are those that remained when it was issued, frozen, and not a count-down to a date
that is going to move; nothing is shown as overdue then.
"""

import datetime

from django.utils import timezone

from applications.models import Application, OneTimeNotice
from workdays.calendar import working_days_between


def deadline_facts(
    application: Application,
    *,
    notice_issued_at: datetime.datetime | None = None,
    today: datetime.date | None = None,
) -> dict:
    """``deadline``, and for an open application with a deadline ``days_left``,
    ``days_overdue`` and ``clock_paused``. ``notice_issued_at`` is when the open
    notice was issued (read here when not given)."""
    facts: dict = {"deadline": application.due_date}
    if not application.due_date or not application.is_open:
        return facts
    paused = application.status == Application.Status.NOTICE
    if paused and notice_issued_at is None:
        notice_issued_at = open_notice_issued_at([application]).get(application.pk)
    if paused and notice_issued_at is not None:
        start = timezone.localdate(notice_issued_at)
    else:
        start = today or timezone.localdate()
    left = working_days_between(start, application.due_date)
    facts["days_left"] = max(left, 0)
    facts["days_overdue"] = 0 if paused else max(-left, 0)
    facts["clock_paused"] = paused
    return facts


def open_notice_issued_at(applications) -> dict[int, datetime.datetime]:
    """{application id: when its open notice was issued} for those awaiting
    materials, in one query."""
    waiting = [a.pk for a in applications if a.status == Application.Status.NOTICE]
    if not waiting:
        return {}
    return dict(
        OneTimeNotice.objects.filter(
            application_id__in=waiting, status=OneTimeNotice.Status.ISSUED
        )
        .order_by()
        .values_list("application_id", "issued_at")
    )


def with_deadline_facts(applications) -> list:
    """The applications, each with ``deadline_facts`` as ``.deadline_facts``
    (one query for the open notices of the whole list)."""
    applications = list(applications)
    issued = open_notice_issued_at(applications)
    today = timezone.localdate()
    for application in applications:
        application.deadline_facts = deadline_facts(
            application, notice_issued_at=issued.get(application.pk), today=today
        )
    return applications
