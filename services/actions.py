"""Importing a service catalogue from a province's export files
(``catalogue_import``, also what ``seed_demo`` loads the demo catalogue with).

Flow:

1. Read, parse and check the files (``services.catalogue_files`` and
   ``services.catalogue_rows``), with what the database already holds for the
   references the files do not resolve. Any problem stops the import: nothing
   is written.
2. Plan: match each row with what is stored by its code (a service's materials
   by name within the service) and tell what is new, what changed and what is
   the same; services of the departments imported that the files no longer list
   are reported, and deactivated only when asked (never deleted).
3. Unless it is a dry run, write the plan in one transaction with bulk writes,
   which send no model signals: each new or changed service is written once and
   indexed for search once, after its materials and events, instead of once per
   save of it and of each of its materials. After commit the change is announced
   once, by ``services.signals.catalogue_imported``, which the caches of the
   website and of the application pages listen to. (A material
   a file drops is deleted through Django's collector, which clears the
   references of the files supplied for it and announces each deletion itself.)

Importing the same files again changes nothing, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from licences.models import LicenceType
from services import search
from services.catalogue_files import (
    DEPARTMENTS,
    EVENTS,
    LICENCE_TYPES,
    MATERIALS,
    SERVICES,
    Problem,
    read_files,
)
from services.catalogue_rows import Known, Record, parse, validate
from services.models import Department, LifeEvent, MaterialRequirement, Service
from services.signals import catalogue_imported
from sharing.models import Resource

# Service fields a row may set, compared and written as they are.
SERVICE_FIELDS = (
    "name",
    "department",
    "service_type",
    "audience",
    "aliases",
    "keywords",
    "summary",
    "conditions",
    "legal_basis",
    "steps",
    "faq",
    "committed_days",
    "statutory_days",
    "fee",
    "online_level",
    "counter_address",
    "office_hours",
    "licence_type",
    "min_assurance_level",
    "is_active",
)
MATERIAL_FIELDS = (
    "name",
    "form",
    "material_code",
    "quantity",
    "required",
    "licence_type",
    "shared_resource",
    "note",
    "sort_order",
)


@dataclass
class Counts:
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def listed(self) -> int:
        """Rows of the files."""
        return self.created + self.changed + self.unchanged


@dataclass
class ImportReport:
    files: list[str]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)
    # Services of the departments imported that the files no longer list:
    # (code, name).
    missing: list[tuple[str, str]] = field(default_factory=list)
    deactivated: int = 0
    indexed: int = 0
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes(self) -> int:
        return self.deactivated + sum(
            c.created + c.changed + c.removed for c in self.counts.values()
        )


class CatalogueInvalid(Exception):
    """The files have problems; ``report`` lists them."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("\n".join(map(str, report.problems)))
        self.report = report


def catalogue_import(
    *,
    files: Iterable[Path | str],
    dry_run: bool = False,
    deactivate_missing: bool = False,
) -> ImportReport:
    """Import the catalogue in ``files`` (TOML or CSV; a directory stands for
    the files in it), all or nothing. The report lists the problems found, if
    any, and otherwise what was (or, in a dry run, would be) written."""
    sheets = read_files(files)
    report = ImportReport(files=sorted({row.file for row in sheets.rows}))
    catalogue = parse(sheets)
    validate(catalogue, _known())
    report.problems = sorted(catalogue.problems, key=_place)
    report.warnings = sorted(catalogue.warnings, key=_place)
    report.dry_run = dry_run
    if not report.ok:
        return report
    plan = _Plan(catalogue, deactivate_missing=deactivate_missing)
    report.counts = plan.counts
    report.missing = [(s.code, s.name) for s in plan.missing]
    report.deactivated = len(plan.missing) if deactivate_missing else 0
    if not dry_run and report.changes:
        with transaction.atomic():
            report.indexed = plan.write()
            transaction.on_commit(_announce)
    return report


def _place(problem: Problem) -> tuple:
    return (problem.file, problem.line or 0)


def _known() -> Known:
    return Known(
        departments=dict(Department.objects.values_list("code", "name")),
        licence_types=frozenset(LicenceType.objects.values_list("code", flat=True)),
        events=dict(LifeEvent.objects.values_list("code", "kind")),
        material_codes=frozenset(
            MaterialRequirement.objects.exclude(material_code="")
            .values_list("material_code", flat=True)
            .distinct()
        ),
        shared_resources=frozenset(Resource.objects.values_list("code", flat=True)),
        services=dict(Service.objects.values_list("code", "name")),
    )


