"""A digest of the catalogue as the database holds it: every stored field of the
departments, licence types, life and business events and services (with their
search index entries), each service's material requirements and events; as
sorted, canonical JSON, hashed with SHA-256. Two loads that give the same digest
stored the same catalogue, byte for byte.

Left out: primary keys (rows are named by their codes, references too), the
``updated_at`` timestamps, the revision pointers, the PostgreSQL tsvectors
(built from ``search_terms``, which is in) and the block ids Wagtail gives each
step and question at random."""

import hashlib
import json

from django.db import models
from wagtail.fields import StreamField

from licences.models import LicenceType
from services.models import Department, LifeEvent, Service

SKIPPED = {"updated_at", "latest_revision", "search_vector", "search_vector_text"}


def _value(obj: models.Model, field: models.Field):
    if isinstance(field, StreamField):
        return [
            [block.block_type, _plain(block.value)]
            for block in field.value_from_object(obj)
        ]
    if isinstance(field, models.ForeignKey):
        related = getattr(obj, field.name)
        return getattr(related, "code", None) if related is not None else None
    return field.value_from_object(obj)


def _plain(value):
    return dict(value) if hasattr(value, "items") else value


def _row(obj: models.Model, *, skip: frozenset[str] = frozenset()) -> dict:
    return {
        field.name: _value(obj, field)
        for field in obj._meta.concrete_fields
        if not field.primary_key and field.name not in SKIPPED | skip
    }


def catalogue_snapshot() -> dict:
    services = Service.objects.select_related(
        "department", "licence_type"
    ).prefetch_related("materials__licence_type", "events")
    return {
        "departments": [_row(d) for d in Department.objects.order_by("code")],
        "licence_types": [_row(t) for t in LicenceType.objects.order_by("code")],
        "events": [_row(e) for e in LifeEvent.objects.order_by("code")],
        "services": [
            {
                **_row(service),
                "events": sorted(e.code for e in service.events.all()),
                "materials": [
                    _row(m, skip=frozenset({"service"}))
                    for m in sorted(service.materials.all(), key=_material_order)
                ],
            }
            for service in services.order_by("code")
        ],
    }


def _material_order(material) -> tuple:
    return (material.sort_order, material.name)


def catalogue_digest() -> str:
    canonical = json.dumps(
        catalogue_snapshot(), ensure_ascii=False, sort_keys=True, default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()
