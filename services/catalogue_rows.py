"""The rows of catalogue files (``services.catalogue_files``) as model values,
and the checks across them, before anything is written.

Flow:

1. ``parse`` turns each row's cells into model values by its kind's columns,
   with the model fields' own validators (lengths, code patterns). A column
   (CSV) or key (TOML) that is absent is left out of the values, so that the
   import keeps what is stored; a present one is the value, empty included.
   Materials and questions join their service.
2. ``validate`` checks across rows: duplicate codes, references to departments,
   licence types, events, material codes and sharing resources (in the files,
   or in ``Known``: what the database holds already), and the standard items a
   基本目录 sheet requires.

Problems say ``file:line: column: message``; nothing here touches the database
(``services.actions`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.translation import gettext as _

from services.catalogue_files import (
    DEPARTMENTS,
    EVENTS,
    FAQ,
    KINDS,
    LICENCE_TYPES,
    MATERIAL_CATALOGUE,
    MATERIALS,
    NESTED,
    NO_FEE,
    REGIONS,
    SERVICE_CODE,
    SERVICES,
    STANDARD_ITEMS,
    CellError,
    Column,
    Problem,
    Row,
    Sheets,
    shown,
)
from services.models import LifeEvent, Service


@dataclass
class Record:
    """A row's values by model field, only for the columns the row has."""

    row: Row
    values: dict[str, object]
    # Services: their materials and questions when the files give them (None:
    # keep what is stored).
    materials: list[Record] | None = None
    faq: list[Record] | None = None

    @property
    def code(self) -> str:
        return str(self.values.get("code", ""))


@dataclass
class Catalogue:
    """What the files say, by kind, in file order."""

    records: dict[str, list[Record]] = field(
        default_factory=lambda: {kind: [] for kind in KINDS}
    )
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def __getitem__(self, kind: str) -> list[Record]:
        return self.records[kind]


def parse(sheets: Sheets) -> Catalogue:
    catalogue = Catalogue(
        problems=list(sheets.problems), warnings=list(sheets.warnings)
    )
    warned: set[tuple[str, str]] = set()

    def record_of(row: Row, columns) -> Record:
        return _record(row, columns, KINDS[row.kind].model, catalogue, warned)

    for row in sheets.rows:
        record = record_of(row, KINDS[row.kind].columns)
        if row.kind == SERVICES:
            _service_values(record, catalogue)
            if MATERIALS in row.children:
                record.materials = [
                    record_of(child, NESTED[MATERIALS])
                    for child in row.children[MATERIALS]
                ]
            if FAQ in row.children:
                record.faq = [
                    record_of(child, NESTED[FAQ]) for child in row.children[FAQ]
                ]
        catalogue[row.kind].append(record)
    _attach_sheets(catalogue)
    for record in catalogue[SERVICES]:
        if record.faq is not None:
            record.values["faq"] = _questions(record.faq, catalogue)
    return catalogue


def _questions(records: list[Record], catalogue: Catalogue) -> list[tuple]:
    """A service's questions and answers; a question must fit the guide page's
    question block."""
    block = Service._meta.get_field("faq").stream_block.child_blocks["question"]
    for record in records:
        question = record.values.get("question")
        if not question:
            continue
        try:
            block.child_blocks["question"].clean(question)
        except ValidationError as error:
            catalogue.problems.append(
                record.row.problem("问题", " ".join(error.messages))
            )
    return [(r.values.get("question"), r.values.get("answer")) for r in records]


def _record(row: Row, columns, model, catalogue: Catalogue, warned) -> Record:
    values: dict[str, object] = {}
    by_name = {column.name: column for column in columns}
    for name in row.cells:
        if name not in by_name and (row.file, name) not in warned:
            warned.add((row.file, name))
            catalogue.warnings.append(row.problem(name, _("column not imported")))
    for column in columns:
        if column.name not in row.cells:
            if column.required:
                catalogue.problems.append(
                    row.problem(column.name, _("a value is required"))
                )
            continue
        try:
            value = column.parse(row.cells[column.name])
            _check_field(model, column, value)
        except CellError as error:
            catalogue.problems.append(row.problem(column.name, str(error)))
            continue
        if column.required and value in ("", None, []):
            catalogue.problems.append(
                row.problem(column.name, _("a value is required"))
            )
            continue
        values[column.field] = value
    return Record(row, values)


def _check_field(model, column: Column, value: object) -> None:
    """The model field's own checks (length, code pattern) on a text value."""
    if model is None or not isinstance(value, str) or value == "":
        return
    try:
        model_field = model._meta.get_field(column.field)
    except FieldDoesNotExist:  # a column the import reads by another name
        return
    if not isinstance(model_field, models.CharField | models.TextField):
        return
    try:
        model_field.clean(value, None)
    except ValidationError as error:
        raise CellError(" ".join(error.messages)) from error


def _service_values(record: Record, catalogue: Catalogue) -> None:
    """Values a service column gives only together with another."""
    problems = catalogue.problems
    _service_lists(record, problems)
    _service_steps(record, problems)
    _service_fee(record, problems)
    _service_time_limits(record, problems)
    # A service listed in an export is in use unless its row says 停用.
    if record.values.get("is_active") is None:
        record.values["is_active"] = True


