"""The Redis cache backend: kept ``redis.Redis`` clients, and a cache outage that
degrades the portal instead of breaking it.

Kept clients. Django's ``RedisCacheClient.get_client`` builds a new
``redis.Redis`` around the connection pool on every cache call; the constructor
copies the client's table of some 200 response callbacks, which cost about as
much as the round trip to Redis itself (0.36 ms against 0.18 ms per ``get``
here). A client is safe to share (connections come from the pool per command),
so one per pool is kept.

Outages. When Redis cannot be reached (a connection error or a timeout) no cache
call raises. What the portal keeps in the cache is of two kinds:

1. Derived data - page fragments and whole pages (``cms``), Wagtail's site root
   paths, the region table (``eforms``), the generation numbers of the
   process-local catalogue copies (``sharing``, ``services``). For these the
   backend behaves as a cache that remembers nothing: reads miss, writes are
   dropped, ``add`` answers False and ``incr`` fails as for a missing key. Every
   caller already copes with a miss (Redis evicts), so every page is built from
   the database and nothing is cached. The modules that keep copies in memory
   treat a generation they cannot read as "trust no copy"; those whose
   invalidation (a generation bump) may have been dropped bump again once the
   cache answers (see each module's docstring). Nothing a user submits lives in
   the cache, so nothing is lost.
2. Short-lived state for which a shared store is only the best place: rate-limit
   counters (``sharing.ratelimit``'s ``ratelimit:`` keys and allauth's sign-in,
   sign-up, password-reset and text-message limits), TOTP codes already used
   and the nonces of signed sharing API requests (replay protection), and the
   OIDC provider's authorization codes. Keys with the prefixes in
   ``LOCAL_PREFIXES`` are kept in this process's memory while Redis is down, and
   in Redis again once it answers. (A nonce is then refused again only by the
   process that saw it; the signature's time window still bounds any replay.)

Rate limits while the cache is down are therefore counted per process: neither
switched off (fail-open) nor refusing everyone (fail-closed). Failing closed
would lock every citizen out of signing in, and stop the window desk serving the
people queueing in front of it, for as long as a cache is down; failing open
would hand the brute-force budget of sign-in and of the staff identifier lookup
to anyone who notices the outage. Per-process counters keep every limit, only
multiplied by the number of web processes (a handful), while the warning below
tells operators it is so; staff lookups are in any case made by MFA-verified
staff and each leaves an access record with the data provider.

After a failure Redis is not tried again for ``RETRY_SECONDS`` (a circuit
breaker: a dead or hanging cache costs one attempt per process every few
seconds, not one per call). Connect and socket timeouts default to one and two
seconds (``OPTIONS`` may set others): a cache slower than that counts as down.
A warning is logged when the cache becomes unreachable and at most once a
minute per process while it stays so, and one line when it answers again; they
name the error class only, never a key (keys can hold addresses or user ids).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from functools import partial

import redis as redis_py
from django.core.cache.backends import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (redis_py.exceptions.ConnectionError, redis_py.exceptions.TimeoutError)
LOCAL_PREFIXES = (
    "ratelimit:",  # sharing.ratelimit
    "allauth:rl:",  # allauth's rate limits
    "allauth.mfa.totp.used",  # allauth's TOTP replay protection
    "allauth.idp.oidc.",  # the OIDC provider's authorization and device codes
    "sharing:nonce:",  # sharing.signing: nonces of signed API requests seen
)
RETRY_SECONDS = 5.0
WARNING_INTERVAL_SECONDS = 60.0
DEFAULT_OPTIONS = {"socket_connect_timeout": 1.0, "socket_timeout": 2.0}
LOCAL_MAX_ENTRIES = 10_000


class Throttle:
    """Says yes at most once per ``interval`` seconds (thread-safe)."""

    def __init__(
        self, interval: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.interval = interval
        self.clock = clock
        self._next = float("-inf")
        self._lock = threading.Lock()

    def ready(self) -> bool:
        now = self.clock()
        with self._lock:
            if now < self._next:
                return False
            self._next = now + self.interval
            return True


class Outage:
    """Whether one Redis location is down, as this process last saw it.

    Django keeps a cache backend per thread; this state is per process (one per
    location), so that the breaker and the log throttle hold for all threads.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.throttle = Throttle(WARNING_INTERVAL_SECONDS, clock=self._now)
        self.down_until = float("-inf")
        self.since: float | None = None

    def _now(self) -> float:
        return self.clock()

    def skip(self) -> bool:
        """True while the breaker is open: do not try Redis now."""
        return self.clock() < self.down_until

    def failed(self, error: Exception) -> None:
        now = self.clock()
        self.down_until = now + RETRY_SECONDS
        if self.since is None:
            self.since = now
        if self.throttle.ready():
            logger.warning(
                "Shared cache unreachable (%s): pages are built from the database "
                "and rate limits are counted per process until it answers.",
                type(error).__name__,
            )

    def answered(self) -> None:
        since = self.since
        if since is not None:
            self.since = None
            self.down_until = float("-inf")
            logger.warning(
                "Shared cache answers again after %.0f s.", self.clock() - since
            )


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage_for(location: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(location, Outage())


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = RedisCacheClient
        location = server if isinstance(server, str) else ",".join(server)
        self._outage = outage_for(location)
        # LocMemCache instances of one name share their storage: one per process.
        self._local = LocMemCache(
            f"citizen_portal.cache.outage:{location}",
            {
                "TIMEOUT": params.get("TIMEOUT", 300),
                "OPTIONS": {"MAX_ENTRIES": LOCAL_MAX_ENTRIES},
            },
        )

    # --- the one guard every call goes through -------------------------------

    def _guarded(self, attempt: Callable, fallback: Callable):
        if self._outage.skip():
            return fallback()
        try:
            result = attempt()
        except OUTAGE_ERRORS as error:
            self._outage.failed(error)
            return fallback()
        self._outage.answered()
        return result

    @staticmethod
    def _is_local(key) -> bool:
        return isinstance(key, str) and key.startswith(LOCAL_PREFIXES)

    def _fallback(self, key, local: Callable, missing: Callable):
        return local() if self._is_local(key) else missing()

    # --- Django's cache API ---------------------------------------------------

    def get(self, key, default=None, version=None):
        return self._guarded(
            partial(super().get, key, default, version),
            lambda: self._fallback(
                key,
                partial(self._local.get, key, default, version),
                lambda: default,
            ),
        )

    def get_many(self, keys, version=None):
        keys = list(keys)
        return self._guarded(
            partial(super().get_many, keys, version),
            lambda: self._local.get_many(
                [key for key in keys if self._is_local(key)], version
            ),
        )

    def has_key(self, key, version=None):
        return self._guarded(
            partial(super().has_key, key, version),
            lambda: self._fallback(
                key, partial(self._local.has_key, key, version), lambda: False
            ),
        )

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            partial(super().set, key, value, timeout, version),
            lambda: self._fallback(
                key,
                partial(self._local.set, key, value, timeout, version),
                lambda: None,
            ),
        )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            partial(super().add, key, value, timeout, version),
            lambda: self._fallback(
                key,
                partial(self._local.add, key, value, timeout, version),
                lambda: False,
            ),
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            partial(super().touch, key, timeout, version),
            lambda: self._fallback(
                key, partial(self._local.touch, key, timeout, version), lambda: False
            ),
        )

    def delete(self, key, version=None):
        return self._guarded(
            partial(super().delete, key, version),
            lambda: self._fallback(
                key, partial(self._local.delete, key, version), lambda: False
            ),
        )

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found.")

        return self._guarded(
            partial(super().incr, key, delta, version),
            lambda: self._fallback(
                key, partial(self._local.incr, key, delta, version), missing
            ),
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        def fallback():
            local = {key: value for key, value in data.items() if self._is_local(key)}
            self._local.set_many(local, timeout, version)
            return [key for key in data if key not in local]

        return self._guarded(
            partial(super().set_many, data, timeout, version), fallback
        )

    def delete_many(self, keys, version=None):
        keys = list(keys)
        return self._guarded(
            partial(super().delete_many, keys, version),
            lambda: self._local.delete_many(
                [key for key in keys if self._is_local(key)], version
            ),
        )
