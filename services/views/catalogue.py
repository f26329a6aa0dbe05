"""Public catalogue pages: the list at /services/ and each service guide."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .. import selectors

PAGE_SIZE = 20


def catalogue(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:100]
    department = request.GET.get("department", "")[:10]
    services = selectors.service_search(query=query, department=department)
    page = Paginator(services, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "services/catalogue.html",
        {
            "page": page,
            "query": query,
            "department": department,
            "departments": selectors.department_list(),
        },
    )


def guide(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_get(code=code)
    return render(
        request,
        "services/guide.html",
        {"service": service, "materials": list(service.materials.all())},
    )
