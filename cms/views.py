"""Public views of the website outside the page tree: the site-wide search and
the elder-friendly mode switch.

Search: the live pages of the active language's locale (Wagtail search, database
backend) and the best catalogue matches (``services.selectors.service_search``).
The query is cleaned first (NUL characters removed, length capped) so that no
input can make the search fail.
"""

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from services.selectors import service_search

from .context_processors import ELDER_COOKIE
from .models.base import paginate
from .search import segment

MAX_QUERY_LENGTH = 100
SERVICE_MATCHES = 5
ELDER_COOKIE_AGE = 365 * 24 * 60 * 60


def clean_query(raw: str) -> str:
    return " ".join(raw.replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


@login_not_required
def search(request: HttpRequest) -> HttpResponse:
    query = clean_query(request.GET.get("q", ""))
    results = None
    services = []
    terms = segment(query)
    if terms:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(terms, operator="and")
        )
        results = paginate(request, pages, per_page=10)
        services = list(service_search(query=query)[:SERVICE_MATCHES])
    return render(
        request,
        "cms/search.html",
        {
            "search_query": query,
            "results": results,
            "services": services,
            "extra_query": urlencode({"q": query}) + "&",
        },
    )


# Exempt from CSRF: the switch only sets a display preference of the visitor's own
# browser, and leaving the token out keeps every page cacheable for anonymous
# visitors (the header holds this form on all of them).
@csrf_exempt
@login_not_required
@require_POST
def elder_mode(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.POST.get("enable") == "1":
        response.set_cookie(
            ELDER_COOKIE,
            "1",
            max_age=ELDER_COOKIE_AGE,
            samesite="Lax",
            secure=request.is_secure(),
            httponly=True,
        )
    else:
        response.delete_cookie(ELDER_COOKIE, samesite="Lax")
    return response
