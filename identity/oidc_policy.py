"""What the portal's OpenID Connect provider accepts from a relying party.

allauth's IdP (``allauth.idp.oidc``) runs the protocol with oauthlib, which asks a
*request validator* every question of policy: is this redirect URI registered,
may this client use this response type, is PKCE required, is this code valid.
allauth's answers are lenient where the OAuth 2.0 Security BCP (RFC 9700) and
OpenID Connect Core are strict, so ``PortalRequestValidator`` answers instead:

- **Redirect URIs match exactly.** The ``redirect_uri`` of an authorization
  request must be, character for character, one of the client's registered URIs
  (RFC 6749 §3.1.2, OIDC Core §3.1.2.1: simple string comparison, RFC 3986
  §6.2.1). allauth also accepts extra query parameters, any port on a loopback
  address and host wildcards; here none of these match, and a URI with a
  fragment never does. A mismatch is a fatal error: allauth shows its error
  page and never redirects to the unregistered URI. At the token endpoint the
  ``redirect_uri`` must be the same string as in the authorization request
  (allauth's check) and still registered.
- **PKCE with S256 on every authorization request that asks for a code**, from
  public and confidential clients alike (RFC 9700 §2.1.1): a missing
  ``code_challenge`` and the ``plain`` method (also what an absent method means,
  RFC 7636 §4.3) are refused with ``invalid_request``, sent to the registered
  redirect URI; a code without a challenge is never exchanged.
- **Response types and grant types are what an admin configured on the client**
  (allauth's ``Client.response_types`` / ``grant_types``, which default to
  ``code`` / ``authorization_code``): anything else is refused with
  ``unauthorized_client``, including the device authorization endpoint for a
  client not configured for the device-code grant (allauth checks that grant
  only when the device polls). Discovery advertises the defaults only
  (``PortalOIDCAdapter.populate_server_metadata`` in identity/oidc.py).
- **Refresh tokens are bounded.** One is issued only to a client configured for
  the ``refresh_token`` grant; each use replaces it (allauth's rotation) and the
  new one keeps the expiry of the first, so that the chain started by a sign-in
  ends ``IDP_OIDC_REFRESH_TOKEN_EXPIRES_IN`` after it, however often the client
  refreshes (allauth would start the lifetime afresh at every rotation).
- **An authorization code is redeemed once**, even when two token requests race:
  the request that removes the code from the cache redeems it (RFC 6749 §4.1.2;
  allauth removes it only after issuing the tokens). Codes, tokens and their
  lifetimes are set in ``citizen_portal/settings/accounts.py``.

allauth builds its oauthlib servers with a validator class it names in
``allauth.idp.oidc.internal.oauthlib.server`` and offers no setting for it, so
``install()`` (called from ``IdentityConfig.ready``) puts this subclass there. It
fails loudly if a new allauth no longer has that name; the tests in
tests/identity/test_oidc_policy.py fail if it stops taking effect.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from allauth.idp.oidc.adapter import get_adapter
from allauth.idp.oidc.internal.oauthlib import authorization_codes
from allauth.idp.oidc.internal.oauthlib import server as allauth_server
from allauth.idp.oidc.internal.oauthlib.request_validator import (
    OAuthLibRequestValidator,
)
from allauth.idp.oidc.internal.oauthlib.utils import get_validator_context
from allauth.idp.oidc.models import Client, Token
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone
from oauthlib.common import Request
from oauthlib.oauth2.rfc6749 import errors

# What discovery advertises (and a client gets unless an admin configures more).
RESPONSE_TYPES = ("code",)
GRANT_TYPES = (Client.GrantType.AUTHORIZATION_CODE, Client.GrantType.REFRESH_TOKEN)
CODE_CHALLENGE_METHODS = ("S256",)
# BASE64URL(SHA256(code_verifier)) without padding: 43 characters (RFC 7636 §4.2).
_S256_CHALLENGE = re.compile(r"[A-Za-z0-9_-]{43}")


def redirect_uri_registered(
    redirect_uri: str | None, registered: Iterable[str]
) -> bool:
    """Whether ``redirect_uri`` is one of ``registered``, compared as strings: no
    normalisation, no prefix, no extra query, no fragment, no wildcard."""
    if not redirect_uri or "#" in redirect_uri:
        return False
    return any(uri == redirect_uri for uri in registered if "*" not in uri)


class PortalRequestValidator(OAuthLibRequestValidator):
    def validate_redirect_uri(
        self, client_id: str, redirect_uri: str, request: Request, *args, **kwargs
    ) -> bool:
        return redirect_uri_registered(redirect_uri, request.client.get_redirect_uris())

    def confirm_redirect_uri(
        self,
        client_id: str,
        code: str,
        redirect_uri: str,
        client: Client,
        request: Request,
        *args,
        **kwargs,
    ) -> bool:
        return redirect_uri_registered(
            redirect_uri, client.get_redirect_uris()
        ) and super().confirm_redirect_uri(
            client_id, code, redirect_uri, client, request, *args, **kwargs
        )

    def is_pkce_required(self, client_id: str, request: Request) -> bool:
        # oauthlib asks this right before it reads the code challenge, and has no
        # setting for the methods it accepts (it takes "plain"); so the answer is
        # "always", and a challenge that is not S256 is refused here.
        challenge = request.code_challenge
        if challenge is not None:
            if request.code_challenge_method not in CODE_CHALLENGE_METHODS:
                raise errors.UnsupportedCodeChallengeMethodError(
                    description="code_challenge_method must be S256.", request=request
                )
            if not _S256_CHALLENGE.fullmatch(challenge):
                raise errors.InvalidRequestError(
                    description="code_challenge is not a S256 challenge.",
                    request=request,
                )
        return True

    def validate_client_id(self, client_id: Any, request: Request) -> bool:
        if not super().validate_client_id(client_id, request):
            return False
        if (
            _is_device_authorization(request)
            and Client.GrantType.DEVICE_CODE not in request.client.get_grant_types()
        ):
            raise errors.UnauthorizedClientError(
                description="This client may not use the device flow.", request=request
            )
        return True

    def validate_code(
        self,
        client_id: str,
        code: str,
        client: Client,
        request: Request,
        *args,
        **kwargs,
    ) -> bool:
        if not super().validate_code(client_id, code, client, request, *args, **kwargs):
            return False
        # Keep the code for the rest of this request (PKCE, nonce, redirect URI
        # checks read it again), then claim it: only one request can delete it.
        if self._lookup_authorization_code(request, client_id, code) is None:
            return False
        return bool(cache.delete(authorization_codes.cache_key(client_id, code)))

    def save_bearer_token(self, token: dict, request: Request, *args, **kwargs) -> None:
        if Client.GrantType.REFRESH_TOKEN not in request.client.get_grant_types():
            token.pop("refresh_token", None)
        replaced = get_validator_context().refresh_token  # on a refresh grant
        super().save_bearer_token(token, request, *args, **kwargs)
        if replaced is not None and replaced.expires_at and "refresh_token" in token:
            _keep_expiry(token, replaced.expires_at)


def _keep_expiry(token: dict, expires_at: datetime.datetime) -> None:
    """Give the refresh token in ``token`` the expiry of the one it replaces."""
    Token.objects.filter(
        type=Token.Type.REFRESH_TOKEN,
        hash=get_adapter().hash_token(token["refresh_token"]),
    ).update(expires_at=expires_at)
    remaining = (expires_at - timezone.now()).total_seconds()
    token["refresh_expires_in"] = max(0, int(remaining))


def _is_device_authorization(request: Request) -> bool:
    return urlsplit(request.uri).path == reverse("idp:oidc:device_code")


def install() -> None:
    """Make allauth's oauthlib servers use ``PortalRequestValidator``."""
    current = getattr(allauth_server, "OAuthLibRequestValidator", None)
    if current is PortalRequestValidator:
        return
    if current is not OAuthLibRequestValidator:
        raise ImproperlyConfigured(
            "allauth.idp.oidc no longer builds its servers with "
            "OAuthLibRequestValidator; identity.oidc_policy cannot apply the "
            "provider's redirect URI, PKCE and code rules."
        )
    allauth_server.OAuthLibRequestValidator = PortalRequestValidator
