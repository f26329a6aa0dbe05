"""Linking a resident ID and the cards registered to that person.

Flow of ``identity_link_resident_id(user=..., resident_id=..., name=...)``:

1. validate the number (``sharing.identifiers``: checksum, birth date, region);
2. refuse when it is already linked to another account: only window staff can move
   it (``identity_link_reassign_at_desk``), after checking the person's ID card;
3. read ``population.person`` through ``sharing.exchange.query`` (purpose 身份核验,
   audited by the exchange) and compare the name, ignoring spaces and the variants
   of the middle dot in minority names; a mismatch refuses and saves nothing;
4. in one transaction: bind the ``Person`` (found by keyed hash, or the account's
   own unverified one, or a new one) to the account and write a registry-verified
   link carrying the access record id;
5. discover the social security and health cards the registries hold for the
   person (``*.card-of-person``) and link them as registry-verified; a person
   without a card is fine.

Registry reads happen outside the write transaction so that the exchange's access
records survive a refusal. Logs name accounts and links by id, never a number.
"""

import logging
import unicodedata

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sharing import exchange, identifiers, protection
from sharing.errors import InvalidSubject, ShareError, SubjectNotFound

from ..models import IdentityLink, Person
from ..permissions import is_desk_staff
from .errors import LinkError

logger = logging.getLogger("identity.links")

REQUESTER = "citizen-portal"
PURPOSE_VERIFY = "身份核验"
PURPOSE_COUNTER = "身份核验（窗口现场核验）"
PURPOSE_CARDS = "身份关联：查找本人社会保障卡、居民健康卡"

CARD_RESOURCES = (
    ("social-security.card-of-person", IdentityLink.Kind.SOCIAL_SECURITY_CARD),
    ("health.card-of-person", IdentityLink.Kind.HEALTH_CARD),
)

_MIDDLE_DOTS = "·•‧・∙⋅●.．"


def normalize_name(name: str) -> str:
    """NFKC, no whitespace of any width, one kind of middle dot."""
    value = unicodedata.normalize("NFKC", str(name or ""))
    value = "".join(value.split())
    for dot in _MIDDLE_DOTS:
        value = value.replace(dot, "·")
    return value.casefold()


def _counter_hint() -> str:
    return _(
        "If this is your ID number, please bring your resident ID card to a "
        "government service counter; window staff can check it and link it to "
        "this account."
    )


def _validate(resident_id: str) -> str:
    try:
        return identifiers.validate_resident_id(resident_id)
    except ValidationError as error:
        raise LinkError(" ".join(error.messages), code="invalid") from None


def _already_linked_error() -> LinkError:
    return LinkError(
        _("This ID number is already linked to another account.")
        + " "
        + _counter_hint(),
        code="already_linked",
    )


def _registry_person(number: str, *, user, purpose: str):
    try:
        return exchange.query(
            "population.person",
            number,
            requester=REQUESTER,
            purpose=purpose,
            fields=["resident_id", "name"],
            user=user,
        )
    except SubjectNotFound as error:
        raise LinkError(
            _("The population registry has no person with this ID number.")
            + " "
            + _counter_hint(),
            code="not_found",
            audit_id=error.audit_id,
        ) from None
    except InvalidSubject as error:
        raise LinkError(
            error.message, code="invalid", audit_id=error.audit_id
        ) from None
    except ShareError as error:
        logger.warning(
            "population registry refused identity check (%s, access record %s)",
            error.code,
            error.audit_id,
        )
        raise LinkError(
            _("The population registry cannot be reached now; please try later."),
            code="unavailable",
            audit_id=error.audit_id,
        ) from None


def _owner_of(number: str):
    """(person with this resident ID or None, its account or None)."""
    person = Person.objects.by_resident_id(number).select_related("user").first()
    link = (
        IdentityLink.objects.active()
        .by_identifier(IdentityLink.Kind.RESIDENT_ID, number)
        .select_related("person__user")
        .first()
    )
    if link is not None:
        person = link.person
    return person, (person.user if person else None)


