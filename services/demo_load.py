"""Loads the synthetic demo catalogue (``services.demo_catalogue``) into the
database for ``seed_demo``: departments, licence types, life and business events,
services with their materials (with their material codes, so that a file
supplied for one service is reused for another's requirement of the same kind),
then the search index. Idempotent: rows are matched by code and updated in
place."""

from __future__ import annotations

from dataclasses import dataclass

from licences.models import LicenceType
from services import demo_catalogue
from services.models import Department, LifeEvent, MaterialRequirement, Service

# The demo catalogue names registries by kind; the exchange by resource code.
SHARED_RESOURCE_CODES = {
    "population": "population.person",
    "legal_entity": "legal-entity.basic",
    "social_security": "social-security.card-of-person",
    "health_card": "health.card-of-person",
}


@dataclass
class CatalogueCounts:
    departments: int
    licence_types: int
    services: int
    services_created: int


def load_catalogue() -> CatalogueCounts:
    departments = _departments()
    licence_types = _licence_types(departments)
    events = _events()
    created = 0
    for row in demo_catalogue.SERVICES:
        created += _service(row, departments, licence_types, events)
    return CatalogueCounts(
        departments=len(departments),
        licence_types=len(licence_types),
        services=Service.objects.count(),
        services_created=created,
    )


def _departments() -> dict[str, Department]:
    result = {}
    for row in demo_catalogue.DEPARTMENTS:
        department, _ = Department.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "region_level": row["region_level"],
                "region_name": row["region_name"],
                "summary": row.get("summary", ""),
            },
        )
        result[department.code] = department
    return result


def _licence_types(departments: dict[str, Department]) -> dict[str, LicenceType]:
    result = {}
    for row in demo_catalogue.LICENCE_TYPES:
        licence_type, _ = LicenceType.objects.update_or_create(
            code=row["code"],
            defaults={
                "name": row["name"],
                "issuing_authority": departments[row["issuing_department"]].name,
                "holder_kind": row["holder_kind"],
                "validity_years": row["validity_years"],
            },
        )
        result[licence_type.code] = licence_type
    return result


def _events() -> dict[str, LifeEvent]:
    result = {}
    groups = [
        (LifeEvent.Kind.PERSONAL, demo_catalogue.LIFE_EVENTS),
        (LifeEvent.Kind.BUSINESS, demo_catalogue.BUSINESS_EVENTS),
    ]
    for kind, labels in groups:
        for order, (code, name) in enumerate(labels.items()):
            # Editors may have renamed an event: keep their wording.
            event, _ = LifeEvent.objects.get_or_create(
                code=code, defaults={"kind": kind, "name": name, "sort_order": order}
            )
            result[code] = event
    return result


def _service(
    row: demo_catalogue.Service,
    departments: dict[str, Department],
    licence_types: dict[str, LicenceType],
    events: dict[str, LifeEvent],
) -> bool:
    service, created = Service.objects.update_or_create(
        code=row["code"],
        defaults={
            "name": row["name"],
            "department": departments[row["department"]],
            "service_type": row["service_type"],
            "audience": row["audience"],
            "aliases": ",".join(row.get("aliases", [])),
            "keywords": ",".join(row.get("keywords", [])),
            "summary": row.get("summary", ""),
            "conditions": row.get("conditions", ""),
            "legal_basis": row.get("legal_basis", ""),
            "steps": [("step", step) for step in row.get("steps", [])],
            "faq": [
                ("question", {"question": item["q"], "answer": item["a"]})
                for item in row.get("faq", [])
            ],
            "committed_days": row["committed_days"],
            "statutory_days": row["statutory_days"],
            "fee": row.get("fee", ""),
            "online_level": row["online_level"],
            "counter_address": row.get("counter_address", ""),
            "office_hours": row.get("office_hours", ""),
            "licence_type": licence_types.get(row.get("licence_type") or ""),
        },
    )
    codes = [*row.get("life_events", []), *row.get("business_events", [])]
    service.events.set([events[code] for code in codes])
    materials = row.get("materials", [])
    for order, material in enumerate(materials):
        MaterialRequirement.objects.update_or_create(
            service=service,
            sort_order=order,
            defaults={
                "name": material["name"],
                "form": material["form"],
                "quantity": material.get("quantity", 1),
                "required": material.get("required", True),
                "licence_type": licence_types.get(material.get("licence_type") or ""),
                "shared_resource": SHARED_RESOURCE_CODES.get(
                    material.get("shared_resource") or "", ""
                ),
                "note": material.get("note", ""),
                "material_code": material.get("material_code", ""),
            },
        )
    service.materials.filter(sort_order__gte=len(materials)).delete()
    # A full save: it commits the events (a parental many-to-many relation is
    # written on save) and refreshes the search index with the materials.
    service.save()
    return created
