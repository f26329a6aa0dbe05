"""The exchange over HTTP: ``POST /api/v1/sharing/query`` for other agencies' systems.

The same ``sharing.exchange.query`` that the portal's own apps call, behind a
request–response JSON endpoint. Flow of a request:

1. authenticate the calling system (``ClientAuth``): ``X-Client-Id`` names a
   ``RequesterSystem`` and the request carries an HTTP message signature (RFC 9421)
   by that system's key over its method, path, query and body digest, fresh (within
   ``SHARING_API_SIGNATURE_WINDOW`` seconds) and with a nonce not seen before
   (``sharing.signing``). Where ``SHARING_API_ALLOW_BEARER`` is on (development
   only; production settings keep it off) an unsigned request may instead carry
   ``Authorization: Bearer <token>`` matching the system's token (hashes compared
   in constant time). Anything else gets 401 with a code (``signature_missing``,
   ``signature_invalid``, ``signature_expired``, ``digest_mismatch``, ``replayed``,
   ``unauthorized``) and no data; then the system must be active. A failure against
   a known system is written to the access log (outcome ``invalid``), at most
   ``SHARING_API_AUTH_FAILURE_LIMIT`` a minute per system (then 429, unlogged); a
   missing or unknown client id is not logged at all, so that anonymous callers
   cannot fill the log;
2. count the request against the system's rate limit (``SHARING_API_RATE_LIMIT`` a
   minute, a fixed one-minute window kept in the cache); over it: 429;
3. validate the body (django-ninja: 400 for a body that is not JSON, 422 for the
   wrong shape, both ``{"detail": ...}``);
4. run the query on the HTTP channel: it checks purpose, resource, subject
   (checksums), share class and grant, masks and withholds fields, and writes the
   access record. A refusal answers its ``ShareError`` status with
   ``{"error", "message", "audit_id"}``; success answers 200 with the data and which
   fields were masked (by which rule) or withheld (and why).

The API is stateless and authenticated by header only, so CSRF does not apply; the
operation is CSRF-exempt. Keys are made with ``manage.py sharing_issue_key`` (or
registered in the admin), development tokens with ``manage.py sharing_issue_token``.
"""

from typing import Annotated, Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from ninja import Field, NinjaAPI, Router, Schema, Status
from ninja.errors import HttpError
from ninja.security.base import AuthBase
from pydantic import AfterValidator, StringConstraints

from common import ratelimit

from . import exchange, signing
from .errors import ShareError
from .models import AccessRecord, RequesterSystem

CLIENT_ID_HEADER = "X-Client-Id"
RATE_WINDOW_SECONDS = 60
DEFAULT_RATE_LIMIT = 600
DEFAULT_AUTH_FAILURE_LIMIT = 30
MAX_FIELDS = 50

router = Router(tags=["sharing"])


# --- Schemas -------------------------------------------------------------------------


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text, and the values reach queries and the log.
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


NoNul = AfterValidator(_no_nul)
Code = Annotated[str, StringConstraints(max_length=64), NoNul]
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=64), NoNul]
Purpose = Annotated[str, StringConstraints(max_length=300), NoNul]
UserLabel = Annotated[str, StringConstraints(max_length=150), NoNul]


class QueryIn(Schema):
    resource: Code = Field(
        description="Code of the data resource in the catalogue.",
        examples=["population.person"],
    )
    subject: Code = Field(
        description="Identifier of the person or organisation, of the resource's "
        "subject type (resident ID, credit code, card number); checksums are "
        "verified.",
    )
    purpose: Purpose | None = Field(
        None,
        description="Why the data is needed. Required: a missing or blank purpose "
        "is refused with 400 missing_purpose (and logged).",
    )
    fields: list[FieldName] | None = Field(
        None,
        max_length=MAX_FIELDS,
        description="Fields to read; all fields of the resource when omitted.",
    )
    end_user: UserLabel | None = Field(
        None,
        description="Label of the end user at the calling system on whose behalf "
        "the query is made. Accepted but not stored yet.",
    )


class QueryOut(Schema):
    resource: str = Field(description="Code of the resource read.")
    subject: str = Field(description="The subject identifier, masked.")
    data: dict[str, Any] = Field(
        description="Field name to value; masked values as masked."
    )
    masked: dict[str, str] = Field(
        description="Field name to the masking rule applied to its value."
    )
    withheld: dict[str, str] = Field(
        description="Field name to why it is left out: not_granted (outside the "
        "grant) or sensitive (withheld unless granted unmasked)."
    )
    audit_id: int | None = Field(description="Id of the access record written.")


class ErrorOut(Schema):
    error: str = Field(
        description="Stable machine-readable code, e.g. unauthorized, "
        "rate_limited, unknown_resource, invalid_subject, missing_purpose, "
        "unknown_field, not_shared, no_grant, subject_not_found, "
        "provider_unavailable."
    )
    message: str = Field(description="Human-readable explanation.")
    audit_id: int | None = Field(
        None, description="Id of the access record written for the refusal."
    )