def _has_verified_resident_link(person: Person) -> bool:
    return (
        person.identity_links.active()
        .filter(kind=IdentityLink.Kind.RESIDENT_ID)
        .exclude(method=IdentityLink.Method.SELF_ASSERTED)
        .exists()
    )


def _bind_person(*, user, number: str, name: str) -> Person:
    """The person for ``number``, bound to ``user`` (inside a transaction)."""
    number_hash = protection.keyed_hash(number)
    person = Person.objects.select_for_update().filter(identifier_hash=number_hash)
    person = person.first()
    own = Person.objects.select_for_update().filter(user=user).first()
    if own is not None and own.identifier_hash != number_hash:
        if _has_verified_resident_link(own):
            raise LinkError(
                _("This account is already linked to a different ID number.")
                + " "
                + _counter_hint(),
                code="different_id",
            )
        if person is None:
            # The account's unverified declaration gives way to the verified number.
            own.identity_links.active().filter(
                kind=IdentityLink.Kind.RESIDENT_ID
            ).update(revoked_at=timezone.now(), revoked_reason="superseded")
            person = own
            person.set_identifier(number)
        else:
            own.user = None
            own.save(update_fields=["user"])
    if person is None:
        person = Person(name=name)
        person.set_identifier(number)
    if person.user_id not in (None, user.pk):
        raise _already_linked_error()
    person.user = user
    person.name = name
    person.save()
    return person


def _create_link(person: Person, kind: str, value: str, **fields) -> IdentityLink:
    link = IdentityLink(person=person, kind=kind, **fields)
    link.set_identifier(value)
    link.save()
    return link


def identity_link_resident_id(*, user, resident_id: str, name: str) -> IdentityLink:
    """Link a registry-verified resident ID to ``user``; raises ``LinkError``."""
    number = _validate(resident_id)
    if not normalize_name(name):
        raise LinkError(_("Enter your name as on your ID card."), code="name")
    person, owner = _owner_of(number)
    if owner is not None and owner.pk != user.pk:
        logger.info("resident ID link refused for user %s: linked elsewhere", user.pk)
        raise _already_linked_error()
    if person is not None and owner is not None:
        existing = (
            person.identity_links.active()
            .filter(kind=IdentityLink.Kind.RESIDENT_ID)
            .exclude(method=IdentityLink.Method.SELF_ASSERTED)
            .first()
        )
        if existing is not None and normalize_name(name) == normalize_name(person.name):
            discover_cards(person=person, user=user)
            return existing

    result = _registry_person(number, user=user, purpose=PURPOSE_VERIFY)
    registry_name = str(result.data.get("name") or "")
    if normalize_name(registry_name) != normalize_name(name):
        logger.info(
            "resident ID link refused for user %s: name does not match "
            "(access record %s)",
            user.pk,
            result.audit_id,
        )
        raise LinkError(
            _(
                "The name does not match the population registry for this ID "
                "number. Enter your name exactly as on your ID card."
            ),
            code="name_mismatch",
            audit_id=result.audit_id,
        )
    try:
        with transaction.atomic():
            person = _bind_person(user=user, number=number, name=registry_name)
            person.identity_links.active().filter(
                kind=IdentityLink.Kind.RESIDENT_ID
            ).update(revoked_at=timezone.now(), revoked_reason="superseded")
            link = _create_link(
                person,
                IdentityLink.Kind.RESIDENT_ID,
                number,
                method=IdentityLink.Method.REGISTRY,
                source_resource=result.resource,
                source_access_record=result.audit_id,
            )
    except IntegrityError:
        raise _already_linked_error() from None
    logger.info(
        "resident ID linked for user %s (person %s, link %s)",
        user.pk,
        person.pk,
        link.pk,
    )
    discover_cards(person=person, user=user)
    return link


def discover_cards(*, person: Person, user) -> list[IdentityLink]:
    """Link the cards the registries hold for ``person`` (registry-verified)."""
    number = person.reveal_identifier()
    linked = []
    for resource, kind in CARD_RESOURCES:
        try:
            result = exchange.query(
                resource,
                number,
                requester=REQUESTER,
                purpose=PURPOSE_CARDS,
                fields=["card_number", "status"],
                user=user,
            )
        except SubjectNotFound:
            continue
        except ShareError as error:
            logger.warning(
                "card discovery skipped for person %s: %s (access record %s)",
                person.pk,
                error.code,
                error.audit_id,
            )
            continue
        card = str(result.data.get("card_number") or "")
        if not card or "*" in card:
            continue
        link = _link_card(person, kind, card, result)
        if link is not None:
            linked.append(link)
    return linked


