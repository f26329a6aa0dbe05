"""Template context of every page: the elder-friendly mode flag (read from its
cookie) and, lazily, the editor-managed menus and footer (``cms.caching``)."""

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

ELDER_COOKIE = "elder_mode"


def is_elder_mode(request: HttpRequest) -> bool:
    return request.COOKIES.get(ELDER_COOKIE) == "1"


def website(request: HttpRequest) -> dict:
    from .caching import site_chrome

    return {
        "elder_mode": is_elder_mode(request),
        "site_chrome": SimpleLazyObject(lambda: site_chrome(request)),
    }
