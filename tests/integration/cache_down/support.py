"""Support of the cache-down tests: the closed port the cache points at, the
reset of the outage state kept in the process, and a stand-in Redis that can be
switched down and up (``Switch``) along with the breaker's clock."""

import redis
from django.core.cache import caches

from applications import applying_cache
from citizen_portal import cache as portal_cache
from cms import caching, pagecache
from sharing import catalogue_cache
from workdays import calendar as workdays

DOWN = "redis://127.0.0.1:1/0"


def reset_outage_state() -> None:
    portal_cache._outages.clear()
    for pending in (
        caching._generation._pending,
        pagecache._purge_pending,
        catalogue_cache._generation._pending,
        applying_cache._generation._pending,
        workdays._generation._pending,
    ):
        pending.clear()


class FakeRedis:
    """Stands in for the backend's Redis client: a dict, or down (raising what
    redis-py raises when the server cannot be reached)."""

    def __init__(self):
        self.store: dict = {}
        self.down = False
        self.calls = 0

    def _check(self):
        self.calls += 1
        if self.down:
            raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:1.")

    def get(self, key, default=None):
        self._check()
        return self.store.get(key, default)

    def get_many(self, keys):
        self._check()
        return {key: self.store[key] for key in keys if key in self.store}

    def has_key(self, key):
        self._check()
        return key in self.store

    def set(self, key, value, timeout):
        self._check()
        self.store[key] = value

    def set_many(self, data, timeout):
        self._check()
        self.store.update(data)

    def add(self, key, value, timeout):
        self._check()
        if key in self.store:
            return False
        self.store[key] = value
        return True

    def touch(self, key, timeout):
        self._check()
        return key in self.store

    def delete(self, key):
        self._check()
        return self.store.pop(key, None) is not None

    def delete_many(self, keys):
        self._check()
        for key in keys:
            self.store.pop(key, None)

    def incr(self, key, delta):
        self._check()
        if key not in self.store:
            raise ValueError(f"Key '{key}' not found.")
        self.store[key] += delta
        return self.store[key]

    def clear(self):
        self.store.clear()


class Switch:
    """The default cache's Redis, up or down at will, and the breaker's clock."""

    def __init__(self):
        self.redis = FakeRedis()
        self.now = 1_000.0
        backend = caches["default"]
        backend._cache = self.redis
        backend._outage.clock = lambda: self.now

    def go_down(self):
        self.redis.down = True

    def come_back(self):
        self.redis.down = False
        self.now += portal_cache.RETRY_SECONDS + 1
