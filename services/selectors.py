"""Read queries for the catalogue, My Portal and the desk."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from identity.models import User

from .models import Application, Department, Service


def service_search(*, query: str = "", department: str = "") -> QuerySet[Service]:
    services = Service.objects.active().select_related("department")
    # PostgreSQL refuses NUL characters in text; they never belong in a search.
    query = query.replace("\x00", "").strip()[:100]
    department = department.replace("\x00", "")
    if query:
        services = services.filter(
            Q(name__icontains=query)
            | Q(aliases__icontains=query)
            | Q(keywords__icontains=query)
            | Q(summary__icontains=query)
        )
    if department:
        services = services.filter(department__code=department)
    return services.order_by("department__code", "code")


def service_popular(*, limit: int = 8) -> list[Service]:
    """Services shown first on the home page: those fully online, most applied for
    later (application statistics arrive with the open-data work)."""
    return list(
        Service.objects.active()
        .filter(online_level=Service.OnlineLevel.FULL_ONLINE)
        .only("code", "name")
        .order_by("code")[:limit]
    )


def department_list() -> QuerySet[Department]:
    return Department.objects.order_by("code")


def service_get(*, code: str) -> Service:
    return get_object_or_404(
        Service.objects.active()
        .select_related("department", "licence_type")
        .prefetch_related("materials__licence_type"),
        code=code,
    )


def applications_of(*, applicant: User) -> QuerySet[Application]:
    return (
        Application.objects.filter(applicant=applicant)
        .select_related("service", "licence")
        .order_by("-submitted_at")
    )


def application_of(*, applicant: User, number: str) -> Application:
    """The applicant's own application; anybody else's number is a 404."""
    return get_object_or_404(
        Application.objects.select_related(
            "service__department", "licence"
        ).prefetch_related("events"),
        applicant=applicant,
        number=number,
    )


def desk_queue(*, status: str = "") -> QuerySet[Application]:
    applications = Application.objects.select_related(
        "service__department", "applicant", "handler"
    )
    if status in Application.Status.values:
        applications = applications.filter(status=status)
    return applications.order_by("submitted_at")


def desk_application(*, number: str) -> Application:
    return get_object_or_404(
        Application.objects.select_related(
            "service__department", "applicant__person", "handler", "licence"
        ).prefetch_related("events__actor"),
        number=number,
    )
