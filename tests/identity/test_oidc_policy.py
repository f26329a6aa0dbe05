"""What the OpenID Connect provider refuses (identity/oidc_policy.py): redirect URIs
that are not exactly registered, authorization requests without PKCE S256,
response types and grants a client is not configured for, and codes used twice
or too late. The relying party is Authlib and the citizen signs in through the
login form (tests/identity/oidc_support.py)."""

import os
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.idp.oidc.internal.oauthlib import authorization_codes
from allauth.idp.oidc.internal.oauthlib import server as allauth_server
from allauth.idp.oidc.internal.oauthlib.request_validator import (
    OAuthLibRequestValidator,
)
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from identity import oidc_policy
from tests.identity.oidc_support import (
    REDIRECT_URI,
    callback_params,
    citizen,
    discovery,
    relying_party,
    signed_in_browser,
    url,
)
from tests.services_support import requires_redis

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in():
    """The browser of a citizen signed in through the login form."""
    return signed_in_browser(citizen())


def error_page(response) -> bool:
    """allauth's error page: no redirect, no consent form."""
    return (
        response.status_code == 200
        and "Location" not in response.headers
        and 'name="request"' not in response.text
    )


def exchange(rp, response, **changes) -> dict:
    """The token request body for the code in ``response``."""
    return {
        "grant_type": "authorization_code",
        "code": callback_params(response)["code"],
        "redirect_uri": rp.redirect_uri,
        "code_verifier": rp.code_verifier,
        **changes,
    }


# --- redirect URIs ------------------------------------------------------------------


@pytest.mark.parametrize(
    "redirect_uri",
    [
        f"{REDIRECT_URI}?x=1",
        f"{REDIRECT_URI}/more",
        f"{REDIRECT_URI}/",
        "https://bdc.example.gov.cn/OIDC/callback",
        f"{REDIRECT_URI}#x",
        "https://bdc.example.gov.cn:8443/oidc/callback",
        "http://bdc.example.gov.cn/oidc/callback",
        "https://bdc.example.gov.cn.example.com/oidc/callback",
    ],
    ids=[
        "extra-query",
        "longer-path",
        "trailing-slash",
        "path-case",
        "fragment",
        "port",
        "scheme",
        "host-suffix",
    ],
)
def test_redirect_uri_not_exactly_registered_gets_an_error_page(
    signed_in, redirect_uri
):
    rp = relying_party("市场监管系统").again(redirect_uri=redirect_uri)

    response = signed_in.authorize(rp.authorization_url())

    assert error_page(response), response.headers.get("Location")


def test_refused_redirect_uri_is_explained_to_the_citizen(signed_in):
    rp = relying_party("市场监管系统").again(redirect_uri=f"{REDIRECT_URI}?x=1")

    page = signed_in.authorize(rp.authorization_url()).text

    assert "登录请求已被拒绝" in page
    assert "未向其提供您的任何信息" in page
    assert "Mismatching redirect URI." in page  # for the other system's administrator


def test_loopback_redirect_uri_with_another_port_gets_an_error_page(signed_in):
    rp = relying_party("桌面申报工具", redirect_uris="http://127.0.0.1/callback")

    response = signed_in.authorize(
        rp.again(redirect_uri="http://127.0.0.1:8080/callback").authorization_url()
    )

    assert error_page(response), response.headers.get("Location")


def test_wildcard_registration_matches_no_redirect_uri(signed_in):
    rp = relying_party(
        "区县服务系统", redirect_uris="https://*.example.gov.cn/oidc/callback"
    )
    rp.client.allow_uri_wildcards = True
    rp.client.save()

    response = signed_in.authorize(
        rp.again(redirect_uri=REDIRECT_URI).authorization_url()
    )

    assert error_page(response), response.headers.get("Location")


def test_registered_redirect_uri_with_a_query_gets_the_code_when_exact(signed_in):
    registered = f"{REDIRECT_URI}?tenant=350100"
    rp = relying_party("市级统一受理系统", redirect_uris=registered)

    response = signed_in.authorize(rp.authorization_url())

    assert response.headers["Location"].startswith(f"{registered}&code=")


