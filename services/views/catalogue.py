"""Public catalogue pages: the list and search at /services/ and each service
guide at /services/<code>/.

Filters come from the query string and are bounded and validated; unknown values
simply match nothing. A query is segmented and ranked by ``services.search``;
result names and summaries are highlighted; when nothing matches, the page offers
a "did you mean" suggestion and the most used services.
"""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from services import selectors
from services.models import Service
from services.search import is_relaxed, query_terms

PAGE_SIZE = 20
FILTERS = ("department", "event", "audience", "region", "online_level")


def _filters(request: HttpRequest) -> dict[str, str]:
    return {name: request.GET.get(name, "")[:50] for name in FILTERS}


def catalogue(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:100]
    filters = _filters(request)
    services = selectors.service_search(query=query, **filters)
    page = Paginator(services, PAGE_SIZE).get_page(request.GET.get("page"))
    terms = query_terms(query) if query else []
    suggestion = None
    if query and (not page.paginator.count or is_relaxed(services)):
        suggestion = selectors.search_suggestion(query=query)
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "services/catalogue.html",
        {
            "page": page,
            "query": query,
            "terms": terms,
            "filters": filters,
            "suggestion": suggestion,
            "popular": selectors.service_popular(limit=8)
            if not page.paginator.count
            else [],
            "querystring": params.urlencode(),
            "departments": selectors.department_list(),
            "life_events": selectors.life_events(kind="personal"),
            "business_events": selectors.life_events(kind="business"),
            "regions": selectors.regions(),
            "audiences": [
                (Service.Audience.CITIZEN, Service.Audience.CITIZEN.label),
                (Service.Audience.BUSINESS, Service.Audience.BUSINESS.label),
            ],
            "online_levels": Service.OnlineLevel.choices,
        },
    )


def guide(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_get(code=code)
    materials = list(service.materials.all())
    return render(
        request,
        "services/guide.html",
        {
            "service": service,
            "materials": materials,
            "sample_materials": [m for m in materials if m.sample_id],
        },
    )
