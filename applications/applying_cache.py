"""Process-local copies of a service as the application pages read it, kept
honest by a generation number in the shared cache.

Every step of an online application needs the service (without its guide text),
its material requirements with their licence types, and the id of its latest
published e-form version. They change when an editor saves the service or
publishes its form, seldom compared with how often people apply, and reading them
each time costs more than the rest of a submission's checks together. So each
process keeps them in memory (``get(code, load)``), tagged with a generation
number held in the shared Django cache (Redis in production). A save or delete of
a service, a material requirement, a licence type or a form version bumps it
(``connect()``, now and again after commit), so every process drops its copies on
its next read: a service taken offline stops taking applications at once, on
every host.

When the shared cache cannot be read, nothing is served from memory: the caller
reads the database (a cache outage must not turn into stale answers or errors),
and a service taken offline meanwhile is announced again once the cache answers
(``common.generation`` describes the mechanism).

Callers get their own shallow copy and must not change the requirements list.
"""

import copy
import threading
from collections.abc import Callable

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from common.generation import SharedGeneration
from services.signals import catalogue_imported

GENERATION_KEY = "services:applying-generation"
# Only real codes are kept (a miss is not stored), but a bound keeps a process
# that serves a very large catalogue from holding all of it.
MAX_ENTRIES = 2000

_lock = threading.Lock()
_state: dict = {"generation": None, "services": {}}


def _drop() -> None:
    with _lock:
        _state.update(generation=None, services={})


_generation = SharedGeneration(GENERATION_KEY, label="applying cache", on_drop=_drop)


def bump() -> None:
    """Invalidate every process's copies."""
    _generation.bump()


def get(code: str, load: Callable[[str], object]):
    """The service ``code`` from this process's copies, or ``load(code)`` (which
    returns it or raises, e.g. ``Http404``; only what it returns is kept)."""
    generation = _generation.current()
    if generation is None:
        return load(code)
    with _lock:
        if _state["generation"] != generation:
            _state.update(generation=generation, services={})
        entry = _state["services"].get(code)
    if entry is None:
        entry = load(code)
        with _lock:
            if _state["generation"] == generation:
                if len(_state["services"]) >= MAX_ENTRIES:
                    _state["services"].clear()
                _state["services"][code] = entry
    return copy.copy(entry)


def _changed(**kwargs) -> None:
    # Now, for this process; and again after commit, because a read in another
    # process between the two could keep the row as it was.
    bump()
    transaction.on_commit(bump)


def _bump_on_import(**kwargs) -> None:
    bump()


def connect() -> None:
    from eforms.models import FormDefinition, FormVersion
    from licences.models import LicenceType
    from services.models import MaterialRequirement, Service

    # FormDefinition: unpublishing a form (no new version) takes it out of use.
    watched = (Service, MaterialRequirement, LicenceType, FormDefinition, FormVersion)
    for model in watched:
        name = model._meta.label_lower
        post_save.connect(_changed, sender=model, dispatch_uid=f"applying-{name}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"applying-d-{name}")
    # A catalogue import writes in bulk (no model signals) and says so once.
    catalogue_imported.connect(_bump_on_import, dispatch_uid="applying-imported")
