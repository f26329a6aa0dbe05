"""The generation number in the shared cache (``common.generation``): a bump is
seen by every process, nothing is trusted while the cache cannot be read, and a
bump lost in an outage is made again once the cache answers. Another process is
played by a second instance with the same key (each keeps its own state)."""

import logging

import pytest
from django.core.cache.backends.locmem import LocMemCache

from common.generation import SharedGeneration

KEY = "tests:generation"
UP, DROPPING, RAISING = "up", "dropping", "raising"


class SwitchableCache(LocMemCache):
    """A cache that answers, or is down the way the portal's backend is while
    Redis is (reads miss, writes are dropped), or the way other backends are
    (every call raises)."""

    mode = UP  # on the class: Django builds a backend per thread

    def _down(self, answer):
        if SwitchableCache.mode == RAISING:
            raise ConnectionRefusedError("Error 111 connecting to tests:generation")
        return answer

    def get(self, key, default=None, version=None):
        if SwitchableCache.mode == UP:
            return super().get(key, default, version)
        return self._down(default)

    def set(self, key, value, timeout=None, version=None):
        if SwitchableCache.mode == UP:
            return super().set(key, value, timeout, version)
        return self._down(None)

    def add(self, key, value, timeout=None, version=None):
        if SwitchableCache.mode == UP:
            return super().add(key, value, timeout, version)
        return self._down(False)


@pytest.fixture(autouse=True)
def switchable_cache(settings):
    SwitchableCache.mode = UP
    settings.CACHES = {
        "default": {
            "BACKEND": f"{__name__}.SwitchableCache",
            "LOCATION": "tests-generation",
        }
    }
    yield
    SwitchableCache.mode = UP


class Process:
    """One process's view: its generation and the copies it holds."""

    def __init__(self):
        self.copies = {"tagged": None}
        self.generation = SharedGeneration(KEY, label="test copies", on_drop=self.drop)

    def drop(self):
        self.copies = {"tagged": None}

    def read(self):
        """What a module does on each read: tag (or reuse) its copy."""
        current = self.generation.current()
        if current is not None and self.copies["tagged"] is None:
            self.copies = {"tagged": current}
        return current


def test_bump_is_seen_by_another_process():
    editor, reader = Process(), Process()
    before = reader.read()
    editor.generation.bump()
    assert reader.read() != before


def test_number_is_stable_without_a_bump():
    process = Process()
    assert process.read() == process.read()


def test_processes_starting_on_an_empty_cache_agree_on_one_number():
    first, second = Process(), Process()
    assert first.read() == second.read()


def test_bump_reports_that_it_was_recorded():
    assert Process().generation.bump() is True


@pytest.mark.parametrize("mode", [DROPPING, RAISING])
def test_unreadable_cache_answers_none(mode):
    process = Process()
    process.read()
    SwitchableCache.mode = mode
    assert process.generation.current() is None


@pytest.mark.parametrize("mode", [DROPPING, RAISING])
def test_unreadable_cache_drops_the_copies(mode):
    process = Process()
    process.read()
    SwitchableCache.mode = mode
    process.read()
    assert process.copies == {"tagged": None}


@pytest.mark.parametrize("mode", [DROPPING, RAISING])
def test_bump_during_an_outage_reports_it_was_not_recorded(mode):
    process = Process()
    SwitchableCache.mode = mode
    assert process.generation.bump() is False
    assert process.generation.bump_pending


@pytest.mark.parametrize("mode", [DROPPING, RAISING])
def test_bump_lost_in_an_outage_is_made_on_the_first_read_after_it(mode):
    editor, idle = Process(), Process()
    before = idle.read()  # the idle process serves nothing during the outage
    SwitchableCache.mode = mode
    editor.generation.bump()
    SwitchableCache.mode = UP
    editor.read()
    assert not editor.generation.bump_pending
    assert idle.read() != before


def test_process_that_only_read_during_the_outage_bumps_after_it():
    """Its reader could not know whether a bump elsewhere was lost."""
    process, idle = Process(), Process()
    before = idle.read()
    SwitchableCache.mode = DROPPING
    process.read()
    SwitchableCache.mode = UP
    process.read()
    assert idle.read() != before


def test_pending_bump_answers_none_while_the_cache_stays_down():
    process = Process()
    SwitchableCache.mode = DROPPING
    process.generation.bump()
    assert process.generation.current() is None
    assert process.generation.bump_pending


def test_outage_is_logged_once_without_the_key_or_the_error_text(caplog):
    caplog.set_level(logging.WARNING, logger="common.generation")
    process = Process()
    SwitchableCache.mode = RAISING
    for _ in range(3):
        process.read()
    process.generation.bump()
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 1
    assert "test copies" in warnings[0]
    assert "ConnectionRefusedError" in warnings[0]
    assert KEY not in caplog.text


def test_recovery_is_logged_once(caplog):
    caplog.set_level(logging.INFO, logger="common.generation")
    process = Process()
    SwitchableCache.mode = DROPPING
    process.read()
    SwitchableCache.mode = UP
    process.read()
    process.read()
    messages = [r.getMessage() for r in caplog.records]
    answers = [m for m in messages if "answers again" in m]
    assert answers == ["test copies: shared cache answers again."]
