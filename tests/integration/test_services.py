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
    from django.core.cache.backends.redis import RedisCache

    cache = RedisCache(os.environ["REDIS_URL"], {"KEY_PREFIX": "cp-test"})
    key = f"integration-{uuid.uuid4().hex}"
    try:
        assert cache.get(key) is None
        cache.set(key, {"事项": "居住证"}, timeout=60)
        assert cache.get(key) == {"事项": "居住证"}
        assert cache.add(key, "other") is False
        assert cache.delete(key) is True
        assert cache.get(key) is None
    finally:
        cache.delete(key)
        cache.close()