def _announce() -> None:
    # Once, after commit: nothing read these copies inside the transaction.
    catalogue_imported.send(sender=Service)


def _material_values(material, order: int) -> dict:
    """A material row's values as the requirement stores them, in file order."""
    values = {**material.values, "sort_order": order}
    values.pop("service", None)
    if values.get("licence_type") == "":
        values["licence_type"] = None
    return values


def _material_changes(existing: MaterialRequirement, values: dict) -> dict:
    """The fields of ``existing`` the row gives another value (absent: kept)."""
    changed = {}
    for name in MATERIAL_FIELDS:
        if name not in values:
            continue
        wanted = _or_default(MaterialRequirement, name, values[name])
        if wanted != _stored_material_value(existing, name):
            changed[name] = wanted
    return changed


def _default(model, name: str):
    return model._meta.get_field(name).get_default()


@dataclass
class _ServicePlan:
    record: Record
    service: Service
    created: bool
    # Stored fields that change (all of them for a new service).
    fields: dict[str, object] = field(default_factory=dict)
    events: set[str] | None = None
    new_materials: list[dict] = field(default_factory=list)
    changed_materials: list[tuple[MaterialRequirement, dict]] = field(
        default_factory=list
    )
    removed_materials: list[MaterialRequirement] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.fields
            or self.events is not None
            or self.new_materials
            or self.changed_materials
            or self.removed_materials
        )


