"""A relying party (Authlib) and a browser talking to the portal's OpenID Connect
provider in-process.

Both are ``requests`` sessions whose transport is a Django test ``Client`` (one
per party, so that each keeps its own cookies): Authlib's ``OAuth2Session`` sends
its real requests (token endpoint with HTTP Basic client authentication, userinfo
with the bearer token), and the browser signs in through the real login form and
grants consent, with CSRF checks enforced as in production. Nothing leaves the
process: a request for any other host fails as a network error would, so the
redirect to the relying party's callback is where the browser stops and hands
the URL to the relying party.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qs, urlsplit

import requests
from allauth.idp.oidc.models import Client
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.oidc.core import CodeIDToken
from django.test import Client as DjangoClient
from django.urls import reverse
from joserfc import jwt
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers

from identity.models import Person
from identity.oidc import PortalOIDCAdapter
from tests.factories import PASSWORD, PersonFactory

HOST = "testserver"
BASE_URL = f"https://{HOST}"
REDIRECT_URI = "https://bdc.example.gov.cn/oidc/callback"
SCOPE = "openid profile email"
# Headers Django's test client sets itself (or that would duplicate its cookies).
_OWN_HEADERS = {"host", "content-length", "content-type", "cookie"}


class DjangoClientAdapter(BaseAdapter):
    """A ``requests`` transport that hands each request to a Django test client."""

    def __init__(self, client: DjangoClient) -> None:
        super().__init__()
        self.client = client

    def send(
        self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None
    ):
        url = urlsplit(request.url)
        if url.hostname != HOST:
            raise requests.ConnectionError(f"no network in tests: {request.url}")
        path = url.path + (f"?{url.query}" if url.query else "")
        body = request.body or b""
        response = self.client.generic(
            request.method,
            path,
            data=body,
            content_type=request.headers.get("Content-Type", ""),
            secure=url.scheme == "https",
            headers={
                name: value
                for name, value in request.headers.items()
                if name.lower() not in _OWN_HEADERS
            },
        )
        result = requests.Response()
        result.status_code = response.status_code
        result.reason = response.reason_phrase
        result.headers = CaseInsensitiveDict(response.headers)
        result._content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        result.encoding = get_encoding_from_headers(result.headers)
        result.url = request.url
        result.request = request
        result.connection = self
        return result

    def close(self) -> None:
        pass


def mount(session: requests.Session, client: DjangoClient | None = None):
    adapter = DjangoClientAdapter(client or DjangoClient())
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def url(path: str) -> str:
    return f"{BASE_URL}{path}"


def discovery() -> dict:
    with mount(requests.Session()) as session:
        response = session.get(url("/.well-known/openid-configuration"))
    response.raise_for_status()
    return response.json()


def citizen(name: str = "林晓明") -> Person:
    """A citizen with a verified e-mail address (the factory's) to sign in with."""
    return PersonFactory(name=name)


# --- relying parties ---------------------------------------------------------------


def make_client(
    name: str,
    *,
    redirect_uris: str = REDIRECT_URI,
    grant_types: str = "authorization_code\nrefresh_token",
    response_types: str = "code",
    client_type: str = Client.Type.CONFIDENTIAL,
) -> tuple[Client, str]:
    client = Client(
        name=name,
        type=client_type,
        scopes="openid\nprofile\nemail",
        redirect_uris=redirect_uris,
        grant_types=grant_types,
        response_types=response_types,
    )
    secret = PortalOIDCAdapter().generate_client_secret()
    client.set_secret(secret)
    client.save()
    return client, secret


def relying_party(name: str, *, pkce: str | None = "S256", **client) -> RelyingParty:
    """A new registered client (``make_client`` options) and its relying party."""
    registered, secret = make_client(name, **client)
    redirect_uri = registered.get_redirect_uris()[0]
    return RelyingParty(
        discovery(), registered, secret, redirect_uri=redirect_uri, pkce=pkce
    )


class RelyingParty:
    """One authorization request of a relying party, made with Authlib."""

    def __init__(
        self,
        metadata: dict,
        client: Client,
        secret: str,
        *,
        redirect_uri: str = REDIRECT_URI,
        pkce: str | None = "S256",
    ) -> None:
        self.metadata = metadata
        self.client = client
        self.secret = secret
        self.redirect_uri = redirect_uri
        self.pkce = pkce
        self.oauth = mount(
            OAuth2Session(
                client.id,
                secret,
                scope=SCOPE,
                redirect_uri=redirect_uri,
                code_challenge_method=pkce,
                token_endpoint_auth_method="client_secret_basic",  # noqa: S106
            )
        )
        self.code_verifier = generate_token(48)
        self.nonce = generate_token(16)

    def again(self, **changes) -> RelyingParty:
        """A new authorization request (new verifier, state and nonce) of the same
        client, with ``redirect_uri`` or ``pkce`` changed if given."""
        options = {"redirect_uri": self.redirect_uri, "pkce": self.pkce, **changes}
        return RelyingParty(self.metadata, self.client, self.secret, **options)

    def authorization_url(self, **params) -> str:
        params.setdefault("nonce", self.nonce)
        authorization_url, _state = self.oauth.create_authorization_url(
            self.metadata["authorization_endpoint"],
            code_verifier=self.code_verifier,
            **params,
        )
        return authorization_url

    def fetch_token(self, callback_url: str, **params) -> dict:
        params.setdefault("code_verifier", self.code_verifier)
        return self.oauth.fetch_token(
            self.metadata["token_endpoint"],
            authorization_response=callback_url,
            **params,
        )

    def token_request(self, **data) -> requests.Response:
        """A raw POST to the token endpoint, authenticated as this client."""
        return self.oauth.post(
            self.metadata["token_endpoint"],
            data=data,
            auth=self.oauth.client_auth("client_secret_basic"),
            withhold_token=True,
        )

    def verified_id_token(self, token: dict) -> CodeIDToken:
        """The ID token, its signature checked against the provider's JWKS and its
        claims (iss, aud, exp, iat, nonce, at_hash, azp) by Authlib."""
        jwks = self.oauth.get(self.metadata["jwks_uri"], withhold_token=True)
        jwks.raise_for_status()
        decoded = jwt.decode(
            token["id_token"],
            KeySet.import_key_set(jwks.json()),
            registry=JWSRegistry(
                algorithms=self.metadata["id_token_signing_alg_values_supported"]
            ),
        )
        claims = CodeIDToken(
            decoded.claims,
            decoded.header,
            options={
                "iss": {"essential": True, "value": self.metadata["issuer"]},
                "aud": {"essential": True, "value": self.client.id},
                "exp": {"essential": True},
                "iat": {"essential": True},
                "sub": {"essential": True},
                "nonce": {"essential": True},
                "acr": {"essential": True},
            },
            params={
                "nonce": self.nonce,
                "client_id": self.client.id,
                "access_token": token["access_token"],
            },
        )
        claims.validate()
        return claims


# --- the browser ------------------------------------------------------------------


class Browser:
    """A user agent: follows the portal's own redirects, stops at any other host."""

    def __init__(self) -> None:
        self.session = mount(requests.Session(), DjangoClient(enforce_csrf_checks=True))

    def open(self, target: str) -> requests.Response:
        response = self.session.get(target, allow_redirects=False)
        while response.is_redirect:
            location = requests.compat.urljoin(
                response.url, response.headers["Location"]
            )
            if urlsplit(location).hostname != HOST:
                break
            response = self.session.get(location, allow_redirects=False)
        return response

    def submit(
        self, page: requests.Response, field: str, data: dict
    ) -> requests.Response:
        """Post the form of ``page`` that has ``field`` to its action, with the
        form's hidden inputs and the Origin header a browser sends."""
        form = form_with(page.text, field)
        action = re.search(r'<form[^>]*action="([^"]*)"', form)
        target = requests.compat.urljoin(
            page.url, html.unescape(action.group(1)) if action else page.url
        )
        fields = {
            name: html.unescape(value)
            for name, value in re.findall(
                r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form
            )
        }
        fields.update(data)
        response = self.session.post(
            target, data=fields, headers={"Origin": BASE_URL}, allow_redirects=False
        )
        while response.is_redirect:
            location = requests.compat.urljoin(
                response.url, response.headers["Location"]
            )
            if urlsplit(location).hostname != HOST:
                break
            response = self.session.get(location, allow_redirects=False)
        return response

    def sign_in(self, login: str, password: str = PASSWORD) -> requests.Response:
        page = self.open(url(reverse("account_login")))
        assert 'name="password"' in page.text, page.text[:500]
        return self.submit(page, "password", {"login": login, "password": password})

    def authorize(
        self, authorization_url: str, login: str | None = None
    ) -> requests.Response:
        """Open the authorization URL, sign in on the login page it leads to when
        ``login`` is given, and grant consent; the response that leaves the portal
        (the redirect to the client) or the page the portal stopped at."""
        page = self.open(authorization_url)
        if login is not None and urlsplit(page.url).path == reverse("account_login"):
            page = self.submit(page, "password", {"login": login, "password": PASSWORD})
        if page.status_code == 200 and 'name="request"' in page.text:
            page = self.submit(
                page,
                "request",
                {
                    "scopes": re.findall(r'name="scopes" value="([^"]+)"', page.text),
                    "action": "grant",
                },
            )
        return page


def signed_in_browser(person: Person) -> Browser:
    browser = Browser()
    page = browser.sign_in(person.user.email)
    assert page.status_code == 200 and 'name="password"' not in page.text, page.text
    return browser


def sign_in_through_portal(browser: Browser, rp: RelyingParty) -> tuple[dict, dict]:
    """The whole code flow; the token response and the verified ID token claims."""
    response = browser.authorize(rp.authorization_url())
    token = rp.fetch_token(response.headers["Location"])
    return token, rp.verified_id_token(token)


def form_with(page: str, field: str) -> str:
    for form in re.findall(r"<form.*?</form>", page, re.S):
        if f'name="{field}"' in form:
            return form
    raise AssertionError(f"no form with a {field} field in the page")


def input_value(page: str, name: str) -> str:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', page)
    assert tag, f"no {name} field in the page"
    value = re.search(r'value="([^"]*)"', tag.group(0))
    assert value, f"the {name} field has no value"
    return html.unescape(value.group(1))


def callback_params(response: requests.Response) -> dict[str, str]:
    """The query of the redirect to the client's callback."""
    assert response.is_redirect, (response.status_code, response.text[:500])
    location = response.headers["Location"]
    return {
        key: values[0] for key, values in parse_qs(urlsplit(location).query).items()
    }
