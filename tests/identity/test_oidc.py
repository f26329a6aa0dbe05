"""The portal as an OpenID Connect provider, driven by a real client (Authlib).

The relying party runs in the test: Authlib's ``OAuth2Session`` builds the
authorization request (PKCE S256, nonce), the browser is a ``requests`` session
carrying the session cookie of a user signed in with ``force_login``, the consent
form is posted as a browser would, and the code is exchanged at the token endpoint
of the live server. The ID token is then verified with joserfc (Authlib's JOSE
library; ``authlib.jose`` is deprecated in its favour) against the JWKS published
at ``jwks_uri``.

Transactional tests (the live server reads what they write): see
tests/sharing/test_remote_backend.py for ``serialized_rollback`` and
``migrated_data``.
"""

import gc
import html
import re
import threading
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.idp.oidc.models import Client
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from django.urls import reverse
from joserfc import jwt
from joserfc.jwk import KeySet

from identity.oidc import (
    ACR_PREFIX,
    PortalOIDCAdapter,
    assurance_level_of,
    pairwise_sub,
)
from tests.factories import PersonFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

REDIRECT_URI = "http://127.0.0.1/callback"
SCOPE = "openid profile email"


def make_client(name: str) -> tuple[Client, str]:
    client = Client(
        name=name,
        type=Client.Type.CONFIDENTIAL,
        scopes="openid\nprofile\nemail",
        redirect_uris=REDIRECT_URI,
        grant_types="authorization_code",
        response_types="code",
    )
    secret = PortalOIDCAdapter().generate_client_secret()
    client.set_secret(secret)
    client.save()
    return client, secret


@pytest.fixture(autouse=True)
def _close_connections():
    """Let the live server's request threads end with each test (their keep-alive
    connections would otherwise outlive its shared database connection; see
    tests/sharing/test_remote_backend.py)."""
    yield
    gc.collect()
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(timeout=5)


@pytest.fixture
def metadata(live_server) -> dict:
    response = requests.get(
        f"{live_server.url}/.well-known/openid-configuration", timeout=10
    )
    response.raise_for_status()
    return response.json()


@pytest.fixture
def person():
    person = PersonFactory(name="林晓明")
    EmailAddress.objects.create(
        user=person.user, email=person.user.email, primary=True, verified=True
    )
    return person


@pytest.fixture
def browser(client, person) -> Iterator[requests.Session]:
    """A browser in which ``person`` is signed in to the portal."""
    client.force_login(person.user)
    with requests.Session() as session:
        session.cookies.set("sessionid", client.cookies["sessionid"].value)
        yield session


def start(metadata: dict, rp: Client, secret: str, **params) -> tuple:
    oauth = OAuth2Session(
        rp.id,
        secret,
        scope=SCOPE,
        redirect_uri=params.pop("redirect_uri", REDIRECT_URI),
        code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic",  # noqa: S106
    )
    verifier = generate_token(48)
    nonce = generate_token(16)
    url, state = oauth.create_authorization_url(
        metadata["authorization_endpoint"],
        code_verifier=verifier,
        nonce=nonce,
        **params,
    )
    return oauth, url, verifier, nonce


def authorize(browser: requests.Session, url: str) -> requests.Response:
    """Open the authorization URL and grant consent; the redirect to the client."""
    response = browser.get(url, allow_redirects=False, timeout=10)
    if response.status_code == 200 and 'name="request"' in response.text:
        page = response.text
        fields = {
            "csrfmiddlewaretoken": _input_value(page, "csrfmiddlewaretoken"),
            "request": _input_value(page, "request"),
            "scopes": re.findall(r'name="scopes" value="([^"]+)"', page),
            "action": "grant",
        }
        response = browser.post(
            url.split("?", 1)[0],
            data=fields,
            headers={"Referer": url},
            allow_redirects=False,
            timeout=10,
        )
    return response


def _input_value(page: str, name: str) -> str:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page)
    assert tag, f"no {name} field in the consent page"
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return html.unescape(value.group(1))


def code_from(response: requests.Response) -> str:
    assert response.status_code == 302, response.text[:500]
    location = response.headers["Location"]
    assert location.startswith(REDIRECT_URI), location
    return parse_qs(urlsplit(location).query)["code"][0]


def verified_id_token(metadata: dict, token: dict, rp: Client, nonce: str) -> dict:
    jwks = requests.get(metadata["jwks_uri"], timeout=10).json()
    decoded = jwt.decode(
        token["id_token"], KeySet.import_key_set(jwks), algorithms=["RS256"]
    )
    jwt.JWTClaimsRegistry(
        iss={"essential": True, "value": metadata["issuer"]},
        aud={"essential": True, "value": rp.id},
        nonce={"essential": True, "value": nonce},
        exp={"essential": True},
        iat={"essential": True},
        sub={"essential": True},
    ).validate(decoded.claims)
    return decoded.claims


