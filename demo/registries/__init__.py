"""Synthetic reference registries for the demo province and for benchmarks.

Flow of ``seed_registries()``:

1. a deterministic stream (``random.Random`` seeded with ``seed``) builds households
   of one to five persons in 示范省 - a head, a spouse, children and parents whose
   ages, sexes, surnames and relations fit each other - each with a checksum-valid
   resident ID agreeing with the record's birth date and sex (17th digit odd =
   male), and decides who holds a social security card (about 90%) and a resident
   health card (about 70%);
2. a second stream builds legal entities with valid credit codes (serials from
   20,000,000 up) whose legal representatives are adults of the first;
3. the caller's own persons and companies (``extra_persons`` / ``extra_companies``,
   e.g. seed_demo's demo accounts) are upserted by keyed hash / credit code, so
   they exist under the names the caller uses, each person with both cards;
4. synthetic rows already present are skipped (looked up by keyed hash / credit
   code, so nothing is encrypted twice) and the others inserted with
   ``bulk_create(ignore_conflicts=True)`` in batches: a second run with the same
   arguments adds nothing.

``bulk_population()`` inserts many persons of the same stream quickly, for the
sharing benchmark; each row is genuinely encrypted.

Every identifier is generated, never taken from real people. Nothing here imports
another app of this project (sharing is the bottom layer): check characters come
from ``stdnum`` and ``sharing.identifiers``; ``credit_code()`` gives the same codes
as ``identity.synthetic.credit_code``. No date depends on the day the data are
seeded (``REFERENCE_DATE``), so the same seed gives the same rows on any day.
"""

import datetime
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.db import transaction

from demo.registries.generate import (
    _BANKS,
    _DISTRICT_BY_CODE,
    DEFAULT_ENTITY_TYPE,
    DEFAULT_SEED,
    DISTRICTS,
    FEMALE,
    HEALTH_CARD_ISSUER,
    MALE,
    SOCIAL_SECURITY_ISSUER,
    Card,
    SyntheticPerson,
    legal_entities,
    people,
)
from sharing import identifiers, protection
from sharing.models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)
from sharing.synthetic import health_card_number, social_security_card_number

# Card numbers of the caller's own persons come from this index range up, clear of
# the synthetic persons' indexes.
_EXTRA_CARD_INDEX = 99_000_000


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _population_record(
    person: SyntheticPerson, number_hash: str, encrypted: str
) -> PopulationRecord:
    return PopulationRecord(
        number_hash=number_hash,
        number_encrypted=encrypted,
        name=person.name,
        sex=person.sex,
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        address=person.address,
        household_number=person.household_number,
        relation_to_head=person.relation_to_head,
    )


def _existing(model, field: str, keys: list[str]) -> set[str]:
    return set(
        model.objects.filter(**{f"{field}__in": keys}).values_list(field, flat=True)
    )


def _card_record(
    model, card: Card, *, holder_name: str, holder_hash: str, holder_encrypted: str
):
    row = model(
        number_hash=protection.keyed_hash(card.number),
        number_encrypted=protection.encrypt(card.number),
        holder_id_hash=holder_hash,
        holder_id_encrypted=holder_encrypted,
        holder_name=holder_name,
        issued_on=card.issued_on,
        status=card.status,
        issuer=SOCIAL_SECURITY_ISSUER
        if model is SocialSecurityCardRecord
        else HEALTH_CARD_ISSUER,
    )
    if model is SocialSecurityCardRecord:
        row.bank = card.bank
    return row


