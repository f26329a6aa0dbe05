"""Throttling of every way to authenticate (allauth's rate limits, kept in the
cache, which tests/conftest.py clears between tests)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account import app_settings as account_settings
from django.conf import settings as django_settings
from django.test import override_settings
from django.urls import reverse

from identity import sms
from tests.factories import StaffUserFactory, UserFactory, totp_code

pytestmark = pytest.mark.django_db

TOO_MANY = "登录失败次数过多"


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def sign_in(client, login, password, **extra):
    return client.post(
        reverse("account_login"), {"login": login, "password": password}, **extra
    )


@pytest.mark.parametrize("by", ["email", "phone"])
def test_fifteen_wrong_passwords_then_the_right_one_is_still_refused(
    client, password, by
):
    user = UserFactory(phone="13912345678", phone_verified=True)
    login = user.email if by == "email" else "13912345678"
    for _attempt in range(15):
        sign_in(client, login, "wrong-password-1")
    response = sign_in(client, login, password)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert TOO_MANY in response.content.decode()


def test_failed_sign_ins_by_number_are_counted_per_number(client, password):
    UserFactory(phone="13912345678", phone_verified=True)
    other = UserFactory(phone="13912340000", phone_verified=True)
    for _attempt in range(5):
        sign_in(client, "13912345678", "wrong-password-1")
    response = sign_in(client, "13912340000", password)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


def test_every_spelling_of_a_number_counts_for_that_number(client, password):
    UserFactory(phone="13912345678", phone_verified=True)
    for login in ["13912345678", "+86 139 1234 5678", "139-1234-5678"] * 2:
        sign_in(client, login, "wrong-password-1")
    response = sign_in(client, "+8613912345678", password)
    assert "_auth_user_id" not in client.session
    assert TOO_MANY in response.content.decode()


def test_failures_from_one_address_are_limited_across_accounts(client, password):
    users = [UserFactory() for _ in range(11)]
    for user in users[:10]:
        sign_in(client, user.email, "wrong-password-1")
    response = sign_in(client, users[10].email, password)
    assert "_auth_user_id" not in client.session
    assert TOO_MANY in response.content.decode()


def test_behind_the_proxy_each_client_address_has_its_own_count(
    client, password, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    users = [UserFactory() for _ in range(11)]
    for user in users[:10]:
        sign_in(
            client,
            user.email,
            "wrong-password-1",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    response = sign_in(
        client,
        users[10].email,
        password,
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(users[10].pk)


def trusted_proxy_count(**environment: str) -> str:
    code = "from django.conf import settings as s; print(s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    clean = {
        name: value
        for name, value in os.environ.items()
        if not name.endswith("TRUSTED_PROXY_COUNT")
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={**clean, **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_trusted_proxy_count_comes_from_the_environment():
    assert trusted_proxy_count() == "0"
    assert trusted_proxy_count(ALLAUTH_TRUSTED_PROXY_COUNT="2") == "2"
    # The proxies in front of the licence API are those in front of sign-in.
    assert trusted_proxy_count(LICENCE_TRUSTED_PROXY_COUNT="1") == "1"


def test_wrong_second_factor_codes_are_limited_per_account(client, password):
    staff = StaffUserFactory()
    response = sign_in(client, staff.email, password)
    assert response["Location"] == reverse("mfa_authenticate")
    for _attempt in range(5):
        client.post(reverse("mfa_authenticate"), {"code": "000000"})
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert TOO_MANY in response.content.decode()


def test_too_many_requests_page_is_chinese(client, citizen):
    for _attempt in range(5):
        client.post(reverse("account_reset_password"), {"email": citizen.email})
    response = client.post(reverse("account_reset_password"), {"email": citizen.email})
    assert response.status_code == 429
    content = response.content.decode()
    assert "尝试次数过多" in content
    assert "请等待几分钟后再试" in content


def test_too_many_requests_page_follows_the_language(client, citizen):
    url = "/en" + reverse("account_reset_password")
    for _attempt in range(6):
        response = client.post(url, {"email": citizen.email})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_every_configured_rate_is_one_allauth_applies():
    # A misspelt action (e.g. "reset_password_email") would be silently ignored.
    with override_settings(ACCOUNT_RATE_LIMITS={}):
        known = set(account_settings.RATE_LIMITS)
    assert set(django_settings.ACCOUNT_RATE_LIMITS) <= known
