"""HTTP message signatures (RFC 9421) on the sharing API: which system sent a
request, that nothing covered was changed on the way, and that it is not a replay.

Keys. Each requesting system has its own key pair, Ed25519 or ECDSA P-256; the
exchange keeps only the public key (``RequesterSystem.signing_public_key``, PEM),
registered in the admin or made by ``manage.py sharing_issue_key``, which prints
the private key once. The signature's ``keyid`` is the system's code. A key pair
belongs to one exchange: ``@authority`` is not covered, so a system must not
register the same key with another exchange.

Signing (``sign_request``; the remote adapter, ``sharing_sign_request`` and the
tests all use it):

1. ``Content-Digest: sha-256=:<base64>:`` of the body bytes (RFC 9530);
2. a signature over ``@method``, ``@path``, ``@query`` (only when the URL has a
   query) and ``content-digest``, with the parameters ``created`` (now, Unix
   seconds), ``keyid``, ``nonce`` (random, never reused) and ``alg``;
3. the headers ``Content-Digest``, ``Signature-Input`` and ``Signature``.

Verifying (``verify_request``, then ``claim_nonce``), each failure a
``SignatureRefused`` of one kind:

1. no ``Signature`` / ``Signature-Input``: ``MISSING``;
2. ``created`` (and ``expires`` when present) farther than the window
   (``SHARING_API_SIGNATURE_WINDOW`` seconds, either way) from now: ``EXPIRED``;
3. exactly one signature, by the system's own key under its own code as ``keyid``,
   with the key's ``alg``, a ``nonce``, covering the components above, that
   verifies: else ``INVALID``;
4. the signed digest matches the body received: else ``DIGEST_MISMATCH``;
5. the nonce is claimed in the Django cache (Redis in production) with
   ``cache.add``, an atomic check-and-set, for as long as the signature could be
   accepted: a nonce already there is ``REPLAYED``. Only a request that passed
   1-4 claims its nonce, so forged requests cannot use up a client's nonces.

The signature base itself is built by the ``http-message-signatures`` library,
which follows RFC 9421 (structured-field parsing and serialisation, the ECDSA
``r || s`` encoding); this module adds the project's policy around it.
"""

import base64
import datetime
import enum
import hashlib
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from http_message_signatures import (
    HTTPMessageSignaturesException,
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    InvalidSignature,
    algorithms,
)

ED25519 = algorithms.ED25519.algorithm_id  # "ed25519"
ECDSA_P256 = algorithms.ECDSA_P256_SHA256.algorithm_id  # "ecdsa-p256-sha256"
ALGORITHMS = {ED25519: algorithms.ED25519, ECDSA_P256: algorithms.ECDSA_P256_SHA256}

SIGNATURE_LABEL = "sharing"
COVERED = ("@method", "@path", "content-digest")
DEFAULT_WINDOW_SECONDS = 300
NONCE_KEY_PREFIX = "sharing:nonce:"
# Any origin will do for the library's URL parser: the authority is not covered.
_ORIGIN = "https://exchange.invalid"

PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey
PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey


# --- Keys -----------------------------------------------------------------------------


class UnusableKey(ValueError):
    """A key that is not a usable Ed25519 or ECDSA P-256 key."""


class SigningFailed(ValueError):
    """A request that cannot be signed as given (e.g. a key id or URL that is not
    plain ASCII)."""


def algorithm_of(key: PublicKey | PrivateKey) -> str:
    if isinstance(key, ed25519.Ed25519PublicKey | ed25519.Ed25519PrivateKey):
        return ED25519
    if isinstance(
        key, ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey
    ) and isinstance(key.curve, ec.SECP256R1):
        return ECDSA_P256
    raise UnusableKey("only Ed25519 and ECDSA P-256 (secp256r1) keys are accepted")


def load_public_key(pem: str | bytes) -> PublicKey:
    """The public key in a PEM ``PUBLIC KEY`` block; UnusableKey otherwise."""
    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data.strip())
    except (ValueError, TypeError):
        raise UnusableKey("not a PEM public key (-----BEGIN PUBLIC KEY-----)") from None
    algorithm_of(key)
    return key


def load_private_key(pem: str | bytes) -> PrivateKey:
    """The unencrypted private key in a PEM block; UnusableKey otherwise."""
    data = pem.encode() if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_private_key(data.strip(), password=None)
    except (ValueError, TypeError):
        raise UnusableKey(
            "not an unencrypted PEM private key (-----BEGIN PRIVATE KEY-----)"
        ) from None
    algorithm_of(key)
    return key