def _insert_people(persons: list[SyntheticPerson], batch_size: int) -> None:
    """Insert the persons and their cards that are not there yet."""
    for chunk in _chunks(persons, batch_size):
        hashes = [protection.keyed_hash(p.resident_id) for p in chunk]
        # The resident ID is encrypted once per person, its ciphertext shared by
        # the population row and the cards' holder column (same key, same value).
        encrypted: dict[str, str] = {}
        present = _existing(PopulationRecord, "number_hash", hashes)
        new_people = []
        for person, number_hash in zip(chunk, hashes, strict=True):
            if number_hash in present:
                continue
            encrypted[number_hash] = protection.encrypt(person.resident_id)
            new_people.append(
                _population_record(person, number_hash, encrypted[number_hash])
            )
        PopulationRecord.objects.bulk_create(new_people, ignore_conflicts=True)
        for model, attribute in (
            (SocialSecurityCardRecord, "social_security_card"),
            (HealthCardRecord, "health_card"),
        ):
            cards = [
                (person, holder_hash, getattr(person, attribute))
                for person, holder_hash in zip(chunk, hashes, strict=True)
                if getattr(person, attribute) is not None
            ]
            present = _existing(
                model,
                "number_hash",
                [protection.keyed_hash(card.number) for _p, _h, card in cards],
            )
            rows = [
                _card_record(
                    model,
                    card,
                    holder_name=person.name,
                    holder_hash=holder_hash,
                    holder_encrypted=encrypted.get(holder_hash)
                    or protection.encrypt(person.resident_id),
                )
                for person, holder_hash, card in cards
                if protection.keyed_hash(card.number) not in present
            ]
            model.objects.bulk_create(rows, ignore_conflicts=True)


def _insert_entities(entities: list[dict[str, Any]], batch_size: int) -> None:
    for chunk in _chunks(entities, batch_size):
        present = _existing(
            LegalEntityRecord, "credit_code", [row["credit_code"] for row in chunk]
        )
        rows = []
        for values in chunk:
            if values["credit_code"] in present:
                continue
            values = dict(values)
            representative_id = values.pop("legal_representative_id")
            row = LegalEntityRecord(**values)
            row.set_legal_representative_id(representative_id)
            rows.append(row)
        LegalEntityRecord.objects.bulk_create(rows, ignore_conflicts=True)


def _extra_person(row: dict[str, Any]) -> SyntheticPerson:
    """A caller's person (keys: resident_id, name; optional address, ethnicity,
    household_number, relation_to_head) with both cards."""
    number = identifiers.validate_resident_id(row["resident_id"])
    birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    district = _DISTRICT_BY_CODE.get(number[:6], DISTRICTS[0])
    digest = int(hashlib.sha256(number.encode()).hexdigest(), 16)
    card_index = _EXTRA_CARD_INDEX + digest % 1_000_000
    return SyntheticPerson(
        index=card_index,
        resident_id=number,
        name=row["name"],
        surname=row["name"][:1],
        sex=MALE if int(number[16]) % 2 else FEMALE,
        birth_date=birth,
        ethnicity=row.get("ethnicity", "汉族"),
        address=row.get("address")
        or f"示范省{district.city}{district.name}{district.streets[0]}"
        f"{digest % 300 + 1}号",
        # Synthetic household numbers count up from 1; these start with 9.
        household_number=row.get("household_number")
        or f"{number[:6]}9{digest % 10**8:08d}",
        relation_to_head=row.get("relation_to_head", "户主"),
        social_security_card=Card(
            social_security_card_number(card_index),
            max(birth, datetime.date(2015, 3, 1)),
            bank=_BANKS[digest % len(_BANKS)],
        ),
        health_card=Card(
            health_card_number(card_index),
            max(birth, datetime.date(2018, 9, 1)),
        ),
    )


def _save_changed(obj, values: dict[str, Any]) -> None:
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=[*changed, "updated_at"])


def _upsert_extra_person(person: SyntheticPerson) -> None:
    number_hash = protection.keyed_hash(person.resident_id)
    values = {
        "name": person.name,
        "sex": person.sex,
        "birth_date": person.birth_date,
        "ethnicity": person.ethnicity,
        "address": person.address,
        "household_number": person.household_number,
        "relation_to_head": person.relation_to_head,
    }
    record = PopulationRecord.objects.filter(number_hash=number_hash).first()
    if record is None:
        record = PopulationRecord(**values)
        record.set_number(person.resident_id)
        record.save()
    else:
        _save_changed(record, values)
    for model, card in (
        (SocialSecurityCardRecord, person.social_security_card),
        (HealthCardRecord, person.health_card),
    ):
        existing = (
            model.objects.filter(holder_id_hash=number_hash)
            .exclude(status=model.Status.CANCELLED)
            .first()
        )
        if existing is not None:
            _save_changed(existing, {"holder_name": person.name})
            continue
        _card_record(
            model,
            card,
            holder_name=person.name,
            holder_hash=number_hash,
            holder_encrypted=protection.encrypt(person.resident_id),
        ).save()


