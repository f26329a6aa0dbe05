"""Parse, validate and upsert the rows of a reference-registry CSV file.

The ``load_registry_csv`` command is the adapter over this module:

1. ``REGISTRIES`` names, per registry, its model, the columns its header must
   name, the field a row is found by and a ``parse`` function that reads one row
   (``Row``: text, identifiers with ``sharing.identifiers``' checksums, ISO dates,
   choices) into a ``Parsed`` row, collecting errors instead of raising.
2. ``read_rows`` reads the file (UTF-8, byte-order mark allowed), checks the
   header, parses every row and puts each bad or repeated one, by line number, in
   ``Outcome.errors``; a file that cannot be read at all raises
   ``RegistryFileError``.
3. ``upsert`` writes the valid rows in batches: updates the rows found by their key
   (keyed hash or credit code) where a value changed, creates the others, storing
   identifiers as keyed hash and ciphertext; the caller wraps it in a transaction.

Identifiers never appear in clear in a message: they are masked, and other values
of a bad row are not echoed.
"""

import csv
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from sharing import identifiers
from sharing.models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)
from sharing.protection import encrypt, keyed_hash, mask


class RegistryFileError(Exception):
    """The file cannot be imported at all (missing, not UTF-8, empty, header)."""


BATCH_SIZE = 500
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEXES = {
    "1": PopulationRecord.Sex.MALE,
    "男": PopulationRecord.Sex.MALE,
    "male": PopulationRecord.Sex.MALE,
    "2": PopulationRecord.Sex.FEMALE,
    "女": PopulationRecord.Sex.FEMALE,
    "female": PopulationRecord.Sex.FEMALE,
}
_ENTITY_STATUSES = {
    "active": LegalEntityRecord.Status.ACTIVE,
    "存续": LegalEntityRecord.Status.ACTIVE,
    "在业": LegalEntityRecord.Status.ACTIVE,
    "revoked": LegalEntityRecord.Status.REVOKED,
    "吊销": LegalEntityRecord.Status.REVOKED,
    "deregistered": LegalEntityRecord.Status.DEREGISTERED,
    "注销": LegalEntityRecord.Status.DEREGISTERED,
}
_CARD_STATUSES = {
    "normal": SocialSecurityCardRecord.Status.NORMAL,
    "正常": SocialSecurityCardRecord.Status.NORMAL,
    "lost": SocialSecurityCardRecord.Status.LOST,
    "挂失": SocialSecurityCardRecord.Status.LOST,
    "cancelled": SocialSecurityCardRecord.Status.CANCELLED,
    "注销": SocialSecurityCardRecord.Status.CANCELLED,
}


@dataclass
class Parsed:
    """One valid row: the key it is found by, its plain field values (hashes
    included) and the identifiers to store encrypted (``<name>_hash`` and
    ``<name>_encrypted``), in clear."""

    key: str
    values: dict[str, Any]
    secrets: dict[str, str] = field(default_factory=dict)


class Row:
    """The cells of one CSV row, read column by column; errors are collected."""

    def __init__(self, model: type[models.Model], cells: dict[str, str]):
        self.model = model
        self.cells = cells
        self.errors: list[str] = []

    def _fail(self, column: str, message: str) -> None:
        self.errors.append(f"{column}: {message}")

    def text(self, column: str, *, required: bool = True) -> str:
        value = self.cells[column].strip()
        max_length = self.model._meta.get_field(column).max_length
        if required and not value:
            self._fail(column, "a value is required")
        elif max_length and len(value) > max_length:
            self._fail(column, f"longer than {max_length} characters")
        return value

    def identifier(self, column: str, validate: Callable[[str], str]) -> str:
        value = self.cells[column].strip()
        if not value:
            self._fail(column, "a value is required")
            return ""
        try:
            return validate(value)
        except ValidationError as error:
            self._fail(f"{column} {mask(value)}", " ".join(error.messages))
            return ""

    def date(self, column: str) -> datetime.date | None:
        value = self.cells[column].strip()
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            day = datetime.date.fromisoformat(value)
        except ValueError:
            self._fail(column, "not a date in the form YYYY-MM-DD")
            return None
        if not datetime.date(1880, 1, 1) <= day <= timezone.localdate():
            self._fail(column, "the date is in the future or before 1880")
            return None
        return day

    def choice(self, column: str, choices: dict[str, str], default: str = "") -> str:
        value = self.cells[column].strip()
        if not value and default:
            return default
        if value.lower() in choices:
            return str(choices[value.lower()])
        self._fail(column, f"must be one of {', '.join(choices)}")
        return ""


def _population(row: Row) -> Parsed:
    number = row.identifier("resident_id", identifiers.validate_resident_id)
    values = {
        "name": row.text("name"),
        "sex": row.choice("sex", _SEXES),
        "birth_date": row.date("birth_date"),
        "ethnicity": row.text("ethnicity", required=False),
        "address": row.text("address"),
        "household_number": row.text("household_number"),
        "relation_to_head": row.text("relation_to_head"),
    }
    if number and values["sex"]:
        male = int(number[16]) % 2 == 1
        if (values["sex"] == PopulationRecord.Sex.MALE) != male:
            row.errors.append("sex: does not agree with the resident ID")
    if number and values["birth_date"]:
        embedded = datetime.date(
            int(number[6:10]), int(number[10:12]), int(number[12:14])
        )
        if values["birth_date"] != embedded:
            row.errors.append("birth_date: does not agree with the resident ID")
    key = keyed_hash(number) if number else ""
    return Parsed(key, {"number_hash": key, **values}, {"number": number})


