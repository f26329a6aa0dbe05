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

When the shared cache cannot be read, no copy is trusted and each query reads
the database; a revocation made meanwhile is announced again once the cache
answers (``common.generation`` describes the mechanism).
"""

import threading

from django.utils import timezone

from common.generation import SharedGeneration

from .models import Grant, RequesterSystem, Resource

GENERATION_KEY = "sharing:catalogue-generation"

_lock = threading.Lock()
_state: dict = {"generation": None, "requesters": {}, "resources": {}, "grants": {}}


def _drop() -> None:
    with _lock:
        _state.update(generation=None, requesters={}, resources={}, grants={})


_generation = SharedGeneration(
    GENERATION_KEY, label="sharing catalogue cache", on_drop=_drop
)


def bump() -> None:
    """Invalidate every process's copy (call after changing catalogue rows)."""
    _generation.bump()


def _tables() -> dict:
    generation = _generation.current()
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