class _Plan:
    """What the import writes, worked out before anything is."""

    def __init__(self, catalogue, *, deactivate_missing: bool) -> None:
        self.counts = {
            kind: Counts()
            for kind in (DEPARTMENTS, LICENCE_TYPES, EVENTS, SERVICES, MATERIALS)
        }
        self.departments = {d.code: d for d in Department.objects.all()}
        self.licence_types = {t.code: t for t in LicenceType.objects.all()}
        self.events = {e.code: e for e in LifeEvent.objects.all()}
        self.department_changes = self._rows(
            DEPARTMENTS, catalogue[DEPARTMENTS], Department, self.departments
        )
        # A department's name is in its services' index entries.
        self.renamed_departments = {
            code
            for code, (department, changes) in self.department_changes.items()
            if "name" in changes and not department._state.adding
        }
        for record in catalogue[LICENCE_TYPES]:
            issuer = record.values.pop("issuing_department")
            record.values["issuing_authority"] = self.departments[issuer].name
        self.licence_type_changes = self._rows(
            LICENCE_TYPES, catalogue[LICENCE_TYPES], LicenceType, self.licence_types
        )
        self.new_events = self._new_events(catalogue[EVENTS])
        self.services = self._services(catalogue[SERVICES])
        listed = {plan.service.code for plan in self.services}
        departments = {plan.record.values["department"] for plan in self.services}
        self.missing = list(
            Service.objects.filter(department__code__in=departments, is_active=True)
            .exclude(code__in=listed)
            .order_by("code")
        )
        self.deactivate_missing = deactivate_missing

    # --- departments and licence types: rows matched by code ------------------

    def _rows(self, kind, records, model, stored: dict) -> dict:
        """``{code: (object, changed fields)}`` of the rows that are new or
        change; ``stored`` gains the new objects (unsaved) and the changes."""
        changes = {}
        for record in records:
            values = {k: v for k, v in record.values.items() if k != "code"}
            obj = stored.get(record.code)
            if obj is None:
                obj = model(code=record.code)
                values = {
                    name: values.get(name, _default(model, name))
                    for name in _settable(model)
                }
            changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
            for name, value in changed.items():
                setattr(obj, name, value)
            stored[record.code] = obj
            counts = self.counts[kind]
            if obj._state.adding:
                counts.created += 1
                changes[record.code] = (obj, changed)
            elif changed:
                counts.changed += 1
                changes[record.code] = (obj, changed)
            else:
                counts.unchanged += 1
        return changes

    def _new_events(self, records) -> list[LifeEvent]:
        """Events are created when missing; a stored one keeps its editors'
        wording and place."""
        new = []
        order: dict[str, int] = {}
        for record in records:
            kind = record.values["kind"]
            sort_order = order.get(kind, 0)
            order[kind] = sort_order + 1
            if record.code in self.events:
                self.counts[EVENTS].unchanged += 1
                continue
            event = LifeEvent(
                code=record.code,
                name=record.values["name"],
                kind=kind,
                sort_order=sort_order,
            )
            self.events[record.code] = event
            new.append(event)
            self.counts[EVENTS].created += 1
        return new

    # --- services ---------------------------------------------------------------

    def _services(self, records) -> list[_ServicePlan]:
        stored = {
            s.code: s
            for s in Service.objects.filter(code__in=[r.code for r in records])
            .select_related("department", "licence_type")
            .prefetch_related("materials__licence_type", "events")
        }
        plans = []
        for record in records:
            service = stored.get(record.code)
            plan = _ServicePlan(
                record, service or Service(code=record.code), created=service is None
            )
            self._service_fields(plan)
            self._service_events(plan)
            self._service_materials(plan)
            counts = self.counts[SERVICES]
            if plan.created:
                counts.created += 1
            elif plan.changed:
                counts.changed += 1
            else:
                counts.unchanged += 1
            plans.append(plan)
        return plans

    def _service_fields(self, plan: _ServicePlan) -> None:
        values = plan.record.values
        service = plan.service
        for name in SERVICE_FIELDS:
            if name not in values and not plan.created:
                continue  # a column the files do not have: kept
            if name in values:
                wanted = values[name]
            else:  # a new service: the model's default
                wanted = _stored_service_value(service, name)
            if name == "licence_type":
                wanted = wanted or None
            elif wanted is None:
                wanted = _default(Service, name)
            if plan.created or wanted != _stored_service_value(service, name):
                plan.fields[name] = wanted

    def _service_events(self, plan: _ServicePlan) -> None:
        values = plan.record.values
        stored = set() if plan.created else {e.code for e in plan.service.events.all()}
        wanted = set()
        for name, kind in (
            ("personal_events", LifeEvent.Kind.PERSONAL),
            ("business_events", LifeEvent.Kind.BUSINESS),
        ):
            if name in values:
                wanted |= set(values[name])
            else:  # kept
                wanted |= {c for c in stored if self.events[c].kind == kind}
        if wanted != stored:
            plan.events = wanted

    def _service_materials(self, plan: _ServicePlan) -> None:
        materials = plan.record.materials
        if materials is None:
            return  # the files give none: kept
        stored: dict[str, list[MaterialRequirement]] = {}
        if not plan.created:
            for requirement in plan.service.materials.all():
                stored.setdefault(requirement.name, []).append(requirement)
        counts = self.counts[MATERIALS]
        for order, material in enumerate(materials):
            values = _material_values(material, order)
            same_name = stored.get(values["name"])
            existing = same_name.pop(0) if same_name else None
            if existing is None:
                plan.new_materials.append(
                    {
                        name: _or_default(MaterialRequirement, name, values.get(name))
                        for name in MATERIAL_FIELDS
                    }
                )
                counts.created += 1
            elif changed := _material_changes(existing, values):
                plan.changed_materials.append((existing, changed))
                counts.changed += 1
            else:
                counts.unchanged += 1
        plan.removed_materials = [m for same in stored.values() for m in same]
        counts.removed += len(plan.removed_materials)

    # --- writing ------------------------------------------------------------------

    def write(self) -> int:
        """Write everything planned; the number of services indexed."""
        now = timezone.now()
        self._write_rows(Department, self.department_changes)
        self._write_rows(LicenceType, self.licence_type_changes)
        LifeEvent.objects.bulk_create(self.new_events)
        new = [plan for plan in self.services if plan.created]
        Service.objects.bulk_create(
            [
                Service(code=plan.service.code, **self._service_values(plan.fields))
                for plan in new
            ]
        )
        ids = dict(
            Service.objects.filter(
                code__in=[plan.service.code for plan in self.services]
            ).values_list("code", "pk")
        )
        changed = [plan for plan in self.services if plan.changed]
        for plan in changed:
            if not plan.created:
                Service.objects.filter(pk=ids[plan.service.code]).update(
                    **self._service_values(plan.fields), updated_at=now
                )
        self._write_events(changed, ids)
        self._write_materials(changed, ids)
        if self.deactivate_missing and self.missing:
            Service.objects.filter(pk__in=[s.pk for s in self.missing]).update(
                is_active=False, updated_at=now
            )
        return self._index(
            {ids[plan.service.code] for plan in changed}
            | set(
                Service.objects.filter(
                    department__code__in=self.renamed_departments
                ).values_list("pk", flat=True)
            )
        )

    @staticmethod
    def _write_rows(model, changes: dict) -> None:
        new = [obj for obj, _changed in changes.values() if obj._state.adding]
        changed = [(o, c) for o, c in changes.values() if not o._state.adding]
        model.objects.bulk_create(new)
        for obj, fields in changed:
            model.objects.filter(pk=obj.pk).update(**fields)

    def _service_values(self, fields: dict) -> dict:
        values = dict(fields)
        if "department" in values:
            values["department"] = self.departments[values["department"]]
        if "licence_type" in values:
            values["licence_type"] = self.licence_types.get(
                values["licence_type"] or ""
            )
        if "steps" in values:
            values["steps"] = _stream("steps", [("step", s) for s in values["steps"]])
        if "faq" in values:
            values["faq"] = _stream(
                "faq",
                [("question", {"question": q, "answer": a}) for q, a in values["faq"]],
            )
        return values

    def _write_events(self, plans: list[_ServicePlan], ids: dict) -> None:
        through = Service._meta.get_field("events").remote_field.through
        links = []
        for plan in plans:
            if plan.events is None:
                continue
            pk = ids[plan.service.code]
            events = {self.events[code].pk for code in plan.events}
            through.objects.filter(service_id=pk).exclude(
                lifeevent_id__in=events
            ).delete()
            stored = set(
                through.objects.filter(service_id=pk).values_list(
                    "lifeevent_id", flat=True
                )
            )
            links += [
                through(service_id=pk, lifeevent_id=event)
                for event in sorted(events - stored)
            ]
        through.objects.bulk_create(links)

    def _write_materials(self, plans: list[_ServicePlan], ids: dict) -> None:
        new = []
        removed = []
        for plan in plans:
            pk = ids[plan.service.code]
            new += [
                MaterialRequirement(service_id=pk, **self._material_values(values))
                for values in plan.new_materials
            ]
            for material, changed in plan.changed_materials:
                MaterialRequirement.objects.filter(pk=material.pk).update(
                    **self._material_values(changed)
                )
            removed += [material.pk for material in plan.removed_materials]
        MaterialRequirement.objects.bulk_create(new)
        if removed:
            MaterialRequirement.objects.filter(pk__in=removed).delete()

    def _material_values(self, values: dict) -> dict:
        values = dict(values)
        if "licence_type" in values:
            values["licence_type"] = self.licence_types.get(
                values["licence_type"] or ""
            )
        return values

    @staticmethod
    def _index(ids: set[int]) -> int:
        services = (
            Service.objects.filter(pk__in=ids)
            .select_related("department")
            .prefetch_related("materials", "events")
        )
        for service in services:
            search.index_service(service)
        return len(ids)


def _settable(model) -> list[str]:
    return [
        f.name
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name != "code" and f.editable
    ]


def _or_default(model, name: str, value):
    if value is None and not model._meta.get_field(name).null:
        return _default(model, name)
    return value


def _stream(name: str, value: list):
    return Service._meta.get_field(name).to_python(value)


def _stored_service_value(service: Service, name: str):
    """A service's field as the rows give it (codes for references, lists of
    texts for the streams)."""
    if service._state.adding:
        if name in ("steps", "faq"):
            return []
        if name in ("department", "licence_type"):
            return None
        return _default(Service, name)
    if name == "department":
        return service.department.code
    if name == "licence_type":
        return service.licence_type.code if service.licence_type_id else None
    if name == "steps":
        return [block.value for block in service.steps]
    if name == "faq":
        return [(b.value["question"], b.value["answer"]) for b in service.faq]
    return getattr(service, name)


def _stored_material_value(material: MaterialRequirement, name: str):
    if name == "licence_type":
        return material.licence_type.code if material.licence_type_id else None
    return getattr(material, name)
