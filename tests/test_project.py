"""Project-wide checks: deploy settings, migrations in step with models, lint."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def _rsa_private_key_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def _ec_signing_key_and_cert() -> tuple[str, str]:
    """A throwaway self-signed EC P-256 licence-signing key and certificate (PEM)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from licences.signing import make_certificate, pem_cert, pem_key

    key = ec.generate_private_key(ec.SECP256R1())
    cert = make_certificate(common_name="deploy-check signer", key=key, days=30)
    return pem_key(key).decode(), pem_cert(cert).decode()


_LICENCE_KEY, _LICENCE_CERT = _ec_signing_key_and_cert()

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "citizen_portal.settings.production",
    "SECRET_KEY": "x7Qp2-production-like-secret-key-for-the-deploy-check-9fK3mZ8vL1",
    "ALLOWED_HOSTS": "portal.example.gov.cn,www.portal.example.gov.cn",
    "DATABASE_URL": "postgres://portal@db.internal:5432/portal",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "IDENTITY_ENCRYPTION_KEY": "bW9jay1lbmNyeXB0aW9uLWtleS0zMi1ieXRlcy0wMDA=",
    "IDENTITY_HASH_KEY": "mock-hash-key-for-the-deploy-check",
    "PORTAL_BASE_URL": "https://portal.example.gov.cn",
    "IDP_OIDC_PRIVATE_KEY": _rsa_private_key_pem(),
    "LICENCE_SIGNING_KEY": _LICENCE_KEY,
    "LICENCE_SIGNING_CERT": _LICENCE_CERT,
}


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_settings_refuse_to_start_without_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_production_settings_refuse_to_start_without_oidc_signing_key():
    env = {**PRODUCTION_ENV, "IDP_OIDC_PRIVATE_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "IDP_OIDC_PRIVATE_KEY is required" in result.stderr


def test_production_settings_refuse_to_start_without_licence_signing_key():
    env = {**PRODUCTION_ENV, "LICENCE_SIGNING_KEY": ""}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert "LICENCE_SIGNING_KEY is required" in result.stderr


def test_production_settings_read_hosts_from_environment():
    code = "from django.conf import settings as s; print(s.ALLOWED_HOSTS, s.DEBUG)"
    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert (
        "['portal.example.gov.cn', 'www.portal.example.gov.cn'] False" in result.stdout
    )


def test_production_and_development_settings_use_the_portal_redis_cache():
    code = "from django.conf import settings as s; print(s.CACHES['default'])"
    development = {
        "DJANGO_SETTINGS_MODULE": "citizen_portal.settings.dev",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    for env in (PRODUCTION_ENV, development):
        result = run_manage("shell", "-c", code, env=env)
        assert "'BACKEND': 'citizen_portal.cache.RedisCache'" in result.stdout, (
            result.stderr
        )


@pytest.mark.django_db
def test_migrations_match_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which(
        "ruff"
    )
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run(
        [ruff, "check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
