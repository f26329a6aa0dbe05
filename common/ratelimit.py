"""One fixed-window request counter for every rate limit the portal keeps itself
(the sharing API, licence verification and PDF checks, desk lookups).

A window starts with the first hit on a key and lasts ``window`` seconds; the
counter lives in the shared Django cache (Redis in production), so the limit holds
across web hosts. It lives in ``sharing``, the bottom layer, so that every app can
use it. (allauth keeps its own limits for sign-in, sign-up and password reset.)

While the shared cache is down the limits are counted per process, not dropped
and not turned into a refusal: the portal's backend (``citizen_portal.cache``)
keeps ``ratelimit:`` keys in process memory for the duration and logs that it
does. Failing closed would stop the window desk and every licence verification
for as long as a cache is down; failing open would give anyone who notices the
outage an unlimited budget for the staff identifier lookup and the verification
enumeration. Per process, each limit holds, multiplied by the number of web
processes. The fallback is the backend's, not this module's, because allauth's
sign-in limits go through the cache directly and need the same treatment.
"""

import math
import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Hit:
    count: int
    retry_after: int  # seconds until the window ends

    def over(self, limit: int) -> bool:
        return self.count > limit


def hit(key: str, *, window: int = 60) -> Hit:
    """Count one hit on ``key`` in its current window."""
    now = time.time()
    count_key, until_key = f"ratelimit:{key}", f"ratelimit:{key}:until"
    if cache.add(count_key, 1, timeout=window):
        cache.set(until_key, now + window, timeout=window)
        return Hit(1, window)
    try:
        count = cache.incr(count_key)
    except ValueError:  # expired between add and incr: a new window
        cache.set(count_key, 1, timeout=window)
        cache.set(until_key, now + window, timeout=window)
        return Hit(1, window)
    until = cache.get(until_key, now + window)
    return Hit(count, max(1, math.ceil(until - now)))