def test_registered_redirect_uri_with_a_query_refuses_one_more_parameter(signed_in):
    registered = f"{REDIRECT_URI}?tenant=350100"
    rp = relying_party("市级统一受理系统", redirect_uris=registered)

    response = signed_in.authorize(
        rp.again(redirect_uri=f"{registered}&next=/admin").authorization_url()
    )

    assert error_page(response), response.headers.get("Location")


def test_token_request_with_another_redirect_uri_is_refused(signed_in):
    rp = relying_party("不动产登记系统")
    response = signed_in.authorize(rp.authorization_url())

    token = rp.token_request(
        **exchange(rp, response, redirect_uri=f"{REDIRECT_URI}?x=1")
    )

    assert token.status_code == 400
    assert token.json()["error"] == "invalid_request"


def test_token_request_without_redirect_uri_is_refused(signed_in):
    rp = relying_party("不动产登记系统")
    response = signed_in.authorize(rp.authorization_url())
    body = exchange(rp, response)
    del body["redirect_uri"]

    token = rp.token_request(**body)

    assert token.status_code == 400
    assert token.json()["error"] == "invalid_request"


def test_code_is_not_exchanged_after_its_redirect_uri_is_unregistered(signed_in):
    rp = relying_party("不动产登记系统")
    response = signed_in.authorize(rp.authorization_url())
    rp.client.set_redirect_uris(["https://bdc.example.gov.cn/oidc/new-callback"])
    rp.client.save()

    token = rp.token_request(**exchange(rp, response))

    assert token.status_code == 400
    assert token.json()["error"] == "invalid_request"


# --- PKCE ---------------------------------------------------------------------------


def test_authorization_request_without_pkce_is_refused(signed_in):
    rp = relying_party("税务服务系统", pkce=None)

    params = callback_params(signed_in.authorize(rp.authorization_url()))

    assert params["error"] == "invalid_request"
    assert "code" not in params


@pytest.mark.parametrize(
    "challenge",
    [
        {"code_challenge_method": "plain"},
        {},  # no method means plain (RFC 7636 §4.3)
    ],
    ids=["plain", "no-method"],
)
def test_plain_pkce_is_refused(signed_in, challenge):
    rp = relying_party("税务服务系统", pkce=None)

    params = callback_params(
        signed_in.authorize(
            rp.authorization_url(code_challenge=rp.code_verifier, **challenge)
        )
    )

    assert params["error"] == "invalid_request"
    assert "S256" in params["error_description"]
    assert "code" not in params


def test_s256_challenge_of_the_wrong_length_is_refused(signed_in):
    rp = relying_party("税务服务系统", pkce=None)

    params = callback_params(
        signed_in.authorize(
            rp.authorization_url(code_challenge="A" * 42, code_challenge_method="S256")
        )
    )

    assert params["error"] == "invalid_request"
    assert "code" not in params


# --- response types and grants ------------------------------------------------------


@pytest.mark.parametrize(
    "response_type",
    ["token", "id_token", "id_token token", "code id_token", "code token", "none"],
)
def test_response_type_other_than_code_is_refused(signed_in, response_type):
    rp = relying_party("社保服务系统")

    params = callback_params(
        signed_in.authorize(rp.authorization_url(response_type=response_type))
    )

    assert params["error"] == "unauthorized_client"
    assert not {"code", "access_token", "id_token"} & params.keys()


def test_client_configured_for_a_hybrid_response_type_gets_it(signed_in):
    rp = relying_party("社保服务系统", response_types="code\ncode id_token")

    response = signed_in.authorize(
        rp.authorization_url(
            response_type="code id_token",
            # Authlib adds the challenge to response_type=code only.
            code_challenge=create_s256_code_challenge(rp.code_verifier),
            code_challenge_method="S256",
        )
    )

    fragment = parse_qs(urlsplit(response.headers["Location"]).fragment)
    assert {"code", "id_token"} <= fragment.keys()


def test_client_credentials_are_refused_for_a_client_not_configured_for_them():
    rp = relying_party("数据共享交换平台")

    response = rp.token_request(grant_type="client_credentials", scope="openid")

    assert response.status_code == 400
    assert response.json()["error"] == "unauthorized_client"


