"""The cache backend: outage, breaker, warning, and recovery."""

import logging

import pytest
from django.core.cache import cache
from django.urls import reverse

from citizen_portal import cache as portal_cache
from common import ratelimit

from .support import DOWN

pytestmark = pytest.mark.django_db


def test_outage_is_logged_once_without_keys(client, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    for _ in range(3):
        client.get(reverse("services:catalogue"))
    ratelimit.hit("desk-lookup:4711", window=60)
    warnings = [r for r in caplog.records if r.name == "citizen_portal.cache"]
    assert len(warnings) == 1
    assert "ConnectionError" in warnings[0].getMessage()
    assert "4711" not in caplog.text


def test_throttle_says_yes_once_per_interval():
    now = [0.0]
    throttle = portal_cache.Throttle(60, clock=lambda: now[0])
    answers = [throttle.ready(), throttle.ready()]
    now[0] = 59.9
    answers.append(throttle.ready())
    now[0] = 60.0
    answers.append(throttle.ready())
    assert answers == [True, False, False, True]


def test_outage_warning_is_repeated_at_most_once_a_minute(switch, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    switch.go_down()
    for _ in range(30):  # every few seconds for a minute and a half
        cache.get("cms:anything")
        switch.now += 3
    warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 2


def test_recovery_is_logged_once(switch, caplog):
    caplog.set_level(logging.WARNING, logger="citizen_portal.cache")
    switch.go_down()
    cache.get("cms:anything")
    switch.come_back()
    cache.get("cms:anything")
    cache.get("cms:anything")
    assert [r.getMessage() for r in caplog.records][-1].startswith(
        "Shared cache answers again"
    )
    assert sum("answers again" in r.getMessage() for r in caplog.records) == 1


def test_breaker_leaves_redis_alone_for_a_few_seconds(switch):
    switch.go_down()
    cache.get("cms:anything")
    attempts = switch.redis.calls
    for _ in range(50):
        cache.get("cms:anything")
    assert switch.redis.calls == attempts
    switch.now += portal_cache.RETRY_SECONDS + 1
    cache.get("cms:anything")
    assert switch.redis.calls == attempts + 1


def test_derived_data_is_forgotten_while_down(switch):
    cache.set("cms:kept", "before")
    switch.go_down()
    cache.set("cms:new", "during")
    assert cache.get("cms:kept", "missed") == "missed"
    assert cache.get_many(["cms:kept", "cms:new"]) == {}
    assert cache.add("cms:new", 1) is False
    assert cache.set_many({"cms:a": 1}) == ["cms:a"]
    with pytest.raises(ValueError):
        cache.incr("cms:kept")
    switch.come_back()
    assert cache.get("cms:kept") == "before"
    assert cache.get("cms:new") is None


def test_rate_limit_counters_live_in_the_process_while_down(switch):
    switch.go_down()
    counts = [ratelimit.hit("desk-lookup:7", window=60).count for _ in range(3)]
    assert counts == [1, 2, 3]
    switch.come_back()
    # Back in Redis, where this window's count was never stored.
    assert ratelimit.hit("desk-lookup:7", window=60).count == 1
    assert any(key.endswith("ratelimit:desk-lookup:7") for key in switch.redis.store)


def test_timeouts_are_short_unless_configured():
    backend = portal_cache.RedisCache(DOWN, {})
    assert backend._options["socket_connect_timeout"] == 1.0
    assert backend._options["socket_timeout"] == 2.0
    backend = portal_cache.RedisCache(DOWN, {"OPTIONS": {"socket_timeout": 5}})
    assert backend._options["socket_timeout"] == 5
