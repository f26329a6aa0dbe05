"""The e-licence library (电子证照库) as a sharing provider.

Registered with ``sharing.backends.local`` as the local registry
``licence_library`` (at app ready, ``LicencesConfig.ready``) behind the catalogue
resource ``licences.by-holder``, so that applications and the desk read an
applicant's licences through ``sharing.exchange.query``, with a purpose, a grant
and an access record, instead of asking for uploads.

Flow of a lookup: the subject is a resident ID (validated by the exchange); the
person is found by its keyed hash, then the person's account, then the licences
held by that account, newest first. No person with that ID: None (the exchange
answers ``SubjectNotFound``); a person without an account or without licences: an
empty list.
"""

from django.utils import timezone

from identity.models import Person
from sharing.backends import local

from .models import Licence

REGISTRY_NAME = "licence_library"


def public_status(licence: Licence) -> str:
    """revoked, replaced, suspended, expired or valid (in that order of
    precedence), as verification shows it."""
    return licence.verification_status


def _licence_row(licence: Licence) -> dict:
    return {
        "type_code": licence.licence_type.code,
        "type_name": licence.licence_type.name,
        "number": licence.number,
        "status": public_status(licence),
        "issued_on": timezone.localdate(licence.issued_at).isoformat(),
        "valid_until": licence.valid_until.isoformat() if licence.valid_until else None,
        "issuing_authority": licence.issuing_authority,
    }


def licences_of_holder(resident_id: str) -> dict | None:
    """The sharing adapter: ``{"licences": [...]}`` for the person, or None."""
    person = Person.objects.by_resident_id(resident_id).select_related("user").first()
    if person is None:
        return None
    if person.user_id is None:
        return {"licences": []}
    licences = (
        Licence.objects.filter(holder_id=person.user_id)
        .select_related("licence_type")
        .order_by("-issued_at", "-pk")
    )
    return {"licences": [_licence_row(licence) for licence in licences]}


def register() -> None:
    local.register(REGISTRY_NAME, licences_of_holder)