def test_client_configured_for_client_credentials_gets_a_token():
    rp = relying_party("数据共享交换平台", grant_types="client_credentials")

    response = rp.token_request(grant_type="client_credentials", scope="openid")

    assert response.status_code == 200
    assert response.json()["access_token"]


def test_device_authorization_is_refused_for_a_client_not_configured_for_it():
    rp = relying_party("自助服务终端", client_type="public")

    response = rp.oauth.post(
        url(reverse("idp:oidc:device_code")),
        data={"client_id": rp.client.id},
        withhold_token=True,
    )

    assert response.status_code == 400
    assert response.json()["error"] == "unauthorized_client"


def test_client_configured_for_the_device_flow_gets_a_device_code():
    rp = relying_party(
        "自助服务终端",
        client_type="public",
        grant_types="urn:ietf:params:oauth:grant-type:device_code",
    )

    response = rp.oauth.post(
        url(reverse("idp:oidc:device_code")),
        data={"client_id": rp.client.id},
        withhold_token=True,
    )

    assert response.status_code == 200
    assert response.json()["device_code"]


def test_refresh_token_only_for_a_client_configured_for_refresh(signed_in):
    rp = relying_party("婚姻登记系统", grant_types="authorization_code")

    response = signed_in.authorize(rp.authorization_url())
    token = rp.fetch_token(response.headers["Location"])

    assert token["access_token"]
    assert "refresh_token" not in token


# --- authorization codes -------------------------------------------------------------


def test_code_used_twice_is_refused(signed_in):
    rp = relying_party("出入境服务系统")
    response = signed_in.authorize(rp.authorization_url())
    rp.fetch_token(response.headers["Location"])

    again = rp.token_request(**exchange(rp, response))

    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


@pytest.fixture(params=["process-local", "redis"])
def code_store(request, settings):
    """The cache holding authorization codes: the test one, or the portal's Redis
    backend (as in production; needs REDIS_URL)."""
    if request.param == "redis":
        requires_redis()
        settings.CACHES = {
            "default": {
                "BACKEND": "citizen_portal.cache.RedisCache",
                "LOCATION": os.environ["REDIS_URL"],
            }
        }
        cache.clear()
        yield
        cache.clear()
    else:
        yield


def test_code_raced_by_two_token_requests_is_redeemed_once(
    code_store, signed_in, monkeypatch
):
    rp = relying_party("出入境服务系统")
    body = exchange(rp, signed_in.authorize(rp.authorization_url()))
    racing = {}
    invalidate = authorization_codes.invalidate

    def second_request_before_invalidation(client_id, code):
        # The first request has issued its tokens and is about to drop the code:
        # the moment a second request for the same code must already fail.
        if "second" not in racing:
            racing["second"] = None
            racing["second"] = rp.again().token_request(**body)
        invalidate(client_id, code)

    monkeypatch.setattr(
        authorization_codes, "invalidate", second_request_before_invalidation
    )

    first = rp.token_request(**body)

    assert first.status_code == 200
    assert racing["second"].status_code == 400
    assert racing["second"].json()["error"] == "invalid_grant"


def test_code_is_refused_after_a_minute(signed_in, monkeypatch):
    rp = relying_party("出入境服务系统")
    body = exchange(rp, signed_in.authorize(rp.authorization_url()))
    issued = time.time()
    monkeypatch.setattr(time, "time", lambda: issued + 61)

    response = rp.token_request(**body)

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


# --- discovery ----------------------------------------------------------------------


def test_discovery_advertises_only_the_code_flow_with_pkce_s256():
    metadata = discovery()

    assert metadata["response_types_supported"] == ["code"]
    assert metadata["grant_types_supported"] == ["authorization_code", "refresh_token"]
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert "device_authorization_endpoint" not in metadata


# --- wiring -------------------------------------------------------------------------


def test_policy_refuses_to_start_when_allauth_builds_its_servers_otherwise(
    monkeypatch,
):
    class SomeOtherValidator(OAuthLibRequestValidator):
        pass

    monkeypatch.setattr(allauth_server, "OAuthLibRequestValidator", SomeOtherValidator)

    with pytest.raises(ImproperlyConfigured, match="OAuthLibRequestValidator"):
        oidc_policy.install()
