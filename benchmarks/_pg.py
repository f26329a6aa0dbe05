"""A PostgreSQL server for a benchmark: is there one, and a scratch database on it.

``ScratchDatabase(server_url, name)`` connects to the server's ``postgres``
database, runs CREATE DATABASE on enter and, after closing Django's connections,
DROP DATABASE ... WITH (FORCE) on exit, on error too. ``scratch_database_url``
picks one, or a temporary SQLite file where no server answers.
"""

import os
import tempfile
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def postgres_reachable(url: str = DEFAULT_SERVER) -> bool:
    """Whether a PostgreSQL server answers at ``url`` (for the smoke test)."""
    import psycopg

    try:
        psycopg.connect(_libpq(url), connect_timeout=3).close()
    except psycopg.Error:
        return False
    return True


def _libpq(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


class ScratchDatabase:
    """CREATE DATABASE on enter, DROP ... WITH (FORCE) on exit."""

    def __init__(self, server_url: str, name: str):
        self.admin_url = _with_database(server_url, "postgres")
        self.name = name
        self.url = _with_database(server_url, name)

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(_libpq(self.admin_url), autocommit=True) as conn:
            conn.execute(sql)

    def __enter__(self) -> "ScratchDatabase":
        self._execute(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc) -> None:
        from django.conf import settings
        from django.db import connections

        if settings.configured:
            connections.close_all()
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def scratch_database_url(stack: ExitStack, name: str) -> str:
    """A scratch PostgreSQL database ``name`` on DATABASE_URL's server (or the
    default one) when it answers, else a temporary SQLite file; dropped or
    removed when ``stack`` closes."""
    given = os.environ.get("DATABASE_URL", "")
    server = given if is_postgres(given) else DEFAULT_SERVER
    if postgres_reachable(server):
        return stack.enter_context(ScratchDatabase(server, name)).url
    path = Path(tempfile.gettempdir()) / f"{name}.sqlite3"
    stack.callback(path.unlink, missing_ok=True)
    return f"sqlite:///{path}"
