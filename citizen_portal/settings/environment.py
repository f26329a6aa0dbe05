"""What the other settings modules read first: the project directory, the helpers
that read environment variables, and the two addresses several of them need."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


# Commands that create or alter tables, or grant privileges on them: in production
# they connect as the migration role (MIGRATE_DATABASE_URL), which owns the tables.
MIGRATION_COMMANDS = frozenset({"migrate", "grant_app_role"})
_COMMAND_RUNNERS = frozenset({"manage.py", "django-admin", "__main__.py"})


def management_command(argv: list[str]) -> str:
    """The manage.py (or django-admin) subcommand in ``argv``; "" for any other
    program (gunicorn, celery, pytest)."""
    if len(argv) < 2 or os.path.basename(argv[0]) not in _COMMAND_RUNNERS:
        return ""
    return argv[1]


# Where the portal is reachable from outside; used in QR codes and e-mails.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

REDIS_URL = os.environ.get("REDIS_URL", "")