def public_pem(key: PublicKey | PrivateKey) -> str:
    if hasattr(key, "public_key"):
        key = key.public_key()
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def private_pem(key: PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def generate_private_key(algorithm: str = ED25519) -> PrivateKey:
    if algorithm == ED25519:
        return ed25519.Ed25519PrivateKey.generate()
    if algorithm == ECDSA_P256:
        return ec.generate_private_key(ec.SECP256R1())
    raise UnusableKey(f"unknown algorithm {algorithm!r}; use {ED25519} or {ECDSA_P256}")


def fingerprint(key: PublicKey) -> str:
    """SHA-256 of the DER public key, base64: to compare keys by eye."""
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return "SHA256:" + base64.b64encode(hashlib.sha256(der).digest()).decode()


class _OneKey(HTTPSignatureKeyResolver):
    """The one key of one system, under its code as key id."""

    def __init__(self, key_id: str, public=None, private=None):
        self.key_id, self.public, self.private = key_id, public, private

    def resolve_public_key(self, key_id: str):
        return self.public if key_id == self.key_id else None

    def resolve_private_key(self, key_id: str):
        if key_id != self.key_id or self.private is None:
            raise UnusableKey(f"no private key for {key_id!r}")
        return self.private


# --- Messages -------------------------------------------------------------------------


@dataclass
class _Message:
    """What the library reads of a request: method, absolute URL, headers."""

    method: str
    url: str
    headers: dict = field(default_factory=dict)


def _covered(query: str) -> tuple[str, ...]:
    return (*COVERED[:2], "@query", COVERED[2]) if query else COVERED


# --- Signing --------------------------------------------------------------------------


def sign_request(  # noqa: PLR0913
    *,
    method: str,
    url: str,
    body: bytes,
    key_id: str,
    private_key: PrivateKey,
    created: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The headers that sign a request: Content-Digest, Signature-Input, Signature.

    ``url`` is the request's URL or just its path (with the query, if any);
    ``created`` defaults to now and ``nonce`` to a fresh random value.
    """
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += f"?{parts.query}"
    message = _Message(method.upper(), _ORIGIN + target)
    algorithm = ALGORITHMS[algorithm_of(private_key)]
    signer = HTTPMessageSigner(
        signature_algorithm=algorithm,
        key_resolver=_OneKey(key_id, private=private_key),
    )
    try:
        signer.sign(
            message,
            key_id=key_id,
            created=datetime.datetime.fromtimestamp(
                time.time() if created is None else created, tz=datetime.UTC
            ),
            nonce=nonce or secrets.token_urlsafe(24),
            label=SIGNATURE_LABEL,
            covered_component_ids=_covered(parts.query),
            body=body,
        )
    except (HTTPMessageSignaturesException, ValueError, TypeError) as error:
        raise SigningFailed(str(error)) from None
    return dict(message.headers)


# --- Verifying ------------------------------------------------------------------------


class Refusal(enum.Enum):
    MISSING = "signature_missing"
    INVALID = "signature_invalid"
    EXPIRED = "signature_expired"
    DIGEST_MISMATCH = "digest_mismatch"
    REPLAYED = "replayed"


class SignatureRefused(Exception):
    def __init__(self, kind: Refusal, detail: str = ""):
        super().__init__(detail or kind.value)
        self.kind = kind
        # Written to the access log: printable and short whatever the caller sent.
        self.detail = "".join(char for char in detail if char.isprintable())[:200]


@dataclass(frozen=True)
class Verified:
    key_id: str
    nonce: str
    created: int


def window_seconds() -> int:
    return int(
        getattr(settings, "SHARING_API_SIGNATURE_WINDOW", DEFAULT_WINDOW_SECONDS)
    )


class _WindowedVerifier(HTTPMessageVerifier):
    """The library's verifier, with the project's time window both ways."""

    def __init__(self, *, window: int, now: float, **kwargs):
        super().__init__(**kwargs)
        self.window, self.now = window, now

    def validate_created_and_expires(self, sig_input, max_age=None):
        created = sig_input.params.get("created")
        if type(created) is not int:
            raise InvalidSignature('the "created" parameter is missing or malformed')
        if abs(self.now - created) > self.window:
            raise SignatureRefused(
                Refusal.EXPIRED, f"created {created} is outside the time window"
            )
        expires = sig_input.params.get("expires")
        if expires is not None and (type(expires) is not int or expires < self.now):
            raise SignatureRefused(Refusal.EXPIRED, "the signature has expired")


def has_signature(request: HttpRequest) -> bool:
    return "Signature" in request.headers or "Signature-Input" in request.headers


def verify_request(
    request: HttpRequest, *, key_id: str, public_key: PublicKey | None
) -> Verified:
    """Check the request's signature by ``public_key`` (steps 1-4 above)."""
    if not has_signature(request):
        raise SignatureRefused(Refusal.MISSING, "missing signature")
    if public_key is None:
        raise SignatureRefused(Refusal.INVALID, "no signing key registered")
    query = request.META.get("QUERY_STRING", "")
    message = _Message(
        request.method,
        _ORIGIN + request.get_full_path(),
        dict(request.headers.items()),
    )
    algorithm = ALGORITHMS[algorithm_of(public_key)]
    verifier = _WindowedVerifier(
        window=window_seconds(),
        now=time.time(),
        signature_algorithm=algorithm,
        key_resolver=_OneKey(key_id, public=public_key),
    )
    try:
        (result,) = verifier.verify(
            message, max_age=None, require_components=_covered(query)
        )
    except SignatureRefused:
        raise
    except (HTTPMessageSignaturesException, ValueError) as error:
        raise SignatureRefused(Refusal.INVALID, str(error)) from None
    params = result.parameters
    if params.get("alg") != algorithm.algorithm_id:
        raise SignatureRefused(Refusal.INVALID, 'the "alg" parameter is missing')
    if not isinstance(params.get("nonce"), str) or not params["nonce"]:
        raise SignatureRefused(Refusal.INVALID, 'the "nonce" parameter is missing')
    try:
        verifier.verify_body(message, [result], request.body)
    except HTTPMessageSignaturesException as error:
        raise SignatureRefused(Refusal.DIGEST_MISMATCH, str(error)) from None
    return Verified(key_id=key_id, nonce=params["nonce"], created=params["created"])


def claim_nonce(verified: Verified) -> None:
    """Step 5: remember the nonce while the signature could still be accepted."""
    digest = hashlib.sha256(verified.nonce.encode()).hexdigest()
    key = f"{NONCE_KEY_PREFIX}{verified.key_id}:{digest}"
    timeout = max(1, int(verified.created + window_seconds() - time.time()) + 1)
    if not cache.add(key, 1, timeout=timeout):
        raise SignatureRefused(Refusal.REPLAYED, "nonce already used")
