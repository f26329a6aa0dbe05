"""Full-page cache for anonymous visitors of the public website.

Flow: ``PageCacheMiddleware`` sits right after ``LocaleMiddleware``. A GET or HEAD
request without a session or messages cookie or an ``Authorization`` header, to a
public path, is looked up by host, language, elder-mode preference, path and query
string; one cache round trip (``get_many``) fetches both the entry and the current
*generation*. A hit whose generation is current is answered at once. On a miss the
page is rendered and stored, but only when nothing personal can be in it: status
200, no cookie set, no CSRF token used, the session untouched, no
``private``/``no-store``; nor when it used the request's Content-Security-Policy
nonce, which a later request's header would not match.

``purge()`` replaces the generation, which turns every stored page stale at once;
it runs when an editor publishes, unpublishes, moves or deletes a page, when site
settings or snippets change, and when the service catalogue changes
(``cms.caching.site_content_changed``). A signed-in user (who has a session
cookie) is never served from, nor stored into, this cache.

When the cache cannot be reached (``citizen_portal.cache``: reads miss, writes are
dropped) every request is rendered and nothing is stored: a page is stored only
under a generation read back from the cache. A purge made meanwhile is dropped,
and pages stored before the outage would be current again once the cache is
back; so a process that has seen the cache unreachable, or failed to purge,
purges again before its first lookup after it answers.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Page-Cache"
# Never cached, even for anonymous visitors: personal, staff, API, forms and
# verification pages (which answer per request), and downloads with their own
# validators. Paths are compared without the language prefix.
PRIVATE_PREFIXES = (
    "/my/",
    "/desk/",
    "/accounts/",
    "/admin/",
    "/django-admin/",
    "/api/",
    "/verify",
    "/sharing/",
    "/forms/",
    "/healthz/",
    "/i18n/",
    "/documents/",
    "/opendata/",
    "/elder-mode/",
    "/openid/",
    "/identity/",  # the OpenID Connect provider (userinfo answers per token)
    "/.well-known/",
)
MAX_QUERY_LENGTH = 200


def _timeout() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


# Set when this process saw the cache unreachable or a purge not recorded.
_purge_pending = threading.Event()


def purge() -> None:
    """Make every cached page stale (they expire on their own)."""
    generation = time.time_ns()
    cache.set(GENERATION_KEY, generation, timeout=None)
    # Read back: a set into an unreachable cache is silently dropped.
    if cache.get(GENERATION_KEY) == generation:
        _purge_pending.clear()
    else:
        _purge_pending.set()


def _new_generation() -> int | None:
    """The generation, created if there is none yet; None when the cache cannot
    be reached."""
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        _purge_pending.set()
    return generation


def _public_path(path: str) -> str:
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method not in {"GET", "HEAD"}:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if "messages" in request.COOKIES:
        return False
    # Credentials other than the session cookie (a bearer token, Basic auth): the
    # answer is the caller's, whatever the path.
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    return not _public_path(request.path).startswith(PRIVATE_PREFIXES)


def _key(request: HttpRequest) -> str:
    parts = "\n".join(
        [
            request.get_host(),
            get_language() or "",
            "elder" if request.COOKIES.get("elder_mode") == "1" else "",
            request.path,
            request.META.get("QUERY_STRING", ""),
        ]
    )
    return "pagecache:page:" + hashlib.sha256(parts.encode()).hexdigest()


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    # django-csp's lazy nonce is truthy once a template has read it.
    if getattr(request, "csp_nonce", None):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(
        word in cache_control for word in ("private", "no-store", "no-cache")
    )


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not getattr(settings, "PAGE_CACHE_ENABLED", True) or not (
            _cacheable_request(request)
        ):
            return self.get_response(request)
        if _purge_pending.is_set():
            purge()
        key = _key(request)
        found = cache.get_many([key, GENERATION_KEY])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            # Before rendering: a purge while rendering must leave this page stale.
            generation = _new_generation()
        entry = found.get(key)
        if generation is not None and entry is not None and entry[0] == generation:
            _generation, content, headers = entry
            response = HttpResponse(content, headers=headers)
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if generation is not None and _storable(request, response):
            headers = {
                name: value
                for name, value in response.items()
                if name.lower() not in {"set-cookie", "vary"}
            }
            cache.set(key, (generation, response.content, headers), _timeout())
            response[HEADER] = "miss"
        return response
