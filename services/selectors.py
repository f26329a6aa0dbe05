"""Read queries for the catalogue, My Portal and the desk."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from identity.models import Organisation, Person, User

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


def _visible_to(applicant: User, organisation: Organisation | None) -> Q:
    """The user's own applications, plus those of the organisation they act for
    now. Applications made on behalf of an organisation are only visible while
    acting for it (an agent whose grant lapsed no longer sees them)."""
    visible = Q(applicant=applicant, on_behalf_of__isnull=True)
    if organisation is not None:
        visible |= Q(on_behalf_of=organisation)
    return visible


def applications_of(
    *, applicant: User, organisation: Organisation | None = None
) -> QuerySet[Application]:
    return (
        Application.objects.filter(_visible_to(applicant, organisation))
        .select_related("service", "licence", "on_behalf_of")
        .order_by("-submitted_at")
    )


def application_of(
    *, applicant: User, number: str, organisation: Organisation | None = None
) -> Application:
    """One application the user may see (see ``_visible_to``); anything else is a
    404."""
    return get_object_or_404(
        Application.objects.filter(_visible_to(applicant, organisation))
        .select_related("service__department", "licence", "on_behalf_of")
        .prefetch_related("events"),
        number=number,
    )


def desk_applications_of_person(*, person: Person) -> QuerySet[Application]:
    """For the desk lookup: what the person applied for (themselves or for an
    organisation)."""
    if person.user_id is None:
        return Application.objects.none()
    return (
        Application.objects.filter(applicant_id=person.user_id)
        .select_related("service", "on_behalf_of")
        .order_by("-submitted_at")
    )


def desk_applications_of_organisation(
    *, organisation: Organisation
) -> QuerySet[Application]:
    return (
        Application.objects.filter(on_behalf_of=organisation)
        .select_related("service", "applicant")
        .order_by("-submitted_at")
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
            "service__department",
            "applicant__person",
            "handler",
            "licence",
            "on_behalf_of",
        ).prefetch_related("events__actor"),
        number=number,
    )
