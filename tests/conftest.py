"""Shared fixtures.

Tests that need a real service (PostgreSQL, Redis, a Celery worker, Chromium) are
skipped with a reason when it is absent, except under CI
(``CITIZEN_PORTAL_REQUIRE_SERVICES=1``, set by ``.ci/run``), where a missing service
fails the run instead of silently skipping.
"""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Requests to /en/ leave English active in the thread; tests reverse URLs in
    the default language unless they ask otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def password() -> str:
    return "Correct-Horse-Battery-9"


@pytest.fixture
def citizen(db):
    from tests.factories import PersonFactory

    return PersonFactory().user


@pytest.fixture
def other_citizen(db):
    from tests.factories import PersonFactory

    return PersonFactory().user


@pytest.fixture
def staff_user(db):
    from tests.factories import StaffUserFactory

    return StaffUserFactory()


@pytest.fixture
def service(db):
    from tests.factories import ServiceFactory

    return ServiceFactory()


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = "redis" if os.environ.get("REDIS_URL") else "in-process (eager)"
    return f"citizen-portal: database={engine}, celery broker={broker}"