def _upsert_extra_company(row: dict[str, Any]) -> None:
    """A caller's company (keys: credit_code, name, legal_representative_id,
    legal_representative_name; optional entity_type, address, registered_capital,
    established_on, status)."""
    code = identifiers.validate_credit_code(row["credit_code"])
    representative_id = identifiers.validate_resident_id(row["legal_representative_id"])
    district = _DISTRICT_BY_CODE.get(code[2:8], DISTRICTS[0])
    values = {
        "name": row["name"],
        "entity_type": row.get("entity_type", DEFAULT_ENTITY_TYPE),
        "legal_representative_name": row["legal_representative_name"],
        "address": row.get("address")
        or f"示范省{district.city}{district.name}{district.streets[0]}1号",
        "registered_capital": row.get("registered_capital", ""),
        "established_on": row.get("established_on", datetime.date(2020, 1, 1)),
        "status": row.get("status", LegalEntityRecord.Status.ACTIVE),
    }
    record = LegalEntityRecord.objects.filter(credit_code=code).first()
    if record is None:
        record = LegalEntityRecord(credit_code=code, **values)
        record.set_legal_representative_id(representative_id)
        record.save()
        return
    if record.legal_representative_id_hash != protection.keyed_hash(representative_id):
        record.set_legal_representative_id(representative_id)
        values["legal_representative_id_hash"] = record.legal_representative_id_hash
        values["legal_representative_id_encrypted"] = (
            record.legal_representative_id_encrypted
        )
    _save_changed(record, values)


REGISTRY_MODELS = {
    "population": PopulationRecord,
    "legal_entity": LegalEntityRecord,
    "social_security_card": SocialSecurityCardRecord,
    "health_card": HealthCardRecord,
}


def registry_counts() -> dict[str, int]:
    return {name: model.objects.count() for name, model in REGISTRY_MODELS.items()}


def seed_registries(  # noqa: PLR0913
    *,
    persons: int = 3000,
    companies: int = 500,
    seed: int = DEFAULT_SEED,
    extra_persons: list[dict[str, Any]] | None = None,
    extra_companies: list[dict[str, Any]] | None = None,
    batch_size: int = 1000,
) -> dict[str, int]:
    """Seed the four reference registries (idempotent).

    Returns, per registry, the rows this run created (``population``, ...) and the
    rows there are now (``population_total``, ...).
    """
    extras = [_extra_person(row) for row in extra_persons or []]
    extra_ids = {person.resident_id for person in extras}
    synthetic = [
        person
        for person in itertools.islice(people(seed), persons)
        if person.resident_id not in extra_ids
    ]
    entities = list(legal_entities(seed, companies, synthetic or extras))
    before = registry_counts()
    with transaction.atomic():
        for person in extras:
            _upsert_extra_person(person)
        for row in extra_companies or []:
            _upsert_extra_company(row)
        _insert_people(synthetic, batch_size)
        _insert_entities(entities, batch_size)
    after = registry_counts()
    result = {name: after[name] - before[name] for name in REGISTRY_MODELS}
    result.update({f"{name}_total": after[name] for name in REGISTRY_MODELS})
    return result


def bulk_population(
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    start: int = 0,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert persons ``start`` to ``start + count`` of the stream for ``seed``
    (population rows only, each encrypted) and return how many were new."""
    before = PopulationRecord.objects.count()
    done = 0
    for chunk in _chunks(
        itertools.islice(people(seed), start, start + count), batch_size
    ):
        PopulationRecord.objects.bulk_create(
            [
                _population_record(
                    person,
                    protection.keyed_hash(person.resident_id),
                    protection.encrypt(person.resident_id),
                )
                for person in chunk
            ],
            ignore_conflicts=True,
        )
        done += len(chunk)
        if progress is not None:
            progress(done)
    return PopulationRecord.objects.count() - before
