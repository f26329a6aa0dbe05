"""Read queries of the identity app.

``resolve_identifier`` is the one-certificate resolution (一证通办) used by the window
desk and by applications: any linked identifier - resident ID, social security card
number, health card number or unified social credit code - names the person or
organisation behind it, with their linked identities (masked).

Flow:

1. normalise and detect the kind by format: 18 characters that validate as a
   resident ID (checksum, birth date, region); else a valid credit code; else 6-24
   letters and digits are a card number; anything else is refused with a message
   (an 18-digit number that fails the resident ID checks gets that check's message);
2. resident IDs and credit codes are looked up locally by keyed hash first
   (``IdentityLink`` / ``Person`` / ``Organisation``); unknown ones are read from the
   population or legal entity registry;
3. card numbers are always read from the card registry (the card may have been
   reported lost), the social security registry first and then the health card
   registry, and the holder found locally by the holder's resident ID;
4. every registry read goes through ``sharing.exchange.query`` with the caller's
   purpose and user, so that the provider sees an access record.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sharing import exchange, identifiers, protection
from sharing.errors import ShareError, SubjectNotFound

from .models import CertificateChallenge, IdentityLink, Organisation, Person

logger = logging.getLogger("identity.resolution")

REQUESTER = "citizen-portal"

KIND_RESIDENT_ID = IdentityLink.Kind.RESIDENT_ID
KIND_SOCIAL_SECURITY_CARD = IdentityLink.Kind.SOCIAL_SECURITY_CARD
KIND_HEALTH_CARD = IdentityLink.Kind.HEALTH_CARD
KIND_CREDIT_CODE = "credit_code"
KIND_CARD = "card"  # a card number before the registries say which card

CARD_RESOURCES = (
    ("social-security.card", KIND_SOCIAL_SECURITY_CARD),
    ("health.card", KIND_HEALTH_CARD),
)


class ResolutionError(Exception):
    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


class InvalidIdentifier(ResolutionError):
    pass


class IdentifierNotFound(ResolutionError):
    pass


@dataclass(frozen=True)
class LinkedIdentity:
    kind: str
    kind_label: str
    masked: str
    method: str
    method_label: str
    verified_at: datetime | None


@dataclass
class Resolution:
    kind: str
    identifier_masked: str
    name: str = ""
    person: Person | None = None
    organisation: Organisation | None = None
    links: list[LinkedIdentity] = field(default_factory=list)
    source: str = "local"
    registry: dict = field(default_factory=dict)
    audit_ids: list[int] = field(default_factory=list)

    @property
    def is_person(self) -> bool:
        return self.kind != KIND_CREDIT_CODE


def linked_identities(person: Person) -> list[LinkedIdentity]:
    return [
        LinkedIdentity(
            kind=link.kind,
            kind_label=str(link.get_kind_display()),
            masked=link.identifier_masked,
            method=link.method,
            method_label=str(link.get_method_display()),
            verified_at=link.verified_at,
        )
        for link in person.identity_links.active().order_by("kind", "-verified_at")
        if link.is_active
    ]


def person_links(person: Person):
    """The active links of a person, for the owner's own page."""
    return person.identity_links.active().order_by("kind", "-verified_at")


# A challenge about to expire is not offered again: signing takes a moment.
CHALLENGE_MIN_REMAINING = timedelta(minutes=2)


def _challenge_min_remaining() -> timedelta:
    lifetime = timedelta(seconds=settings.IDENTITY_CERTIFICATE_CHALLENGE_SECONDS)
    return min(CHALLENGE_MIN_REMAINING, lifetime / 2)


def certificate_challenge_live(
    user, session_key: str, *, nonce: str | None = None
) -> CertificateChallenge | None:
    """This account's and session's newest unused challenge with time left to
    sign it (or the one with ``nonce``), else None. Never another account's or
    another session's."""
    challenges = CertificateChallenge.objects.of_session(user, session_key).live()
    if nonce is not None:
        return challenges.filter(nonce=nonce).first()
    return (
        challenges.filter(expires_at__gt=timezone.now() + _challenge_min_remaining())
        .order_by("-created_at")
        .first()
    )


def detect_kind(identifier: str) -> tuple[str, str]:
    """(kind, normalised value) or ``InvalidIdentifier``."""
    value = "".join(str(identifier or "").split()).upper()
    if not value:
        raise InvalidIdentifier(_("Enter an identifier."), code="empty")
    resident_error = None
    if len(value) in (15, 18) and value[:-1].isdigit():
        try:
            return KIND_RESIDENT_ID, identifiers.validate_resident_id(value)
        except ValidationError as error:
            resident_error = " ".join(error.messages)
    credit_error = None
    if len(value) == 18:
        try:
            return KIND_CREDIT_CODE, identifiers.validate_credit_code(value)
        except ValidationError as error:
            credit_error = " ".join(error.messages)
    if resident_error is not None:
        raise InvalidIdentifier(resident_error, code="invalid")
    try:
        # Card numbers have no check character: an 18-character value that is not
        # a valid credit code may still be a (health) card number.
        return KIND_CARD, identifiers.validate_card_number(value)
    except ValidationError:
        if credit_error is not None:
            raise InvalidIdentifier(credit_error, code="invalid") from None
        raise InvalidIdentifier(
            _(
                "Enter a resident ID number, a social security or health card "
                "number, or a unified social credit code."
            ),
            code="invalid",
        ) from None


