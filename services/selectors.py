"""Read queries for the catalogue, My Portal and the desk."""

import datetime

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from services.models import Department, LifeEvent, MaterialRequirement, Service
from services.search import clean_query, service_search_ranked
from services.search_display import suggest

# A material the platform fetches itself (e-licence or registry) is "obtained by
# sharing"; MaterialRequirement.obtained_by_platform says the same for one row.
_SHARED_MATERIAL = Q(materials__licence_type__isnull=False) | ~Q(
    materials__shared_resource=""
)


def service_search(  # noqa: PLR0913
    *,
    query: str = "",
    department: str = "",
    event: str = "",
    audience: str = "",
    region: str = "",
    online_level: str = "",
) -> QuerySet[Service]:
    """The catalogue narrowed by the filters; with a query, ranked by relevance
    (``services.search``), otherwise in catalogue order. Unknown filter values
    match nothing rather than failing."""
    # The list shows neither the guide text nor the index: leave them behind.
    services = (
        Service.objects.active()
        .select_related("department")
        .defer(
            "search_terms",
            "search_vector",
            "search_vector_text",
            "steps",
            "faq",
            "conditions",
            "legal_basis",
            "counter_address",
            "office_hours",
        )
    )
    department = department.replace("\x00", "")
    if department:
        services = services.filter(department__code=department)
    if event:
        services = services.filter(events__code=event.replace("\x00", ""))
    if audience in {Service.Audience.CITIZEN, Service.Audience.BUSINESS}:
        services = services.filter(audience__in=[audience, Service.Audience.BOTH])
    elif audience:
        services = services.none()
    if region:
        services = services.filter(department__region_name=region.replace("\x00", ""))
    if online_level:
        services = services.filter(online_level=online_level.replace("\x00", ""))
    if clean_query(query):
        return service_search_ranked(services, query)
    return services.order_by("department__code", "code")


def search_suggestion(*, query: str) -> str | None:
    return suggest(Service.objects.active(), query)


def life_events(*, kind: str = "") -> QuerySet[LifeEvent]:
    events = LifeEvent.objects.all()
    if kind:
        events = events.filter(kind=kind)
    return events.order_by("kind", "sort_order", "code")


def regions() -> list[str]:
    """Region names that have departments, province first."""
    order = {"province": 0, "city": 1, "county": 2}
    rows = Department.objects.values_list("region_name", "region_level").distinct()
    return [
        name for name, level in sorted(set(rows), key=lambda r: (order[r[1]], r[0]))
    ]


def department_get(*, code: str) -> Department | None:
    return Department.objects.filter(code=code).first()


def department_services(*, department: Department, limit: int = 50) -> list[Service]:
    return list(
        Service.objects.active()
        .filter(department=department)
        .only("code", "name", "online_level", "department_id")
        .order_by("code")[:limit]
    )


POPULAR_WINDOW_DAYS = 90


def service_popular(*, limit: int = 8) -> list[Service]:
    """Services shown first (home page, empty searches): the online services most
    applied for in the last 90 days, then fully online ones in catalogue order.
    Callers cache the result (cms fragments)."""
    since = timezone.now() - datetime.timedelta(days=POPULAR_WINDOW_DAYS)
    return list(
        Service.objects.active()
        .filter(
            online_level__in=[
                Service.OnlineLevel.FULL_ONLINE,
                Service.OnlineLevel.ONLINE,
            ]
        )
        .annotate(
            recent=Count(
                "applications", filter=Q(applications__submitted_at__gte=since)
            )
        )
        .only("code", "name")
        .order_by("-recent", "-online_level", "code")[:limit]
    )


def department_list() -> QuerySet[Department]:
    return Department.objects.order_by("code")


def service_get(*, code: str) -> Service:
    return get_object_or_404(
        Service.objects.active()
        .select_related("department", "licence_type")
        .prefetch_related(
            Prefetch(
                "materials",
                queryset=MaterialRequirement.objects.select_related(
                    "licence_type", "sample"
                ),
            )
        ),
        code=code,
    )


def service_catalogue_rows() -> QuerySet[Service]:
    """Active services with their department and material counts, by code."""
    return (
        Service.objects.active()
        .select_related("department")
        .annotate(
            material_count=Count("materials", distinct=True),
            shared_material_count=Count(
                "materials", filter=_SHARED_MATERIAL, distinct=True
            ),
        )
        .order_by("code")
    )
