"""A real Celery worker for integration and browser tests.

The ``celery_worker`` fixture starts ``celery -A citizen_portal worker`` as a
subprocess on this pytest process's own queue, pointed at the *test* database that
pytest-django created and at the test's ``MEDIA_ROOT``, and switches the in-process
Celery app out of eager mode so that ``.delay()`` really publishes to Redis. It needs
PostgreSQL (the SQLite test database is in memory, invisible to another process) and
Redis; without them the test is skipped (or fails under CI, see services_support).

Tests using it need committed data: mark them ``django_db(transaction=True)`` or use
``live_server``. Import the fixture into the test module (or a conftest)::

    from tests.celery_worker import celery_worker_fixture  # noqa: F401

The flush after each transactional test also deletes what data migrations created
(the Wagtail home page and site). ``serialized_rollback=True`` puts it back before
each test, and the module-scoped ``migrated_data`` fixture at the start and the end
of a module, so that the tests run after it (and, with ``--reuse-db``, the next run)
still find it.
"""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import pytest
from django.conf import settings

from tests.services_support import requires_postgres, requires_redis

REPO_ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 60
STOP_TIMEOUT = 10

T = TypeVar("T")


def wait_for(
    predicate: Callable[[], T],
    timeout: float = 30,
    interval: float = 0.25,
    message: str = "",
) -> T:
    """Call ``predicate`` until it returns something truthy, and return that.

    Raises ``AssertionError`` after ``timeout`` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError(
                f"timed out after {timeout:g} s waiting for "
                f"{message or getattr(predicate, '__name__', repr(predicate))}"
            )
        time.sleep(interval)


def worker_database_url() -> str:
    """A ``DATABASE_URL`` for the test database pytest-django set up (PostgreSQL)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.fail(
            "the Celery worker needs a PostgreSQL test database, "
            f"not {connection.vendor}"
        )
    db = connection.settings_dict
    user = quote(db.get("USER") or "", safe="")
    password = db.get("PASSWORD") or ""
    credentials = f"{user}:{quote(password, safe='')}" if password else user
    host = db.get("HOST") or "localhost"
    if host.startswith("/"):  # a Unix socket directory
        host = quote(host, safe="")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    at = "@" if credentials else ""
    return f"postgres://{credentials}{at}{host}{port}/{quote(db['NAME'], safe='')}"


@dataclass
class CeleryWorker:
    """A running worker subprocess and its log file."""

    process: subprocess.Popen
    log_path: Path
    queue: str

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT)


def _purge(queue: str) -> None:
    """Drop messages a worker of an earlier test left unconsumed on our queue."""
    from citizen_portal.celery import app

    with app.connection_for_write() as connection:
        connection.default_channel.queue_purge(queue)


def start_worker(log_path: Path, queue: str | None = None) -> CeleryWorker:
    """Start a worker on the test database and wait until it is ready."""
    queue = queue or settings.CELERY_TASK_DEFAULT_QUEUE
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "citizen_portal.settings.test",
        "DATABASE_URL": worker_database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "PYTHONUNBUFFERED": "1",
    }
    # Set for the browser tests' event loop in this process; the worker has none.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "citizen_portal",
        "worker",
        "--pool",
        "solo",
        "-Q",
        queue,
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "INFO",
    ]
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    worker = CeleryWorker(process=process, log_path=log_path, queue=queue)
    deadline = time.monotonic() + READY_TIMEOUT
    while " ready." not in worker.log():
        if process.poll() is not None or time.monotonic() >= deadline:
            worker.stop()
            reason = (
                f"exited with status {process.returncode}"
                if process.poll() is not None and process.returncode is not None
                else f"not ready after {READY_TIMEOUT} s"
            )
            pytest.fail(
                f"Celery worker {reason}; its log:\n{worker.log()}", pytrace=False
            )
        time.sleep(0.2)
    return worker


@pytest.fixture(name="celery_worker")
def celery_worker_fixture(
    request: pytest.FixtureRequest, transactional_db, tmp_path
) -> Iterator[CeleryWorker]:
    """A real Celery worker, with this process publishing tasks to it via Redis.

    Function-scoped: each test has its own ``MEDIA_ROOT`` (tests/conftest.py), which
    the worker must write to.
    """
    requires_postgres()
    requires_redis()
    from citizen_portal.celery import app

    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    _purge(queue)
    failed_before = request.session.testsfailed
    worker = start_worker(tmp_path / "celery-worker.log", queue)
    was_eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        yield worker
    finally:
        app.conf.task_always_eager = was_eager
        worker.stop()
        if request.session.testsfailed > failed_before:
            sys.stderr.write(
                f"\n----- Celery worker log ({worker.log_path}) -----\n"
                f"{worker.log()}\n----- end of Celery worker log -----\n"
            )
