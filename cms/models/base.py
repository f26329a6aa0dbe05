"""Helpers shared by the page models: pagination that never fails on a bad page
number, and routing below the home page in a single query."""

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest
from wagtail.models import Page
from wagtail.url_routing import RouteResult

PAGE_SIZE = 15
MAX_PAGE_PARAM = 12


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """The requested page of ``items``; a missing, malformed or out-of-range
    ``?page=`` gives the first or the last page rather than an error."""
    number = request.GET.get("page", "1")[:MAX_PAGE_PARAM]
    return Paginator(items, per_page).get_page(number)


def route_below(root: Page, request: HttpRequest, components: list[str]) -> RouteResult:
    """Resolve ``components`` below ``root`` by URL path instead of one child
    lookup (and one ``.specific`` query) per level, as ``Page.route`` would.

    None of our page types route sub-paths themselves, so the page whose
    ``url_path`` matches is the page Wagtail would have found. The path-to-id map
    is cached (``cms.caching``) and the page itself is fetched with its model's
    ``route_queryset`` so that the template needs no further queries for it.
    """
    from cms import caching

    url_path = root.url_path + "/".join(components) + "/"
    found = caching.page_for_url_path(root, url_path)
    if found is None:
        raise Http404
    page_id, model = found
    queryset = model.objects.filter(pk=page_id)
    route_queryset = getattr(model, "route_queryset", None)
    if route_queryset is not None:
        queryset = route_queryset(queryset)
    page = queryset.first()
    if page is None or not page.live:
        raise Http404
    return RouteResult(page)
