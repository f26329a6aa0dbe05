"""Lifetimes of what the OpenID Connect provider issues (set in
citizen_portal/settings/accounts.py): access and ID tokens last minutes, refresh
tokens are replaced at every use and end a working day after the sign-in
(identity/oidc_policy.py). Codes: test_oidc_policy.py."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from citizen_portal.settings.accounts import oidc_lifetime
from tests.identity.oidc_support import (
    citizen,
    relying_party,
    sign_in_through_portal,
    signed_in_browser,
)

pytestmark = pytest.mark.django_db

TEN_MINUTES = 600
EIGHT_HOURS = 8 * 3600


@pytest.fixture
def signed_in():
    """The browser of a citizen signed in through the login form."""
    return signed_in_browser(citizen())


@pytest.fixture
def clock(monkeypatch):
    """Moves the provider's clock (``timezone.now``, which token expiry reads)
    ``seconds`` ahead of now."""
    now = timezone.now

    def advance(seconds: int) -> None:
        later = now() + datetime.timedelta(seconds=seconds)
        monkeypatch.setattr(timezone, "now", lambda: later)

    return advance


def userinfo_status(rp, token: dict) -> int:
    return rp.oauth.get(
        rp.metadata["userinfo_endpoint"],
        headers={"Authorization": f"Bearer {token['access_token']}"},
        withhold_token=True,
    ).status_code


def refresh(rp, refresh_token: str):
    return rp.token_request(grant_type="refresh_token", refresh_token=refresh_token)


def test_access_token_lasts_ten_minutes(signed_in, clock):
    rp = relying_party("公安户政系统")
    token, _claims = sign_in_through_portal(signed_in, rp)
    assert token["expires_in"] <= TEN_MINUTES
    assert userinfo_status(rp, token) == 200

    clock(TEN_MINUTES + 1)

    assert userinfo_status(rp, token) == 401


def test_id_token_expires_within_ten_minutes(signed_in):
    rp = relying_party("公安户政系统")

    _token, claims = sign_in_through_portal(signed_in, rp)

    assert 0 < claims["exp"] - claims["iat"] <= TEN_MINUTES


def test_refresh_token_is_replaced_at_every_use(signed_in):
    rp = relying_party("公安户政系统")
    token, _claims = sign_in_through_portal(signed_in, rp)

    renewed = refresh(rp, token["refresh_token"])
    reused = refresh(rp, token["refresh_token"])

    assert renewed.status_code == 200
    assert renewed.json()["refresh_token"] != token["refresh_token"]
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"


def test_refresh_token_works_for_eight_hours(signed_in, clock):
    rp = relying_party("公安户政系统")
    token, _claims = sign_in_through_portal(signed_in, rp)
    assert token["refresh_expires_in"] <= EIGHT_HOURS

    clock(EIGHT_HOURS - 60)

    assert refresh(rp, token["refresh_token"]).status_code == 200


def test_refresh_token_stops_working_after_eight_hours(signed_in, clock):
    rp = relying_party("公安户政系统")
    token, _claims = sign_in_through_portal(signed_in, rp)

    clock(EIGHT_HOURS + 1)
    response = refresh(rp, token["refresh_token"])

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_refreshing_does_not_extend_the_eight_hours(signed_in, clock):
    rp = relying_party("公安户政系统")
    token, _claims = sign_in_through_portal(signed_in, rp)
    clock(7 * 3600)
    renewed = refresh(rp, token["refresh_token"]).json()
    assert renewed["refresh_expires_in"] <= 3600

    clock(EIGHT_HOURS + 1)
    response = refresh(rp, renewed["refresh_token"])

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


@pytest.mark.parametrize("value", ["3600", "0", "-5", "ten minutes"])
def test_token_lifetime_setting_refuses_values_beyond_its_bound(monkeypatch, value):
    monkeypatch.setenv("IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", value)

    with pytest.raises(ImproperlyConfigured, match="IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN"):
        oidc_lifetime("IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", 600, 600)


def test_token_lifetime_setting_may_be_shortened(monkeypatch):
    monkeypatch.setenv("IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", "120")

    assert oidc_lifetime("IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", 600, 600) == 120
