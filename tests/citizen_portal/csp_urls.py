"""Test-only URLconf: the project's URLs plus pages that exercise the policy's
nonce and error handling (no page of the portal has an inline script today)."""

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import path

from citizen_portal.urls import urlpatterns as project_urlpatterns

INLINE_SCRIPT_PAGE = engines["django"].from_string(
    "<!DOCTYPE html><html><head><title>nonce</title></head><body>"
    '<script nonce="{{ request.csp_nonce }}">document.body.dataset.ran = "1";'
    "</script></body></html>"
)


def inline_script(request: HttpRequest) -> HttpResponse:
    return HttpResponse(INLINE_SCRIPT_PAGE.render(request=request))


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a view that fails")


urlpatterns = [
    path("csp-test/inline-script/", inline_script),
    path("csp-test/broken/", broken),
    *project_urlpatterns,
]