def _service_lists(record: Record, problems: list) -> None:
    """别名 and 关键词: lists stored joined by commas, so an item holds none."""
    values, row = record.values, record.row
    for name, column in (("aliases", "别名"), ("keywords", "关键词")):
        if name not in values:
            continue
        items = values[name]
        if any("," in item or "，" in item for item in items):
            problems.append(row.problem(column, _("an item holds a comma")))
            del values[name]
            continue
        joined = ",".join(items)
        values[name] = joined
        try:
            Service._meta.get_field(name).clean(joined, None)
        except ValidationError as error:
            problems.append(row.problem(column, " ".join(error.messages)))
            del values[name]


def _service_steps(record: Record, problems: list) -> None:
    steps = Service._meta.get_field("steps").stream_block.child_blocks["step"]
    for step in record.values.get("steps", []):
        try:
            steps.clean(step)
        except ValidationError as error:
            problems.append(record.row.problem("办理流程", " ".join(error.messages)))


def _service_fee(record: Record, problems: list) -> None:
    """是否收费 with 收费标准 make the fee: the standard, or 不收费."""
    values = record.values
    charged = values.pop("charged", None)
    fee = values.get("fee", "")
    if charged is True and not fee:
        problems.append(
            record.row.problem("收费标准", _("required when 是否收费 is 是"))
        )
    elif charged is False and not fee:
        values["fee"] = NO_FEE


def _service_time_limits(record: Record, problems: list) -> None:
    committed = record.values.get("committed_days")
    statutory = record.values.get("statutory_days")
    if not (isinstance(committed, int) and isinstance(statutory, int)):
        return
    if committed > statutory:
        problems.append(
            record.row.problem(
                "承诺办结时限",
                _(
                    "%(committed)s working days is longer than the statutory "
                    "%(statutory)s"
                )
                % {"committed": committed, "statutory": statutory},
            )
        )


def _attach_sheets(catalogue: Catalogue) -> None:
    """CSV sheets of materials and questions: each row to its service."""
    services = {record.code: record for record in catalogue[SERVICES] if record.code}
    for nested, attribute in ((MATERIALS, "materials"), (FAQ, "faq")):
        for record in catalogue[nested]:
            code = record.values.get("service")
            if code is None:
                continue
            service = services.get(code)
            if service is None:
                catalogue.problems.append(
                    record.row.problem(
                        SERVICE_CODE,
                        _("%(code)s is not a service of the files imported")
                        % {"code": code},
                    )
                )
                continue
            if getattr(service, attribute) is None:
                setattr(service, attribute, [])
            getattr(service, attribute).append(record)


@dataclass(frozen=True)
class Known:
    """What the database holds already, for references the files do not
    resolve themselves."""

    departments: dict[str, str] = field(default_factory=dict)  # code -> name
    licence_types: frozenset[str] = frozenset()
    events: dict[str, str] = field(default_factory=dict)  # code -> kind
    material_codes: frozenset[str] = frozenset()
    shared_resources: frozenset[str] = frozenset()
    services: dict[str, str] = field(default_factory=dict)  # code -> name


def validate(catalogue: Catalogue, known: Known) -> None:
    """Adds to ``catalogue.problems`` what the rows say that cannot hold."""
    _unique(catalogue, REGIONS, "code", "区划代码")
    _unique(catalogue, DEPARTMENTS, "code", "实施主体编码")
    _unique(catalogue, DEPARTMENTS, "name", "实施主体名称")
    _unique(catalogue, LICENCE_TYPES, "code", "证照类型代码")
    _unique(catalogue, EVENTS, "code", "主题编码")
    _unique(catalogue, MATERIAL_CATALOGUE, "material_code", "材料编码")
    _unique(catalogue, STANDARD_ITEMS, "name", "标准事项名称")
    _unique(catalogue, SERVICES, "code", SERVICE_CODE)
    _regions_valid(catalogue)
    _references_valid(catalogue, known)
    _services_unique_by_name(catalogue)
    _standard_items_present(catalogue, known)


def _regions_valid(catalogue: Catalogue) -> None:
    """Parents of regions, and the regions of departments, where the files give
    a 区划 sheet."""
    problems = catalogue.problems
    regions = {r.values.get("name"): r.values.get("level") for r in catalogue[REGIONS]}
    region_codes = {r.values.get("code") for r in catalogue[REGIONS]}
    for record in catalogue[REGIONS]:
        parent = record.values.get("parent")
        if parent and parent not in region_codes:
            problems.append(
                record.row.problem("上级区划代码", _unknown(_("region"), parent))
            )
    for record in catalogue[DEPARTMENTS]:
        region = record.values.get("region_name")
        if not regions or region is None:
            continue  # no 区划 sheet: region names are not checked
        if region not in regions:
            problems.append(
                record.row.problem("所属区划", _unknown(_("region"), region))
            )
        elif regions[region] != record.values.get("region_level", regions[region]):
            problems.append(
                record.row.problem(
                    "行政层级",
                    _("does not match the level of %(region)s") % {"region": region},
                )
            )


