"""The portal as an OpenID Connect provider for other government systems.

allauth's IdP (``allauth.idp.oidc``) runs the protocol: discovery at
``/.well-known/openid-configuration``, the authorization endpoint at
``/identity/o/authorize`` (sign-in, consent, code with PKCE), the token endpoint
that signs the ID token, ``userinfo`` and the JWKS. Registered clients are managed
in the Django admin. This adapter (``IDP_OIDC_ADAPTER``) decides what a client
learns about the user:

- ``sub`` is pairwise: each client sees a different, stable, opaque identifier
  for the same user, so that two systems cannot join their records on it. It is
  the user's primary key encrypted as one AES block under a key derived, per client,
  from ``IDENTITY_HASH_KEY`` (``sharing.protection.keyed_hash``): a pseudorandom
  permutation, so the code exchange can map it back to the user without a lookup
  table, and without the key it reveals neither the key nor the resident ID.
- the assurance level goes into ``assurance_level`` (ID token and userinfo) and
  ``acr`` (ID token), so a relying party can demand a verified identity;
- ``email`` / ``profile`` claims only with those scopes; the resident ID, card
  numbers and the username (which may be derived from them or from the e-mail
  address) are never released.

It also completes the discovery document: pairwise subjects, the assurance levels
as ``acr`` values, and only the code flow with PKCE S256 (and refresh). What the
endpoints accept (exact redirect URIs, PKCE, response and grant types, single-use
codes) is identity/oidc_policy.py; the lifetimes of codes and tokens are in
citizen_portal/settings/accounts.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from allauth.idp.oidc.adapter import DefaultOIDCAdapter
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from identity.oidc_policy import CODE_CHALLENGE_METHODS, GRANT_TYPES, RESPONSE_TYPES
from sharing.protection import keyed_hash

if TYPE_CHECKING:
    from allauth.idp.oidc.models import Client
    from django.contrib.auth.base_user import AbstractBaseUser

# The first half of the encrypted block: a decrypted ``sub`` that does not start
# with it was not issued by us (or not for this client).
_SUB_PREFIX = b"cp-oidc\x00"
ACR_PREFIX = "urn:citizen-portal:loa:"
ASSURANCE_LEVELS = (0, 1, 2, 3)  # identity.assurance: none .. strong


def assurance_level_of(user: AbstractBaseUser) -> int:
    # identity.assurance computes the level from the user's verified identity
    # links; the fallback only serves a checkout that predates it.
    try:
        from identity.assurance import assurance_level
    except ImportError:
        return int(getattr(user, "assurance_level", 1))
    return int(assurance_level(user))


def _sub_cipher(client_id: str) -> Cipher:
    key = bytes.fromhex(keyed_hash(f"oidc-pairwise-sub:{client_id}"))
    # One block of a block cipher is a keyed permutation of 128-bit values; ECB
    # over exactly one block is that permutation, with no pattern to leak.
    return Cipher(algorithms.AES(key), modes.ECB())  # noqa: S305


def pairwise_sub(client_id: str, user_pk: int) -> str:
    block = _SUB_PREFIX + int(user_pk).to_bytes(8, "big")
    encryptor = _sub_cipher(client_id).encryptor()
    return (encryptor.update(block) + encryptor.finalize()).hex()


def user_pk_from_sub(client_id: str, sub: str) -> int | None:
    try:
        raw = bytes.fromhex(sub)
    except (TypeError, ValueError):
        return None
    if len(raw) != 16:
        return None
    decryptor = _sub_cipher(client_id).decryptor()
    block = decryptor.update(raw) + decryptor.finalize()
    if not block.startswith(_SUB_PREFIX):
        return None
    return int.from_bytes(block[len(_SUB_PREFIX) :], "big")


class PortalOIDCAdapter(DefaultOIDCAdapter):
    scope_display = {
        "openid": _("Know that it is you (an identifier for this system only)"),
        "email": _("View your email address"),
        "profile": _("View your name"),
    }

    def get_user_sub(self, client: Client, user: AbstractBaseUser) -> str:
        return pairwise_sub(client.id, user.pk)

    def get_user_by_sub(self, client: Client, sub: str) -> AbstractBaseUser | None:
        pk = user_pk_from_sub(client.id, sub)
        if pk is None:
            return None
        return get_user_model().objects.filter(pk=pk, is_active=True).first()

    def get_claims(
        self,
        purpose: Literal["id_token", "userinfo"],
        user: AbstractBaseUser,
        client: Client,
        scopes: Iterable[str],
        email: str | None = None,
        **kwargs: Any,
    ) -> dict[str, Any]:
        scopes = list(scopes)
        # The default profile claims include the username; only sub and e-mail
        # are taken from it.
        base_scopes = [scope for scope in scopes if scope != "profile"]
        claims = super().get_claims(
            purpose, user, client, base_scopes, email=email, **kwargs
        )
        if "profile" in scopes:
            name = self._display_name(user)
            if name:
                claims["name"] = name
        level = assurance_level_of(user)
        claims["assurance_level"] = level
        if purpose == "id_token":
            claims["acr"] = f"{ACR_PREFIX}{level}"
        return claims

    def populate_server_metadata(self, data: dict[str, Any]) -> None:
        # allauth lists every response type and grant it can serve; the portal
        # advertises what a client gets unless an admin configured more for it
        # (identity.oidc_policy): the code flow with PKCE S256 and refresh.
        data["response_types_supported"] = list(RESPONSE_TYPES)
        data["grant_types_supported"] = list(GRANT_TYPES)
        data["code_challenge_methods_supported"] = list(CODE_CHALLENGE_METHODS)
        data.pop("device_authorization_endpoint", None)
        data["subject_types_supported"] = ["pairwise"]
        data["acr_values_supported"] = [f"{ACR_PREFIX}{n}" for n in ASSURANCE_LEVELS]
        data["claims_supported"] = [
            "sub",
            "iss",
            "aud",
            "exp",
            "iat",
            "nonce",
            "acr",
            "assurance_level",
            "name",
            "email",
            "email_verified",
        ]

    @staticmethod
    def _display_name(user: AbstractBaseUser) -> str:
        person = getattr(user, "person_or_none", None)
        if person is not None and person.name:
            return person.name
        return getattr(user, "display_name", "") or (
            user.get_full_name() if hasattr(user, "get_full_name") else ""
        )
