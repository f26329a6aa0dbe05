"""The portal as an OpenID Connect provider, driven by a real client (Authlib).

The relying party is Authlib's ``OAuth2Session`` (PKCE S256, state, nonce, HTTP
Basic client authentication); the citizen's browser signs in through the portal's
login form and grants consent. Both talk to the provider in-process, through a
``requests`` transport that hands every request to a Django test client
(tests/identity/oidc_support.py). The ID token is verified as a relying party
does: signature against the JWKS published at ``jwks_uri`` (joserfc, Authlib's
JOSE library) and its claims with Authlib's ``CodeIDToken``.

What the provider refuses is in test_oidc_policy.py, token lifetimes in
test_oidc_tokens.py.
"""

from urllib.parse import urlsplit

import pytest
import requests
from allauth.idp.oidc.models import Client
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.oidc.discovery import OpenIDProviderMetadata
from django.urls import reverse

from identity.oidc import ACR_PREFIX, assurance_level_of, pairwise_sub
from tests.factories import UserFactory
from tests.identity.oidc_support import (
    BASE_URL,
    REDIRECT_URI,
    Browser,
    callback_params,
    citizen,
    discovery,
    mount,
    relying_party,
    sign_in_through_portal,
    signed_in_browser,
)

pytestmark = pytest.mark.django_db


def test_discovery_document_lists_endpoints_pairwise_subjects_and_acr():
    metadata = discovery()

    assert metadata["issuer"] == BASE_URL
    assert metadata["authorization_endpoint"] == f"{BASE_URL}/identity/o/authorize"
    for key in ("token_endpoint", "userinfo_endpoint", "jwks_uri"):
        assert metadata[key].startswith(BASE_URL)
    assert metadata["subject_types_supported"] == ["pairwise"]
    assert f"{ACR_PREFIX}1" in metadata["acr_values_supported"]


def test_discovery_document_is_valid_provider_metadata():
    metadata = OpenIDProviderMetadata(discovery())

    metadata.validate()


def test_signed_out_citizen_signs_in_and_the_client_verifies_the_id_token():
    person = citizen("林晓明")
    rp = relying_party("不动产登记系统")
    browser = Browser()

    login_page = browser.open(rp.authorization_url())
    assert urlsplit(login_page.url).path == reverse("account_login")
    response = browser.authorize(rp.authorization_url(), login=person.user.email)
    token = rp.fetch_token(response.headers["Location"])
    claims = rp.verified_id_token(token)

    assert claims["sub"] == pairwise_sub(rp.client.id, person.user.pk)
    assert claims["nonce"] == rp.nonce
    level = assurance_level_of(person.user)
    assert claims["acr"] == f"{ACR_PREFIX}{level}"
    assert claims["assurance_level"] == level
    assert claims["name"] == "林晓明"
    assert claims["email"] == person.user.email


def test_id_token_never_carries_the_resident_id():
    person = citizen()
    rp = relying_party("公积金管理系统")
    resident_id = person.reveal_identifier()

    _token, claims = sign_in_through_portal(signed_in_browser(person), rp)

    assert resident_id not in str(claims)
    assert claims["sub"] not in {str(person.user.pk), person.user.username}
    assert "preferred_username" not in claims


def test_subject_is_pairwise_and_stable():
    person = citizen()
    browser = signed_in_browser(person)
    first = relying_party("医保服务平台")
    second = relying_party("人社服务平台")

    sub_first = sign_in_through_portal(browser, first)[1]["sub"]
    sub_again = sign_in_through_portal(browser, first.again())[1]["sub"]
    sub_second = sign_in_through_portal(browser, second)[1]["sub"]

    assert sub_first == sub_again == pairwise_sub(first.client.id, person.user.pk)
    assert sub_second != sub_first


def test_userinfo_answers_per_scope():
    person = citizen()
    rp = relying_party("社区服务系统")
    browser = signed_in_browser(person)
    response = browser.authorize(rp.authorization_url(scope="openid"))
    rp.fetch_token(response.headers["Location"])

    info = rp.oauth.get(rp.metadata["userinfo_endpoint"]).json()

    assert info["sub"] == pairwise_sub(rp.client.id, person.user.pk)
    assert "assurance_level" in info
    assert "email" not in info
    assert "name" not in info


def test_userinfo_answer_is_never_replayed_to_a_request_without_the_token():
    person = citizen()
    rp = relying_party("社区服务系统")
    sign_in_through_portal(signed_in_browser(person), rp)
    assert rp.oauth.get(rp.metadata["userinfo_endpoint"]).status_code == 200

    with mount(requests.Session()) as stranger:
        response = stranger.get(rp.metadata["userinfo_endpoint"])

    assert response.status_code == 401
    assert person.user.email not in response.text


def test_wrong_code_verifier_is_refused_at_the_token_endpoint():
    rp = relying_party("税务服务系统")
    response = signed_in_browser(citizen()).authorize(rp.authorization_url())
    assert "code" in callback_params(response)

    with pytest.raises(OAuthError) as excinfo:
        rp.fetch_token(response.headers["Location"], code_verifier=generate_token(48))

    assert excinfo.value.error == "invalid_grant"


def test_signed_out_user_is_sent_to_sign_in():
    rp = relying_party("交通服务系统")

    response = Browser().session.get(rp.authorization_url(), allow_redirects=False)

    assert response.status_code == 302
    assert reverse("account_login") in response.headers["Location"]


def test_clients_are_managed_in_django_admin(client):
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True))

    response = client.post(
        reverse("admin:allauth_idp_oidc_client_add"),
        {
            "id": "housing-fund",
            "name": "公积金管理系统",
            "scopes": "openid\nprofile",
            "default_scopes": "",
            "type": "confidential",
            "grant_types": "authorization_code",
            "redirect_uris": REDIRECT_URI,
            "cors_origins": "",
            "response_types": "code",
        },
    )

    assert response.status_code == 302, response.content[:2000]
    rp = Client.objects.get(pk="housing-fund")
    assert rp.get_redirect_uris() == [REDIRECT_URI]
    changelist = client.get(reverse("admin:allauth_idp_oidc_client_changelist"))
    assert "公积金管理系统" in changelist.content.decode()
