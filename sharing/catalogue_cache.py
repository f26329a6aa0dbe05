"""Process-local cache of the catalogue metadata a query needs, kept honest by a
shared generation number.

Every query needs the requesting system, the resource with its fields and the
grants between them; reading them from the database each time would triple the cost
of a lookup. Instead each process keeps them in memory, tagged with a generation
number held in the shared Django cache (Redis in production). Any save or delete of
a provider, resource, field, requesting system or grant bumps the generation
(``signals.py``), so every process drops its copy on its next query: a revoked grant
stops access at once, on every host. Grant expiry needs no invalidation: it is
checked against the clock at query time.

When the shared cache cannot be reached (the portal's backend then answers every
read with a miss and drops writes), the generation cannot be read, so no copy is
trusted: the process drops its copies and each query reads the database. A bump
made meanwhile (a grant revoked) is dropped, and copies tagged with the old
generation would be current again once the cache is back; so a process that has
seen the cache unreachable, or failed to bump, bumps again on its first read
after it answers, which makes every process reload.
"""

import threading
import time

from django.core.cache import cache
from django.utils import timezone

from .models import Grant, RequesterSystem, Resource

GENERATION_KEY = "sharing:catalogue-generation"

_lock = threading.Lock()
_state: dict = {"generation": None, "requesters": {}, "resources": {}, "grants": {}}
# Set when this process saw the cache unreachable or a bump not recorded.
_bump_pending = threading.Event()


def bump() -> None:
    """Invalidate every process's copy (call after changing catalogue rows)."""
    generation = time.time_ns()
    cache.set(GENERATION_KEY, generation, None)
    # Read back: a set into an unreachable cache is silently dropped. (Another
    # bump in between also reads as a failure: one more bump, harmless.)
    if cache.get(GENERATION_KEY) == generation:
        _bump_pending.clear()
    else:
        _unreachable()


def _unreachable() -> None:
    _bump_pending.set()
    with _lock:
        _state.update(generation=None, requesters={}, resources={}, grants={})


def _generation() -> int | None:
    """The shared generation; None when the cache cannot be reached."""
    if _bump_pending.is_set():
        bump()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        value = cache.get(GENERATION_KEY)
        if value is None:
            _unreachable()
    return value


def _tables() -> dict:
    generation = _generation()
    if generation is None:
        # Nothing trusted, nothing kept: this query's own tables.
        return {"requesters": {}, "resources": {}, "grants": {}}
    if _state["generation"] != generation:
        with _lock:
            if _state["generation"] != generation:
                _state.update(
                    generation=generation, requesters={}, resources={}, grants={}
                )
    return _state


def requester(code: str) -> RequesterSystem | None:
    # Only hits are kept: made-up codes must not grow the cache.
    tables = _tables()
    entry = tables["requesters"].get(code)
    if entry is None:
        entry = RequesterSystem.objects.filter(code=code, is_active=True).first()
        if entry is not None:
            tables["requesters"][code] = entry
    return entry


def resource(code: str) -> Resource | None:
    tables = _tables()
    entry = tables["resources"].get(code)
    if entry is None:
        entry = (
            Resource.objects.filter(code=code, is_active=True)
            .prefetch_related("fields")
            .first()
        )
        if entry is not None:
            entry.field_map = {f.name: f for f in entry.fields.all()}
            tables["resources"][code] = entry
    return entry


def grant_in_force(requester_id: int, resource_id: int) -> Grant | None:
    """The approved grant in force now with the latest expiry, if any."""
    tables = _tables()
    key = (requester_id, resource_id)
    if key not in tables["grants"]:
        tables["grants"][key] = list(
            Grant.objects.filter(
                requester_id=requester_id,
                resource_id=resource_id,
                status=Grant.Status.APPROVED,
            ).order_by("-expires_at")
        )
    now = timezone.now()
    for grant in tables["grants"][key]:
        if grant.valid_from <= now < grant.expires_at:
            return grant
    return None
