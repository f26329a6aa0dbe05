"""Public e-licence verification over HTTP: ``GET /api/v1/licences/verify``.

The JSON twin of the ``/verify/`` page, for third parties checking a licence they
were shown. Flow of a request:

1. count the lookup against the client address's budget (``licences.ratelimit``,
   the same budget the HTML page draws on); over it: 429 ``{error, message}``;
2. look the licence up by number *and* verification code
   (``selectors.licence_verify``): a malformed number or code, an unknown number
   and a wrong code all answer the same 200 ``{"status": "not_found"}`` with every
   other field null, so that the answer says nothing about which part was wrong;
3. otherwise answer the status (revoked, replaced, suspended, expired, valid, in
   that order) and the fields printed on the licence that are safe to show
   anybody: type, number, holder's name masked, issuing authority, dates, and for
   a replaced licence only the new licence's number. Never the holder's
   identifier, account, licence data or the verification code.

Anonymous, read-only and uncached (``Cache-Control: no-store``).
"""

from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Router, Schema, Status

from . import library, ratelimit, selectors
from .models import Licence

MAX_NUMBER_LENGTH = 40
MAX_CODE_LENGTH = 12

router = Router(tags=["licences"])

VerifyStatus = Literal[
    "valid", "revoked", "suspended", "replaced", "expired", "not_found"
]


class VerifyOut(Schema):
    status: VerifyStatus = Field(
        description="valid, revoked, suspended, replaced, expired, or not_found "
        "(unknown number, wrong verification code, or a malformed number or code)."
    )
    licence_type: str | None = Field(None, description="Name of the licence type.")
    number: str | None = Field(None, description="The licence number.")
    holder: str | None = Field(None, description="The holder's name, masked.")
    issuing_authority: str | None = Field(None, description="Issuing authority.")
    issued_on: str | None = Field(None, description="Date of issue (YYYY-MM-DD).")
    valid_until: str | None = Field(
        None, description="Last day of validity (YYYY-MM-DD); null: indefinite."
    )
    replaced_by: str | None = Field(
        None,
        description="Replaced licences only: the number of the licence that "
        "replaced it (nothing else about it).",
    )


class ErrorOut(Schema):
    error: str = Field(description="Machine-readable code: rate_limited.")
    message: str = Field(description="Human-readable explanation.")


def verify_payload(licence: Licence | None) -> dict:
    """The public answer for ``licence`` (None: not found)."""
    if licence is None:
        return {"status": "not_found"}
    return {
        "status": library.public_status(licence),
        "licence_type": licence.licence_type.name,
        "number": licence.number,
        "holder": licence.holder_name_masked,
        "issuing_authority": licence.issuing_authority,
        "issued_on": timezone.localdate(licence.issued_at).isoformat(),
        "valid_until": licence.valid_until.isoformat() if licence.valid_until else None,
        "replaced_by": (
            licence.replaced_by.number
            if licence.status == Licence.Status.REPLACED and licence.replaced_by_id
            else None
        ),
    }


@router.get(
    "/verify",
    response={200: VerifyOut, 429: ErrorOut},
    operation_id="licences_verify",
    summary="Verify an e-licence",
    description=(
        "Check an e-licence by its number and the verification code printed on "
        "it. Answers 200 with `status` valid, revoked or expired and the "
        "licence's non-sensitive fields (holder's name masked). An unknown "
        "number, a wrong code, or a malformed number or code all answer **200 "
        'with `status: "not_found"`** and every other field null (never 404), '
        "so that the answer does not reveal which part was wrong. Lookups are "
        "limited per client address, shared with the /verify/ page; over the "
        "limit: 429 `{error, message}`."
    ),
)
def verify(
    request: HttpRequest,
    response: HttpResponse,
    number: str = "",
    code: str = "",
):
    response["Cache-Control"] = "no-store"
    if ratelimit.too_many_lookups(request):
        response["Retry-After"] = str(ratelimit.WINDOW_SECONDS)
        return Status(
            429,
            {
                "error": "rate_limited",
                "message": _("Too many lookups; try again in a minute."),
            },
        )
    licence = None
    if len(number) <= MAX_NUMBER_LENGTH and len(code) <= MAX_CODE_LENGTH:
        licence = selectors.licence_verify(number=number, code=code)
    return Status(200, verify_payload(licence))


def register(api: NinjaAPI, prefix: str = "/licences") -> None:
    api.add_router(prefix, router)
