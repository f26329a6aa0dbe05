"""Local reference registries as sharing backends, one adapter per registry name
(``Resource.local_registry``)."""

from collections.abc import Callable

from ..errors import ProviderUnavailable
from ..models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    Resource,
    SocialSecurityCardRecord,
)
from ..protection import keyed_hash

Adapter = Callable[[str], dict | None]

SEX_NAMES = {PopulationRecord.Sex.MALE: "男", PopulationRecord.Sex.FEMALE: "女"}


def _population(resident_id: str) -> dict | None:
    record = PopulationRecord.objects.filter(
        number_hash=keyed_hash(resident_id)
    ).first()
    if record is None:
        return None
    return {
        "resident_id": resident_id,
        "name": record.name,
        # The registry's own wording, not a label translated per request language.
        "sex": SEX_NAMES.get(record.sex, ""),
        "birth_date": record.birth_date.isoformat(),
        "ethnicity": record.ethnicity,
        "address": record.address,
        "household_number": record.household_number,
        "relation_to_head": record.relation_to_head,
    }


def _legal_entity(credit_code: str) -> dict | None:
    record = LegalEntityRecord.objects.filter(credit_code=credit_code).first()
    if record is None:
        return None
    return {
        "credit_code": record.credit_code,
        "name": record.name,
        "entity_type": record.entity_type,
        "legal_representative_name": record.legal_representative_name,
        "legal_representative_id": record.legal_representative_id,
        "address": record.address,
        "registered_capital": record.registered_capital,
        "established_on": record.established_on.isoformat(),
        "status": record.status,
    }


def _card(record) -> dict:
    return {
        "card_number": record.number,
        "holder_id": record.holder_id,
        "holder_name": record.holder_name,
        "issued_on": record.issued_on.isoformat(),
        "issuer": record.issuer,
        "status": record.status,
    }


def _card_by_number(model) -> Adapter:
    def adapter(number: str) -> dict | None:
        record = model.objects.filter(number_hash=keyed_hash(number)).first()
        return _card(record) if record else None

    return adapter


def _card_by_holder(model) -> Adapter:
    def adapter(resident_id: str) -> dict | None:
        record = (
            model.objects.filter(holder_id_hash=keyed_hash(resident_id))
            .exclude(status=model.Status.CANCELLED)
            .order_by("-issued_on")
            .first()
        )
        return _card(record) if record else None

    return adapter


ADAPTERS: dict[str, Adapter] = {
    "population": _population,
    "legal_entity": _legal_entity,
    "social_security_card": _card_by_number(SocialSecurityCardRecord),
    "social_security_card_by_holder": _card_by_holder(SocialSecurityCardRecord),
    "health_card": _card_by_number(HealthCardRecord),
    "health_card_by_holder": _card_by_holder(HealthCardRecord),
}


def register(name: str, adapter: Adapter) -> None:
    """Let another app provide a local registry (e.g. the e-licence library)."""
    ADAPTERS[name] = adapter


def fetch(resource: Resource, subject: str) -> dict | None:
    adapter = ADAPTERS.get(resource.local_registry)
    if adapter is None:
        raise ProviderUnavailable(
            f"no local registry named {resource.local_registry!r}"
        )
    return adapter(subject)