def _legal_entity(row: Row) -> Parsed:
    code = row.identifier("credit_code", identifiers.validate_credit_code)
    representative_id = row.identifier(
        "legal_representative_id", identifiers.validate_resident_id
    )
    values = {
        "credit_code": code,
        "name": row.text("name"),
        "entity_type": row.text("entity_type"),
        "legal_representative_name": row.text("legal_representative_name"),
        "legal_representative_id_hash": keyed_hash(representative_id),
        "address": row.text("address"),
        "registered_capital": row.text("registered_capital", required=False),
        "established_on": row.date("established_on"),
        "status": row.choice(
            "status", _ENTITY_STATUSES, LegalEntityRecord.Status.ACTIVE
        ),
    }
    return Parsed(code, values, {"legal_representative_id": representative_id})


def _card(row: Row, *, bank: bool) -> Parsed:
    number = row.identifier("card_number", identifiers.validate_card_number)
    holder_id = row.identifier("holder_id", identifiers.validate_resident_id)
    key = keyed_hash(number) if number else ""
    values = {
        "number_hash": key,
        "holder_id_hash": keyed_hash(holder_id),
        "holder_name": row.text("holder_name"),
        "issued_on": row.date("issued_on"),
        "issuer": row.text("issuer"),
        "status": row.choice(
            "status", _CARD_STATUSES, SocialSecurityCardRecord.Status.NORMAL
        ),
    }
    if bank:
        values["bank"] = row.text("bank", required=False)
    return Parsed(key, values, {"number": number, "holder_id": holder_id})


@dataclass(frozen=True)
class Registry:
    model: type[models.Model]
    columns: tuple[str, ...]
    key_field: str
    parse: Callable[[Row], Parsed]


REGISTRIES = {
    "population": Registry(
        PopulationRecord,
        (
            "resident_id",
            "name",
            "sex",
            "birth_date",
            "ethnicity",
            "address",
            "household_number",
            "relation_to_head",
        ),
        "number_hash",
        _population,
    ),
    "legal_entity": Registry(
        LegalEntityRecord,
        (
            "credit_code",
            "name",
            "entity_type",
            "legal_representative_name",
            "legal_representative_id",
            "address",
            "registered_capital",
            "established_on",
            "status",
        ),
        "credit_code",
        _legal_entity,
    ),
    "social_security_card": Registry(
        SocialSecurityCardRecord,
        (
            "card_number",
            "holder_id",
            "holder_name",
            "issued_on",
            "issuer",
            "status",
            "bank",
        ),
        "number_hash",
        lambda row: _card(row, bank=True),
    ),
    "health_card": Registry(
        HealthCardRecord,
        ("card_number", "holder_id", "holder_name", "issued_on", "issuer", "status"),
        "number_hash",
        lambda row: _card(row, bank=False),
    ),
}


@dataclass
class Outcome:
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def read_rows(registry: Registry, path: Path, outcome: Outcome) -> list[Parsed]:  # noqa: C901
    """Validate the file's rows; bad ones go to ``outcome.errors``."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RegistryFileError(f"No such file: {path}") from None
    except UnicodeDecodeError as error:
        raise RegistryFileError(
            f"{path} is not UTF-8 text (byte {error.start}); save it as UTF-8."
        ) from None
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise RegistryFileError(f"{path} is empty: expected a header row.") from None
    missing = [name for name in registry.columns if name not in header]
    if missing:
        raise RegistryFileError(
            f"{path}: missing column(s) {', '.join(missing)}; the header must name "
            f"{','.join(registry.columns)}."
        )
    ignored = [name for name in header if name not in registry.columns]
    if ignored:
        outcome.errors.append(f"header: ignoring column(s) {', '.join(ignored)}")
    position = {name: header.index(name) for name in registry.columns}
    parsed: list[Parsed] = []
    seen: dict[str, int] = {}
    line = reader.line_num
    for cells in reader:
        first_line, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        outcome.read += 1
        if len(cells) != len(header):
            outcome.errors.append(
                f"line {first_line}: expected {len(header)} fields, found {len(cells)}"
            )
            continue
        row = Row(
            registry.model,
            {name: cells[index] for name, index in position.items()},
        )
        result = registry.parse(row)
        if not row.errors and result.key in seen:
            row.errors.append(f"same identifier as line {seen[result.key]}")
        if row.errors:
            outcome.errors.append(f"line {first_line}: {'; '.join(row.errors)}")
            continue
        seen[result.key] = first_line
        parsed.append(result)
    return parsed


def upsert(registry: Registry, rows: list[Parsed], outcome: Outcome) -> None:
    model = registry.model
    now = timezone.now()
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        existing = model.objects.in_bulk(
            [row.key for row in batch], field_name=registry.key_field
        )
        created, updated, changed_fields = [], [], set()
        for row in batch:
            obj = existing.get(row.key)
            if obj is None:
                obj = model(**row.values)
                for name, clear in row.secrets.items():
                    setattr(obj, f"{name}_encrypted", encrypt(clear))
                created.append(obj)
                continue
            changed = [
                name
                for name, value in row.values.items()
                if getattr(obj, name) != value
            ]
            for name in list(changed):
                setattr(obj, name, row.values[name])
                # A changed hash means a changed identifier: store its new ciphertext.
                secret = name.removesuffix("_hash")
                if secret != name and secret in row.secrets:
                    setattr(obj, f"{secret}_encrypted", encrypt(row.secrets[secret]))
                    changed.append(f"{secret}_encrypted")
            if changed:
                obj.updated_at = now
                changed_fields.update(changed)
                updated.append(obj)
            else:
                outcome.unchanged += 1
        model.objects.bulk_create(created, batch_size=BATCH_SIZE)
        if updated:
            model.objects.bulk_update(
                updated, [*sorted(changed_fields), "updated_at"], batch_size=BATCH_SIZE
            )
        outcome.created += len(created)
        outcome.updated += len(updated)
