"""Helpers to skip (or, under CI, fail) tests whose real service is missing."""

import os
import shutil

import pytest

REQUIRE_SERVICES = os.environ.get("CITIZEN_PORTAL_REQUIRE_SERVICES") == "1"


def need(condition: bool, reason: str) -> None:
    """Skip the calling test when ``condition`` is false, unless CI requires it."""
    if condition:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing under CI: {reason}")
    pytest.skip(reason)


def requires_redis() -> None:
    need(
        bool(os.environ.get("REDIS_URL")), "REDIS_URL not set: no Redis to test against"
    )


def requires_postgres() -> None:
    need(
        os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        "DATABASE_URL does not point at PostgreSQL",
    )


def requires_binary(name: str) -> str:
    path = shutil.which(name)
    need(path is not None, f"{name} is not installed")
    return path or ""