class DetailOut(Schema):
    detail: list[dict[str, Any]] | str


# Every status a refusal can answer; each ShareError's status must be one of them.
ERROR_STATUSES = (400, 401, 403, 404, 429, 503)


# --- Authentication and rate limits --------------------------------------------------


class ClientRefused(HttpError):
    """The caller is not let in: 401 unauthorized, or 429 when over a limit.

    A subclass of ninja's HttpError so that, on an API without ``register``'s
    handler, it still answers its status (as ``{"detail": ...}``)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str],
        *,
        audit_id: int | None = None,
    ):
        super().__init__(status, message)
        self.code = code
        self.headers = headers
        self.audit_id = audit_id


def _count(key: str, limit: int) -> int | None:
    """Count one hit on ``key``; None while within ``limit``, else the seconds
    until the window ends (for Retry-After)."""
    result = ratelimit.hit(f"sharing-api:{key}", window=RATE_WINDOW_SECONDS)
    return result.retry_after if result.over(limit) else None


def _too_many(retry_after: int) -> ClientRefused:
    return ClientRefused(
        429,
        "rate_limited",
        _("Too many requests from this client; try again later."),
        {"Retry-After": str(retry_after)},
    )


# Asks the client to sign its next request as this API requires (RFC 9421 5.1).
ACCEPT_SIGNATURE = (
    f'{signing.SIGNATURE_LABEL}=("@method" "@path" "content-digest");created'
)
# No authentication scheme for RFC 9421 signatures is registered with IANA; 401
# still needs a challenge (RFC 9110 11.6.1), so this names the mechanism.
SIGNATURE_CHALLENGE = "Signature"

REFUSAL_MESSAGES = {
    signing.Refusal.MISSING: gettext_lazy(
        "The request is not signed. Sign it with the system's key "
        "(HTTP Message Signatures, RFC 9421)."
    ),
    signing.Refusal.INVALID: gettext_lazy(
        "The request signature is invalid, or does not cover the method, path "
        "and Content-Digest with created, keyid, nonce and alg."
    ),
    signing.Refusal.EXPIRED: gettext_lazy(
        "The request signature was created outside the accepted time window; "
        "check the clock of the calling system."
    ),
    signing.Refusal.DIGEST_MISMATCH: gettext_lazy(
        "The Content-Digest does not match the request body."
    ),
    signing.Refusal.REPLAYED: gettext_lazy(
        "This request was already received (its nonce was used); sign every "
        "request with a new nonce."
    ),
}


class ClientAuth(AuthBase):
    """``X-Client-Id: <system code>`` plus an RFC 9421 signature by the system's
    key (or, in development only, ``Authorization: Bearer <token>``)."""

    openapi_type = "apiKey"
    openapi_in = "header"
    openapi_name = "Signature"
    openapi_description = (
        "HTTP Message Signatures (RFC 9421). Send the calling system's code in "
        f"{CLIENT_ID_HEADER}, the body's SHA-256 in Content-Digest (RFC 9530) and "
        "a signature by the system's registered Ed25519 or ECDSA P-256 key in "
        'Signature-Input and Signature, covering "@method", "@path" '
        '("@query" when the URL has one) and "content-digest", with the '
        "parameters created (within "
        f"{signing.DEFAULT_WINDOW_SECONDS // 60} minutes), keyid (the system's "
        "code), nonce (new for every request) and alg. manage.py "
        "sharing_sign_request prints such headers."
    )

    def __call__(self, request: HttpRequest) -> RequesterSystem:
        client_id = request.headers.get(CLIENT_ID_HEADER, "").strip()
        system = (
            RequesterSystem.objects.filter(code=client_id).first()
            if client_id and len(client_id) <= 64 and "\x00" not in client_id
            else None
        )
        if system is None:
            raise self._unauthorized()
        verified = None
        if signing.has_signature(request) or not self._bearer_allowed():
            verified = self._verify_signature(request, system)
        else:
            self._check_token(request, system)
        if not system.is_active:
            raise self._refuse(system, "system disabled")
        if verified is not None:
            try:
                signing.claim_nonce(verified)
            except signing.SignatureRefused as refusal:
                raise self._refuse_signature(system, refusal) from None
        limit = getattr(settings, "SHARING_API_RATE_LIMIT", DEFAULT_RATE_LIMIT)
        retry_after = _count(f"rate:{system.code}", limit)
        if retry_after is not None:
            raise _too_many(retry_after)
        return system

    @staticmethod
    def _bearer_allowed() -> bool:
        return bool(getattr(settings, "SHARING_API_ALLOW_BEARER", False))

    @classmethod
    def _verify_signature(
        cls, request: HttpRequest, system: RequesterSystem
    ) -> signing.Verified:
        try:
            return signing.verify_request(
                request, key_id=system.code, public_key=system.public_key()
            )
        except signing.SignatureRefused as refusal:
            if refusal.kind == signing.Refusal.MISSING and request.headers.get(
                "Authorization", ""
            ).lower().startswith("bearer"):
                refusal = signing.SignatureRefused(
                    refusal.kind, "bearer token refused: signatures are required"
                )
            raise cls._refuse_signature(system, refusal) from None

    @classmethod
    def _check_token(cls, request: HttpRequest, system: RequesterSystem) -> None:
        scheme, _sep, token = request.headers.get("Authorization", "").partition(" ")
        token = token.strip()
        if not token or scheme.lower() != "bearer":
            raise cls._refuse(system, "missing credentials")
        if not system.check_token(token):
            raise cls._refuse(system, "wrong token")

    @classmethod
    def _unauthorized(
        cls,
        code: str = "unauthorized",
        message: str | None = None,
        audit_id: int | None = None,
    ) -> ClientRefused:
        headers = {"WWW-Authenticate": SIGNATURE_CHALLENGE}
        if cls._bearer_allowed():
            headers["WWW-Authenticate"] += ", Bearer"
        headers["Accept-Signature"] = ACCEPT_SIGNATURE
        return ClientRefused(
            401,
            code,
            message or _("Missing or invalid client credentials."),
            headers,
            audit_id=audit_id,
        )

    @classmethod
    def _refuse_signature(
        cls, system: RequesterSystem, refusal: signing.SignatureRefused
    ) -> ClientRefused:
        code = refusal.kind.value
        return cls._refuse(
            system,
            f"{code}: {refusal.detail}" if refusal.detail else code,
            code=code,
            message=str(REFUSAL_MESSAGES[refusal.kind]),
        )

    @classmethod
    def _refuse(
        cls,
        system: RequesterSystem,
        reason: str,
        *,
        code: str = "unauthorized",
        message: str | None = None,
    ) -> ClientRefused:
        """Log a failed attempt on a known system, within its failure limit."""
        limit = getattr(
            settings, "SHARING_API_AUTH_FAILURE_LIMIT", DEFAULT_AUTH_FAILURE_LIMIT
        )
        retry_after = _count(f"auth-failure:{system.code}", limit)
        if retry_after is not None:
            raise _too_many(retry_after)
        record = exchange.unauthorised_request_record(system=system, reason=reason)
        return cls._unauthorized(code, message, audit_id=record.pk)


def _client_refused(
    request: HttpRequest, exc: ClientRefused, *, api: NinjaAPI
) -> HttpResponse:
    response = api.create_response(
        request,
        {"error": exc.code, "message": exc.message, "audit_id": exc.audit_id},
        status=exc.status_code,
    )
    for name, value in exc.headers.items():
        response[name] = value
    return response


# --- The endpoint --------------------------------------------------------------------


@router.post(
    "/query",
    auth=ClientAuth(),
    response={200: QueryOut, 422: DetailOut, **dict.fromkeys(ERROR_STATUSES, ErrorOut)},
    operation_id="sharing_query",
    summary="Query a shared data resource",
    description=(
        "Read fields of one subject from a catalogue resource under the share "
        "class, grant and masking rules that apply to the calling system. Every "
        "query, allowed or refused, is written to the provider's access log. "
        "Refusals answer `{error, message, audit_id}`; a body that is not JSON "
        "answers 400 and a body of the wrong shape 422, both `{detail}`."
    ),
    openapi_extra={
        "parameters": [
            {
                "in": "header",
                "name": CLIENT_ID_HEADER,
                "required": True,
                "schema": {"type": "string"},
                "description": "Code of the requesting system.",
            },
            {
                "in": "header",
                "name": "Signature-Input",
                "required": True,
                "schema": {"type": "string"},
                "description": "RFC 9421 signature parameters, e.g. "
                'sharing=("@method" "@path" "content-digest");created=1735689600;'
                'keyid="tax-system";nonce="…";alg="ed25519"',
            },
            {
                "in": "header",
                "name": "Content-Digest",
                "required": True,
                "schema": {"type": "string"},
                "description": "RFC 9530 digest of the body: sha-256=:<base64>:",
            },
        ]
    },
)
@csrf_exempt
def query_resource(request: HttpRequest, payload: QueryIn):
    try:
        result = exchange.query(
            payload.resource,
            payload.subject,
            requester=request.auth,
            purpose=payload.purpose or "",
            fields=payload.fields,
            channel=AccessRecord.Channel.HTTP,
        )
    except ShareError as error:
        return Status(
            error.status,
            {"error": error.code, "message": error.message, "audit_id": error.audit_id},
        )
    return Status(200, result.as_json())


def register(api: NinjaAPI, prefix: str = "/sharing") -> None:
    """Mount the router on ``api`` and answer refused clients in this API's shape."""
    api.add_router(prefix, router)
    api.add_exception_handler(
        ClientRefused,
        lambda request, exc: _client_refused(request, exc, api=api),
    )