def _references_valid(catalogue: Catalogue, known: Known) -> None:
    """Every code a row names is in the files or already in the database."""
    problems = catalogue.problems
    departments = set(known.departments) | {r.code for r in catalogue[DEPARTMENTS]}
    licence_types = set(known.licence_types) | {
        r.code for r in catalogue[LICENCE_TYPES]
    }
    events = dict(known.events)
    events.update({r.code: r.values.get("kind") for r in catalogue[EVENTS]})
    material_codes = set(known.material_codes) | {
        r.values.get("material_code") for r in catalogue[MATERIAL_CATALOGUE]
    }
    for record in catalogue[LICENCE_TYPES]:
        problems.extend(
            _reference(
                record, "issuing_department", "发证机关", departments, _("department")
            )
        )
    for record in catalogue[SERVICES]:
        problems.extend(
            _reference(record, "department", "实施主体", departments, _("department"))
        )
        problems.extend(
            _reference(
                record, "licence_type", "结果证照", licence_types, _("licence type")
            )
        )
        problems.extend(_event_problems(record, events))
        _materials_valid(record, licence_types, material_codes, known, problems)


def _event_problems(record: Record, events: dict[str, str]) -> list:
    """Unknown events of a service, and events of the other kind."""
    found = []
    for name, column, kind in (
        ("personal_events", "个人主题", LifeEvent.Kind.PERSONAL),
        ("business_events", "法人主题", LifeEvent.Kind.BUSINESS),
    ):
        for code in record.values.get(name, []):
            if code not in events:
                found.append(record.row.problem(column, _unknown(_("event"), code)))
            elif events[code] is not None and events[code] != kind:
                found.append(
                    record.row.problem(
                        column,
                        _("%(code)s is a %(kind)s")
                        % {"code": code, "kind": LifeEvent.Kind(events[code]).label},
                    )
                )
    return found


def _where(row: Row) -> str:
    return f"{row.file}:{row.line}" if row.line else row.file


def _unknown(what: str, code: object) -> str:
    return _("unknown %(what)s %(code)s") % {"what": what, "code": shown(code)}


def _unique(catalogue: Catalogue, kind: str, name: str, column: str) -> None:
    first: dict[object, Record] = {}
    for record in catalogue[kind]:
        value = record.values.get(name)
        if value in (None, ""):
            continue
        if value in first:
            earlier = first[value].row
            catalogue.problems.append(
                record.row.problem(
                    column,
                    _("%(value)s is already listed at %(where)s")
                    % {
                        "value": shown(value),
                        "where": _where(earlier),
                    },
                )
            )
        else:
            first[value] = record


def _reference(record: Record, name: str, column: str, codes, what: str) -> list:
    """The problem of a reference to a code that is not known, if any."""
    value = record.values.get(name)
    if value and value not in codes:
        return [record.row.problem(column, _unknown(what, value))]
    return []


def _materials_valid(
    service: Record, licence_types, material_codes, known: Known, problems: list
) -> None:
    names: dict[str, Record] = {}
    for material in service.materials or []:
        values, row = material.values, material.row
        name = values.get("name")
        if name in names:
            earlier = names[name].row
            problems.append(
                row.problem(
                    "材料名称",
                    _("%(value)s is already a material of this service (%(where)s)")
                    % {
                        "value": shown(name),
                        "where": _where(earlier),
                    },
                )
            )
        elif name:
            names[name] = material
        problems.extend(
            _reference(
                material, "licence_type", "电子证照", licence_types, _("licence type")
            )
        )
        problems.extend(
            _reference(
                material,
                "material_code",
                "材料编码",
                material_codes,
                _("material code"),
            )
        )
        problems.extend(
            _reference(
                material,
                "shared_resource",
                "共享资源",
                known.shared_resources,
                _("sharing resource"),
            )
        )


def _services_unique_by_name(catalogue: Catalogue) -> None:
    first: dict[tuple, Record] = {}
    for record in catalogue[SERVICES]:
        key = (record.values.get("department"), record.values.get("name"))
        if None in key:
            continue
        if key in first:
            earlier = first[key].row
            catalogue.problems.append(
                record.row.problem(
                    "事项名称",
                    _("%(department)s already has a service %(name)s (%(where)s)")
                    % {
                        "department": key[0],
                        "name": shown(key[1]),
                        "where": _where(earlier),
                    },
                )
            )
        else:
            first[key] = record


def _standard_items_present(catalogue: Catalogue, known: Known) -> None:
    """Every name of a 基本目录 sheet is a service's, after this import."""
    imported = {
        record.code: record.values.get("name") for record in catalogue[SERVICES]
    }
    names = {name for code, name in known.services.items() if code not in imported}
    names |= set(imported.values())
    for record in catalogue[STANDARD_ITEMS]:
        name = record.values.get("name")
        if name and name not in names:
            catalogue.problems.append(
                record.row.problem(
                    "标准事项名称", _("no service of the catalogue has this name")
                )
            )
