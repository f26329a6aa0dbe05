"""Read-only aggregate queries over the catalogue and applications, for open data.

Nothing here reads applicant data: the catalogue query touches services,
departments and material requirements; the application queries group in the
database (``values`` + ``annotate``) so that only counts per month and service or
department ever leave it. Months are calendar months in ``Asia/Shanghai`` by the
submission time, so an application counts in the month it was submitted in, and
its later intake or decision is counted against that same month (a cohort view).
"""

from zoneinfo import ZoneInfo

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from applications.models import Application

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _monthly(group: tuple[str, ...]) -> QuerySet:
    status = Application.Status
    return (
        Application.objects.annotate(month=TruncMonth("submitted_at", tzinfo=SHANGHAI))
        .values("month", *group)
        .annotate(
            submitted=Count("pk"),
            accepted=Count("pk", filter=Q(accepted_at__isnull=False)),
            approved=Count("pk", filter=Q(status=status.APPROVED)),
            rejected=Count("pk", filter=Q(status=status.REJECTED)),
        )
        .order_by("month", *group)
    )


def application_monthly_by_service() -> QuerySet:
    """Dicts: month, service code/name, department code/name and the counts
    submitted, accepted, approved and rejected (by submission month)."""
    return _monthly(
        (
            "service__code",
            "service__name",
            "service__department__code",
            "service__department__name",
        )
    )


def application_monthly_by_department() -> QuerySet:
    """Dicts: month, department code/name and the same counts as by service."""
    return _monthly(("service__department__code", "service__department__name"))
