"""Shared fixtures.

Tests that need a real service (PostgreSQL, Redis, a Celery worker, Chromium) are
skipped with a reason when it is absent, except under CI
(``CITIZEN_PORTAL_REQUIRE_SERVICES=1``, set by ``.ci/run``), where a missing service
fails the run instead of silently skipping.
"""

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True, scope="session")
def _flush_past_the_audit_log_trigger() -> Iterator[None]:
    """Let the flush between transactional tests empty the access log on
    PostgreSQL.

    The access log refuses TRUNCATE by a trigger (sharing migration 0008), and
    Django's flush is one TRUNCATE of every table. The test database's superuser
    turns triggers off for the flush's own transaction only
    (``session_replication_role``, which only a superuser may set), so the
    triggers keep guarding every test itself.
    """
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.execute_sql_flush

    def execute_sql_flush(self, sql_list):
        original(
            self,
            [
                "SET LOCAL session_replication_role = replica",
                *sql_list,
                "SET LOCAL session_replication_role = DEFAULT",
            ],
        )

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseOperations, "execute_sql_flush", execute_sql_flush)
        yield


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
def client():
    """Django's test client with ``client.sign_in(user)`` (through allauth's forms,
    with the TOTP step) and ``client.force_login_mfa(user)`` (a session that passed
    the second factor, recorded as allauth does): tests/staff_sign_in.py."""
    from tests.staff_sign_in import PortalClient

    return PortalClient()


@pytest.fixture
def staff_client(client, staff_user):
    """A client signed in as window staff through allauth's forms, TOTP included."""
    client.sign_in(staff_user)
    return client


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
def resident_id():
    """A fresh synthetic resident ID number."""
    from tests.factories import next_resident_id

    return next_resident_id()


@pytest.fixture
def applicant(resident_id):
    """A citizen whose person has ``resident_id``."""
    from tests.factories import PersonFactory

    return PersonFactory(resident_id=resident_id).user


@pytest.fixture
def service(db):
    from tests.factories import ServiceFactory

    return ServiceFactory()


@contextmanager
def _kept_for_the_module(django_db_blocker) -> Iterator[None]:
    """Data written once for a module of read-only tests: inside an outer
    transaction that each test's own (pytest-django's ``db``) nests in as a
    savepoint, rolled back when the module is done."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker) -> Iterator[None]:
    """The demo catalogue (``demo/catalogue/``) loaded once for the module."""
    from demo.catalogue_load import load_catalogue

    with _kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            load_catalogue()
        yield


@pytest.fixture(scope="module")
def demo_province(django_db_setup, django_db_blocker) -> Iterator[str]:
    """``seed_demo`` run once for the module; its output is the value."""
    import io

    from django.core.management import call_command

    out = io.StringIO()
    with _kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            call_command("seed_demo", "--force", stdout=out)
        yield out.getvalue()


def pytest_report_header(config):
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    broker = "redis" if os.environ.get("REDIS_URL") else "in-process (eager)"
    return f"citizen-portal: database={engine}, celery broker={broker}"


def reset_to_migrated_data() -> None:
    """Empty the test databases and load what they held after migrating (needs
    ``serialized_rollback`` on some collected test, so that pytest-django
    serialized them).

    The content types go first: Wagtail's ``Page`` and ``Task`` look up their
    content type when instantiated, and into empty tables that lookup would create
    a content type under a new id, clashing with the serialized one loaded later.
    It also leaves those content types cached, which the per-test
    ``serialized_rollback`` (into the tables a flush emptied) relies on likewise.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connections

    for alias in connections:
        connection = connections[alias]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is None:
            continue
        call_command(
            "flush",
            database=alias,
            interactive=False,
            verbosity=0,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        ContentType.objects.clear_cache()
        content_types = [
            row
            for row in json.loads(contents)
            if row["model"] == "contenttypes.contenttype"
        ]
        connection.creation.deserialize_db_from_string(json.dumps(content_types))
        connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(name="migrated_data", scope="module")
def migrated_data_fixture(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Put back the migrated data before and after a module of transactional tests.

    Use with ``pytest.mark.usefixtures("migrated_data")`` in modules marked
    ``django_db(transaction=True, serialized_rollback=True)``.
    """
    with django_db_blocker.unblock():
        reset_to_migrated_data()
    yield
    with django_db_blocker.unblock():
        reset_to_migrated_data()
