"""A generation number in the shared Django cache, for process-local copies.

Some data is read far more often than it changes (the sharing catalogue, a
service as the application pages read it, the working-day calendar), so each
process keeps a copy in memory. To keep the copies honest across processes and
hosts, each kind of copy has a generation number in the shared Django cache
(Redis in production), and a ``SharedGeneration`` to read and change it:

1. A process tags what it keeps with ``current()``; when a later ``current()``
   answers a different number, it drops its copies and reloads.
2. Whoever changes the underlying rows calls ``bump()``, which stores a new
   number, so every process reloads on its next read. (The callers bump on a
   model signal, and again after commit: a read in another process between the
   two could keep the rows as they were.)
3. When the cache cannot be read, ``current()`` answers None: no copy is trusted
   and the caller reads the database. The portal's backend
   (``citizen_portal.cache``) then answers every read with a miss and drops
   writes; other backends raise. Both count as unreadable.
4. A bump made during an outage is lost, and copies tagged with the old number
   would be current again once the cache is back. So an instance that has seen
   the cache unreadable, or whose bump was not recorded (checked by reading it
   back), calls ``on_drop`` to drop this process's copies and keeps a bump
   pending; its first read after the cache answers makes that bump first, and
   every process reloads. An idle process that saw nothing of the outage relies
   on that re-bump: it keeps its copy until some process that saw the outage
   reads again.

A warning is logged once when an instance finds the cache failing (and an info
line when it answers again), naming the instance's label and the error class only:
never a key, a value or an error message (which can quote keys).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.core.cache import cache

logger = logging.getLogger(__name__)


class SharedGeneration:
    """The generation number stored under ``key`` in the default cache.

    ``label`` names it in log lines; ``on_drop`` is called (without arguments,
    possibly from any thread) whenever this process must drop its copies because
    the number cannot be trusted.
    """

    def __init__(
        self,
        key: str,
        *,
        label: str,
        on_drop: Callable[[], None] | None = None,
    ) -> None:
        self.key = key
        self.label = label
        self.on_drop = on_drop
        # Set while a bump is owed to the other processes (see the module doc).
        self._pending = threading.Event()
        self._failing = False
        self._failing_lock = threading.Lock()

    @property
    def bump_pending(self) -> bool:
        return self._pending.is_set()

    def bump(self) -> bool:
        """Store a new number, making every process reload. True when the cache
        recorded it; otherwise this process's copies are dropped and the bump is
        made again on the first read after the cache answers."""
        return self._store() is not None

    def current(self) -> int | None:
        """The number to tag copies with, or None when the cache cannot be read
        (then nothing kept in memory may be used)."""
        if self._pending.is_set():
            return self._store()
        try:
            value = cache.get(self.key)
            if value is None:
                # Never set, evicted, or a restarted Redis: start a number
                # (``add``, so that concurrent starters agree on one).
                cache.add(self.key, time.time_ns(), None)
                value = cache.get(self.key)
        except Exception as error:  # noqa: BLE001 - backends raise their own types
            self._failed("shared cache unreadable", error)
            return None
        if value is None:
            self._failed("shared cache unreadable", None)
            return None
        self._answered()
        return value

    def _store(self) -> int | None:
        """A new number, or None when the cache did not record it."""
        generation = time.time_ns()
        try:
            cache.set(self.key, generation, None)
            # Read back: the portal's backend drops a set while Redis is down.
            value = cache.get(self.key)
        except Exception as error:  # noqa: BLE001 - backends raise their own types
            self._failed("generation bump not recorded", error)
            return None
        if value is None:
            self._failed("generation bump not recorded", None)
            return None
        if value != generation:
            # Another bump in between (or a set lost just before the cache
            # answered again): bump once more on the next read, harmless.
            self._pending.set()
            return None
        self._pending.clear()
        self._answered()
        return generation

    def _failed(self, what: str, error: Exception | None) -> None:
        self._pending.set()
        if self.on_drop is not None:
            self.on_drop()
        with self._failing_lock:
            first = not self._failing
            self._failing = True
        if first:
            logger.warning(
                "%s: %s (%s); copies in memory are not used, and the generation "
                "is bumped again once the shared cache answers.",
                self.label,
                what,
                type(error).__name__ if error is not None else "no answer",
            )

    def _answered(self) -> None:
        with self._failing_lock:
            recovered = self._failing
            self._failing = False
        if recovered:
            logger.info("%s: shared cache answers again.", self.label)
