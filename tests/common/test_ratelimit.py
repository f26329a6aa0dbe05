from common import ratelimit


def test_hits_are_counted_within_a_window():
    counts = [ratelimit.hit("test-key", window=60).count for _ in range(3)]
    assert counts == [1, 2, 3]


def test_limit_is_exceeded_after_the_allowed_hits():
    results = [ratelimit.hit("test-limit", window=60) for _ in range(4)]
    assert [r.over(3) for r in results] == [False, False, False, True]


def test_retry_after_counts_down_to_the_end_of_the_window(monkeypatch):
    now = [1_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    assert ratelimit.hit("test-retry", window=60).retry_after == 60
    now[0] += 45
    assert ratelimit.hit("test-retry", window=60).retry_after == 15


def test_keys_are_independent():
    ratelimit.hit("test-a", window=60)
    assert ratelimit.hit("test-b", window=60).count == 1
