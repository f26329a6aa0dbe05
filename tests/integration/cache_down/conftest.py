"""Fixtures of the cache-down tests: every test runs with the default cache at a
closed port (``cache_down``, autouse); ``switch`` puts a stand-in Redis behind it
that a test takes down and brings back."""

import pytest

from .support import DOWN, Switch, reset_outage_state


@pytest.fixture(autouse=True)
def cache_down(settings):
    """The default cache is the portal's Redis backend at a closed port."""
    reset_outage_state()
    settings.CACHES = {
        "default": {
            "BACKEND": "citizen_portal.cache.RedisCache",
            "LOCATION": DOWN,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    yield
    reset_outage_state()


@pytest.fixture
def switch() -> Switch:
    return Switch()