def sign_in_through_portal(metadata, browser, rp, secret) -> dict:
    oauth, url, verifier, nonce = start(metadata, rp, secret)
    response = authorize(browser, url)
    token = oauth.fetch_token(
        metadata["token_endpoint"],
        authorization_response=response.headers["Location"],
        code_verifier=verifier,
    )
    return verified_id_token(metadata, token, rp, nonce)


def test_discovery_document_lists_endpoints_and_pkce(live_server, metadata):
    assert metadata["issuer"] == live_server.url
    assert metadata["authorization_endpoint"].endswith("/identity/o/authorize")
    for key in ("token_endpoint", "userinfo_endpoint", "jwks_uri"):
        assert metadata[key].startswith(live_server.url)
    assert "S256" in metadata["code_challenge_methods_supported"]
    assert metadata["subject_types_supported"] == ["pairwise"]
    assert f"{ACR_PREFIX}1" in metadata["acr_values_supported"]


def test_code_flow_with_pkce_yields_a_signed_id_token(metadata, browser, person):
    rp, secret = make_client("不动产登记系统")

    claims = sign_in_through_portal(metadata, browser, rp, secret)

    assert claims["name"] == "林晓明"
    assert claims["email"] == person.user.email
    assert claims["assurance_level"] == assurance_level_of(person.user)
    assert claims["acr"] == f"{ACR_PREFIX}{claims['assurance_level']}"


def test_id_token_never_carries_the_resident_id(metadata, browser, person):
    rp, secret = make_client("公积金管理系统")
    resident_id = person.reveal_identifier()

    claims = sign_in_through_portal(metadata, browser, rp, secret)

    assert resident_id not in str(claims)
    assert claims["sub"] not in {str(person.user.pk), person.user.username}
    assert "preferred_username" not in claims


def test_subject_is_pairwise_and_stable(metadata, browser, person):
    first, first_secret = make_client("医保服务平台")
    second, second_secret = make_client("人社服务平台")

    sub_first = sign_in_through_portal(metadata, browser, first, first_secret)["sub"]
    sub_again = sign_in_through_portal(metadata, browser, first, first_secret)["sub"]
    sub_second = sign_in_through_portal(metadata, browser, second, second_secret)["sub"]

    assert sub_first == sub_again == pairwise_sub(first.id, person.user.pk)
    assert sub_second != sub_first


def test_userinfo_answers_per_scope(metadata, browser, person):
    rp, secret = make_client("社区服务系统")
    oauth, url, verifier, nonce = start(metadata, rp, secret, scope="openid")
    response = authorize(browser, url)
    oauth.fetch_token(
        metadata["token_endpoint"],
        authorization_response=response.headers["Location"],
        code_verifier=verifier,
    )

    info = oauth.get(metadata["userinfo_endpoint"], timeout=10).json()

    assert info["sub"] == pairwise_sub(rp.id, person.user.pk)
    assert "assurance_level" in info
    assert "email" not in info
    assert "name" not in info


def test_wrong_code_verifier_is_refused_at_the_token_endpoint(metadata, browser):
    rp, secret = make_client("税务服务系统")
    oauth, url, verifier, nonce = start(metadata, rp, secret)
    response = authorize(browser, url)
    code_from(response)

    with pytest.raises(OAuthError) as excinfo:
        oauth.fetch_token(
            metadata["token_endpoint"],
            authorization_response=response.headers["Location"],
            code_verifier=generate_token(48),
        )

    assert excinfo.value.error == "invalid_grant"


def test_unregistered_redirect_uri_gets_no_code(metadata, browser):
    rp, secret = make_client("市场监管系统")
    oauth, url, verifier, nonce = start(
        metadata, rp, secret, redirect_uri="http://127.0.0.1/elsewhere"
    )

    response = browser.get(url, allow_redirects=False, timeout=10)

    # allauth shows the error on its own page: never redirect to an unknown URI.
    assert response.status_code == 200
    assert "Location" not in response.headers
    assert 'name="request"' not in response.text


def test_signed_out_user_is_sent_to_sign_in(metadata):
    rp, secret = make_client("交通服务系统")
    oauth, url, verifier, nonce = start(metadata, rp, secret)

    response = requests.get(url, allow_redirects=False, timeout=10)

    assert response.status_code == 302
    assert reverse("account_login") in response.headers["Location"]


def test_clients_are_managed_in_django_admin(client):
    from tests.factories import UserFactory

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