ENTITY_DISPLAY_FIELDS = [
    "credit_code",
    "name",
    "entity_type",
    "legal_representative_name",
    "address",
    "registered_capital",
    "established_on",
    "status",
]


def _query(  # noqa: PLR0913
    resource: str,
    subject: str,
    *,
    purpose: str,
    user,
    audit_ids: list,
    fields: list[str] | None = None,
):
    try:
        result = exchange.query(
            resource,
            subject,
            requester=REQUESTER,
            purpose=purpose,
            user=user,
            fields=fields,
        )
    except SubjectNotFound as error:
        audit_ids.append(error.audit_id)
        return None
    except ShareError as error:
        audit_ids.append(error.audit_id)
        logger.warning(
            "resolution: %s refused (%s, access record %s)",
            resource,
            error.code,
            error.audit_id,
        )
        raise ResolutionError(
            _("The registry cannot be reached now; please try later."),
            code="unavailable",
        ) from None
    audit_ids.append(result.audit_id)
    return result


def _local_person(kind: str, value: str) -> Person | None:
    link = (
        IdentityLink.objects.active()
        .by_identifier(kind, value)
        .select_related("person__user")
        .first()
    )
    if link is not None:
        return link.person
    if kind == KIND_RESIDENT_ID:
        return Person.objects.by_resident_id(value).select_related("user").first()
    return None


def _not_found() -> IdentifierNotFound:
    return IdentifierNotFound(
        _("No person or organisation is known under this identifier."),
        code="not_found",
    )


def _person_resolution(kind: str, value: str, person: Person, **extra) -> Resolution:
    return Resolution(
        kind=kind,
        identifier_masked=protection.mask(value),
        name=person.name,
        person=person,
        links=linked_identities(person),
        **extra,
    )


def resolve_identifier(  # noqa: C901
    identifier: str, *, requester_user=None, purpose: str
) -> Resolution:
    """Resolve any linked identifier; raises ``InvalidIdentifier`` for malformed
    input, ``IdentifierNotFound`` when nobody is known under it."""
    if not (purpose or "").strip():
        raise ResolutionError(_("State the purpose of the query."), code="purpose")
    kind, value = detect_kind(identifier)
    audit_ids: list[int] = []
    user = requester_user

    if kind == KIND_CREDIT_CODE:
        organisation = (
            Organisation.objects.by_credit_code(value)
            .select_related("legal_representative")
            .first()
        )
        if organisation is not None:
            return Resolution(
                kind=kind,
                identifier_masked=organisation.identifier_masked,
                name=organisation.name,
                organisation=organisation,
                person=organisation.legal_representative,
                links=linked_identities(organisation.legal_representative),
            )
        # Only what the desk shows: never the representative's ID number.
        result = _query(
            "legal-entity.basic",
            value,
            purpose=purpose,
            user=user,
            audit_ids=audit_ids,
            fields=ENTITY_DISPLAY_FIELDS,
        )
        if result is None:
            raise _not_found()
        return Resolution(
            kind=kind,
            identifier_masked=value,  # credit codes are public
            name=str(result.data.get("name", "")),
            source="registry",
            registry=dict(result.data),
            audit_ids=audit_ids,
        )

    if kind == KIND_RESIDENT_ID:
        person = _local_person(kind, value)
        if person is not None:
            logger.info(
                "resolution: resident ID resolved locally to person %s", person.pk
            )
            return _person_resolution(kind, value, person)
        result = _query(
            "population.person",
            value,
            purpose=purpose,
            user=user,
            audit_ids=audit_ids,
        )
        if result is None:
            raise _not_found()
        return Resolution(
            kind=kind,
            identifier_masked=protection.mask(value),
            name=str(result.data.get("name", "")),
            source="registry",
            audit_ids=audit_ids,
        )

    for resource, card_kind in CARD_RESOURCES:
        result = _query(
            resource, value, purpose=purpose, user=user, audit_ids=audit_ids
        )
        if result is None:
            person = _local_person(card_kind, value)
            if person is not None:
                # Linked earlier but no longer in the registry: say so, keep holder.
                return _person_resolution(
                    card_kind, value, person, source="local", audit_ids=audit_ids
                )
            continue
        holder_id = str(result.data.get("holder_id") or "")
        person = _local_person(card_kind, value)
        if person is None and holder_id and "*" not in holder_id:
            person = _local_person(KIND_RESIDENT_ID, holder_id)
        registry = {
            key: result.data[key]
            for key in ("holder_name", "issued_on", "issuer", "status")
            if key in result.data
        }
        if person is not None:
            return _person_resolution(
                card_kind,
                value,
                person,
                source="registry",
                registry=registry,
                audit_ids=audit_ids,
            )
        return Resolution(
            kind=card_kind,
            identifier_masked=protection.mask(value),
            name=str(result.data.get("holder_name", "")),
            source="registry",
            registry=registry,
            audit_ids=audit_ids,
        )
    raise _not_found()


KIND_LABELS = {
    KIND_CREDIT_CODE: gettext_lazy("unified social credit code"),
}