def _link_card(person: Person, kind: str, card: str, result) -> IdentityLink | None:
    existing = IdentityLink.objects.active().by_identifier(kind, card).first()
    if existing is not None:
        if existing.person_id != person.pk:
            logger.warning(
                "card of kind %s for person %s is linked to person %s; not linked",
                kind,
                person.pk,
                existing.person_id,
            )
            return None
        return existing
    try:
        with transaction.atomic():
            person.identity_links.active().filter(kind=kind).update(
                revoked_at=timezone.now(), revoked_reason="replaced"
            )
            link = _create_link(
                person,
                kind,
                card,
                method=IdentityLink.Method.REGISTRY,
                source_resource=result.resource,
                source_access_record=result.audit_id,
            )
    except IntegrityError:
        return None
    logger.info("card linked: person %s, kind %s, link %s", person.pk, kind, link.pk)
    return link


def identity_link_reassign_at_desk(*, staff, resident_id: str, user) -> IdentityLink:
    """Window staff, having checked the ID card in person, link the resident ID to
    ``user`` (moving it from any other account): counter-verified, level 3."""
    if not is_desk_staff(staff):
        raise PermissionDenied
    number = _validate(resident_id)
    result = _registry_person(number, user=staff, purpose=PURPOSE_COUNTER)
    registry_name = str(result.data.get("name") or "")
    now = timezone.now()
    with transaction.atomic():
        person = (
            Person.objects.select_for_update()
            .filter(identifier_hash=protection.keyed_hash(number))
            .first()
        )
        previous_user_id = person.user_id if person else None
        if person is not None and person.user_id not in (None, user.pk):
            # Links made through the other account are no longer trusted.
            person.identity_links.active().filter(
                kind__in=[
                    IdentityLink.Kind.RESIDENT_ID,
                    IdentityLink.Kind.DIGITAL_CERTIFICATE,
                ]
            ).update(
                revoked_at=now,
                revoked_reason=f"reassigned at counter by staff {staff.pk}",
            )
            person.user = None
            person.save(update_fields=["user"])
        own = Person.objects.select_for_update().filter(user=user).first()
        if own is not None and (person is None or own.pk != person.pk):
            if _has_verified_resident_link(own):
                raise LinkError(
                    _("This account is already linked to a different ID number."),
                    code="different_id",
                )
            own.user = None
            own.save(update_fields=["user"])
        if person is None:
            person = Person(name=registry_name)
            person.set_identifier(number)
        person.user = user
        person.name = registry_name or person.name
        person.save()
        person.identity_links.active().filter(
            kind=IdentityLink.Kind.RESIDENT_ID
        ).update(revoked_at=now, revoked_reason=f"counter-verified by staff {staff.pk}")
        link = _create_link(
            person,
            IdentityLink.Kind.RESIDENT_ID,
            number,
            method=IdentityLink.Method.COUNTER,
            verified_by=staff,
            source_resource=result.resource,
            source_access_record=result.audit_id,
        )
    logger.warning(
        "resident ID re-assigned at counter by staff %s: person %s from user %s "
        "to user %s (link %s, access record %s)",
        staff.pk,
        person.pk,
        previous_user_id,
        user.pk,
        link.pk,
        result.audit_id,
    )
    discover_cards(person=person, user=staff)
    return link


def identity_link_reveal(*, user, link_id: int) -> tuple[IdentityLink, str]:
    """The owner's full identifier, for an explicit reveal; others get
    ``IdentityLink.DoesNotExist``."""
    link = IdentityLink.objects.active().get(
        pk=link_id, person__user=user, person__user__isnull=False
    )
    logger.info("identifier revealed to its owner: user %s, link %s", user.pk, link.pk)
    return link, link.reveal_identifier()
