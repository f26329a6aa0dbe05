"""The real backing services are what the settings select when configured."""

import os
import uuid

import pytest
from django.db import connection

from tests.services_support import requires_postgres, requires_redis

pytestmark = pytest.mark.integration


@pytest.mark.django_db
def test_database_url_selects_postgresql():
    requires_postgres()
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        (version,) = cursor.fetchone()
    assert version.startswith("PostgreSQL")


def test_redis_cache_backend_sets_and_gets_a_key():
    requires_redis()
    from citizen_portal.cache import RedisCache

    cache = RedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "cp-test"})
    key = f"integration-{uuid.uuid4().hex}"
    try:
        assert cache.get(key) is None
        cache.set(key, {"事项": "居住证"}, timeout=60)
        assert cache.get(key) == {"事项": "居住证"}
        assert cache.add(key, "other") is False
        assert cache.delete(key) is True
        assert cache.get(key) is None
        assert cache.get_many([key, "nothing"]) == {}
        # One redis client per connection pool, not one per call.
        assert cache._cache.get_client() is cache._cache.get_client(write=True)
    finally:
        cache.delete(key)
        cache.close()


def test_redis_cache_backend_misses_instead_of_raising_when_redis_is_down():
    """A down Redis reads as an empty cache that drops writes: the callers build
    what they need from the database (tests/integration/cache_down/)."""
    from citizen_portal import cache as portal_cache

    portal_cache._outages.clear()
    cache = portal_cache.RedisCache(
        "redis://127.0.0.1:1/0",
        {"OPTIONS": {"socket_connect_timeout": 0.5}},
    )
    try:
        assert cache.get("anything", "missed") == "missed"
        cache.set("anything", "dropped")
        assert cache.get("anything") is None
        assert cache.get_many(["anything"]) == {}
    finally:
        portal_cache._outages.clear()
