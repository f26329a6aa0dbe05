"""The verification lookup budget, per client address, against enumeration.

Shared by the HTML page (``/verify/``) and ``GET /api/v1/licences/verify``: both
count against the same cache key, so a client cannot double its budget by
switching between them. The key and the limit are those of
``licences.views._too_many_lookups``, which should switch to ``too_many_lookups``
here so that both honour ``LICENCE_TRUSTED_PROXY_COUNT`` the same way.
"""

from django.conf import settings
from django.http import HttpRequest

from common import ratelimit

VERIFY_LIMIT_PER_MINUTE = 30
WINDOW_SECONDS = 60


def client_ip(request: HttpRequest) -> str:
    """The client address: REMOTE_ADDR, or with ``LICENCE_TRUSTED_PROXY_COUNT``
    proxies in front, the X-Forwarded-For entry the outermost trusted proxy saw.

    Each trusted proxy appends the address it received from, so the client is
    the N-th entry from the right; entries further left are the caller's own
    claims and are ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "LICENCE_TRUSTED_PROXY_COUNT", 0)
    if trusted <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if not forwarded:
        return remote
    return forwarded[-min(trusted, len(forwarded))][:64]


def too_many_lookups(request: HttpRequest) -> bool:
    """Count one lookup for the client; True once over the budget for the minute."""
    result = ratelimit.hit(
        f"licence-verify:{client_ip(request)}", window=WINDOW_SECONDS
    )
    return result.over(VERIFY_LIMIT_PER_MINUTE)
