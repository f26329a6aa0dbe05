"""The files a service catalogue (政务服务事项目录) is imported from: TOML or CSV,
in the columns of a provincial export, and how they are read.

A TOML file holds arrays of tables named for what they list (``[["事项"]]``,
with ``[["事项"."申请材料"]]`` and ``[["事项"."常见问题"]]`` nested in a
service); a CSV file is one sheet, told apart by its header (``SHEET_KEYS``),
materials and questions being sheets of their own that name their service by
事项编码. ``KINDS`` lists each kind's columns: which are required, the model
field each fills and how its cells are read (text, whole numbers, lists, the
export's wording of enumerations such as 行政许可 or 必要).

``read_files`` gives every row with the line it starts on and the line of each
of its keys, so that a problem can be reported as ``file:line: column:
message``. CSV gives them; tomllib does not, so ``_toml_lines`` finds them by
scanning the text. Checking the rows is ``services.catalogue_rows``' part.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import models
from django.utils.translation import gettext as _

from licences.models import LicenceType
from services.models import Department, LifeEvent, MaterialRequirement, Service

SUFFIXES = (".toml", ".csv")


class CellError(Exception):
    """A cell whose value cannot be used; the message says why."""


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.column:
            return f"{where}: {self.column}: {self.message}"
        return f"{where}: {self.message}"


@dataclass
class Row:
    """One row of a sheet or one table of a TOML file, as written."""

    kind: str
    file: str
    line: int | None
    cells: dict[str, object]
    key_lines: dict[str, int] = field(default_factory=dict)
    # TOML only: the 申请材料 and 常见问题 tables of a service.
    children: dict[str, list[Row]] = field(default_factory=dict)

    def line_of(self, column: str) -> int | None:
        return self.key_lines.get(column, self.line)

    def problem(self, column: str, message: str) -> Problem:
        return Problem(self.file, self.line_of(column), column, message)


# ---------------------------------------------------------------------------
# Cell parsers: each takes what the file holds (a string from CSV, a string,
# number or list from TOML) and returns the value, or raises CellError.
# ---------------------------------------------------------------------------

_LIST_SEPARATORS = re.compile(r"[\n;；]")


def text(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise CellError(_("expected text, not %(value)s") % {"value": shown(value)})
    if not isinstance(value, str):
        raise CellError(
            _("expected text in quotes, not %(value)s") % {"value": shown(value)}
        )
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def text_list(value: object) -> list[str]:
    """A list: a TOML array of strings, or text with one item a line (or items
    separated by ；)."""
    if isinstance(value, list):
        items = [text(item) for item in value]
    else:
        items = _LIST_SEPARATORS.split(text(value))
    return [item.strip() for item in items if item.strip()]


def whole_number(low: int, high: int) -> Callable[[object], int | None]:
    def parse(value: object) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float):
            raise CellError(_("%(value)s is not a whole number") % {"value": value})
        else:
            raw = text(value)
            if raw == "":
                return None
            if not re.fullmatch(r"[0-9]+", raw):
                raise CellError(
                    _("%(value)s is not a whole number") % {"value": shown(raw)}
                )
            number = int(raw)
        if not low <= number <= high:
            raise CellError(
                _("%(value)s is not between %(low)s and %(high)s")
                % {"value": number, "low": low, "high": high}
            )
        return number

    return parse


def choice(labels: dict[str, object]) -> Callable[[object], object]:
    """One of the export's words for an enumeration (e.g. 行政许可)."""

    def parse(value: object) -> object:
        raw = text(value)
        if raw == "":
            return None
        if raw not in labels:
            raise CellError(
                _("%(value)s is not one of: %(allowed)s")
                % {"value": shown(raw), "allowed": "、".join(labels)}
            )
        return labels[raw]

    return parse


def shown(value: object) -> str:
    shown = repr(value) if not isinstance(value, str) else f"“{value}”"
    return shown if len(shown) <= 40 else shown[:37] + "…"


# ---------------------------------------------------------------------------
# The export's wording of enumerations.
# ---------------------------------------------------------------------------

REGION_LEVELS = {
    "省级": Department.RegionLevel.PROVINCE,
    "市级": Department.RegionLevel.CITY,
    "县（区）级": Department.RegionLevel.COUNTY,
}
HOLDER_KINDS = {
    "自然人": LicenceType.HolderKind.PERSON,
    "法人和其他组织": LicenceType.HolderKind.ORGANISATION,
}
EVENT_KINDS = {"个人": LifeEvent.Kind.PERSONAL, "法人": LifeEvent.Kind.BUSINESS}
SERVICE_TYPES = {
    "行政许可": Service.ServiceType.LICENCE,
    "行政确认": Service.ServiceType.CONFIRMATION,
    "行政给付": Service.ServiceType.PAYMENT,
    "公共服务": Service.ServiceType.PUBLIC,
    "其他行政权力（登记备案）": Service.ServiceType.REGISTRATION,
}
AUDIENCES = {
    "自然人": Service.Audience.CITIZEN,
    "法人": Service.Audience.BUSINESS,
    "自然人和法人": Service.Audience.BOTH,
}
ONLINE_LEVELS = {
    "信息公开（零级）": Service.OnlineLevel.INFO,
    "表格下载（一级）": Service.OnlineLevel.DOWNLOAD,
    "在线预审（三级）": Service.OnlineLevel.ONLINE,
    "全程网办（四级）": Service.OnlineLevel.FULL_ONLINE,
}
MATERIAL_FORMS = {
    "原件": MaterialRequirement.Form.ORIGINAL,
    "复印件": MaterialRequirement.Form.COPY,
    "电子材料": MaterialRequirement.Form.ELECTRONIC,
}
NECESSITY = {"必要": True, "非必要": False}
YES_NO = {"是": True, "否": False}
STATUSES = {"在用": True, "停用": False}
# A licence type valid indefinitely: 长期 (TOML has no empty value but "").
INDEFINITE = "长期"
NO_FEE = "不收费"
# Gaps in the catalogue's numbering are not errors; the codes only need to fit
# the model's fields.
REGION_CODE = re.compile(r"[0-9]{6,12}")


def _validity_years(value: object) -> int | None:
    if isinstance(value, str) and value.strip() == INDEFINITE:
        return None
    return whole_number(1, 100)(value)


def _region_code(value: object) -> str:
    code = text(value)
    if code and not REGION_CODE.fullmatch(code):
        raise CellError(_("a region code is 6 to 12 digits"))
    return code


# ---------------------------------------------------------------------------
# Kinds of rows and their columns.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    # The model field it fills (checked with the field's own validators), or the
    # name the import reads it by.
    field: str
    parse: Callable[[object], object] = text
    required: bool = False


@dataclass(frozen=True)
class Kind:
    name: str
    columns: tuple[Column, ...]
    model: type[models.Model] | None = None

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


REGIONS = "区划"
DEPARTMENTS = "实施主体"
LICENCE_TYPES = "证照类型"
EVENTS = "主题"
MATERIAL_CATALOGUE = "材料目录"
STANDARD_ITEMS = "基本目录"
SERVICES = "事项"
MATERIALS = "申请材料"
FAQ = "常见问题"
SERVICE_CODE = "事项编码"

_MATERIAL_COLUMNS = (
    Column("材料名称", "name", required=True),
    Column("材料形式", "form", choice(MATERIAL_FORMS), required=True),
    Column("材料编码", "material_code"),
    Column("份数", "quantity", whole_number(1, 99)),
    Column("必要性", "required", choice(NECESSITY)),
    Column("电子证照", "licence_type"),
    Column("共享资源", "shared_resource"),
    Column("备注", "note"),
)
_FAQ_COLUMNS = (
    Column("问题", "question", required=True),
    Column("解答", "answer", required=True),
)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            REGIONS,
            (
                Column("区划代码", "code", _region_code, required=True),
                Column("区划名称", "name", required=True),
                Column("区划层级", "level", choice(REGION_LEVELS), required=True),
                Column("上级区划代码", "parent", _region_code),
            ),
        ),
        Kind(
            DEPARTMENTS,
            (
                Column("实施主体编码", "code", required=True),
                Column("实施主体名称", "name", required=True),
                Column("行政层级", "region_level", choice(REGION_LEVELS), True),
                Column("所属区划", "region_name", required=True),
                Column("职能简介", "summary"),
            ),
            Department,
        ),
        Kind(
            LICENCE_TYPES,
            (
                Column("证照类型代码", "code", required=True),
                Column("证照名称", "name", required=True),
                Column("发证机关", "issuing_department", required=True),
                Column("持证主体", "holder_kind", choice(HOLDER_KINDS), True),
                Column("有效期限（年）", "validity_years", _validity_years),
            ),
            LicenceType,
        ),
        Kind(
            EVENTS,
            (
                Column("主题编码", "code", required=True),
                Column("主题名称", "name", required=True),
                Column("主题类型", "kind", choice(EVENT_KINDS), required=True),
            ),
            LifeEvent,
        ),
        Kind(
            MATERIAL_CATALOGUE,
            (
                Column("材料编码", "material_code", required=True),
                Column("材料名称", "name", required=True),
            ),
            MaterialRequirement,
        ),
        Kind(STANDARD_ITEMS, (Column("标准事项名称", "name", required=True),)),
        Kind(
            SERVICES,
            (
                Column(SERVICE_CODE, "code", required=True),
                Column("事项名称", "name", required=True),
                Column("实施主体", "department", required=True),
                Column("事项类型", "service_type", choice(SERVICE_TYPES), True),
                Column("服务对象", "audience", choice(AUDIENCES), True),
                Column("法定办结时限", "statutory_days", whole_number(0, 999), True),
                Column("承诺办结时限", "committed_days", whole_number(0, 999), True),
                Column("是否收费", "charged", choice(YES_NO), required=True),
                Column("收费标准", "fee"),
                Column("网上办理深度", "online_level", choice(ONLINE_LEVELS), True),
                Column("别名", "aliases", text_list),
                Column("关键词", "keywords", text_list),
                Column("事项概述", "summary"),
                Column("受理条件", "conditions"),
                Column("设定依据", "legal_basis"),
                Column("办理地点", "counter_address"),
                Column("办理时间", "office_hours"),
                Column("办理流程", "steps", text_list),
                Column("个人主题", "personal_events", text_list),
                Column("法人主题", "business_events", text_list),
                Column("结果证照", "licence_type"),
                Column("最低认证等级", "min_assurance_level", whole_number(0, 3)),
                Column("事项状态", "is_active", choice(STATUSES)),
            ),
            Service,
        ),
        Kind(
            MATERIALS,
            (Column(SERVICE_CODE, "service", required=True), *_MATERIAL_COLUMNS),
            MaterialRequirement,
        ),
        Kind(FAQ, (Column(SERVICE_CODE, "service", required=True), *_FAQ_COLUMNS)),
    )
}
# What a service table of a TOML file nests (without the 事项编码 column).
NESTED = {MATERIALS: _MATERIAL_COLUMNS, FAQ: _FAQ_COLUMNS}

# A CSV sheet is the first kind whose key columns its header has all of.
SHEET_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (MATERIALS, (SERVICE_CODE, "材料名称")),
    (FAQ, (SERVICE_CODE, "问题")),
    (SERVICES, (SERVICE_CODE,)),
    (REGIONS, ("区划代码",)),
    (DEPARTMENTS, ("实施主体编码",)),
    (LICENCE_TYPES, ("证照类型代码",)),
    (EVENTS, ("主题编码",)),
    (MATERIAL_CATALOGUE, ("材料编码",)),
    (STANDARD_ITEMS, ("标准事项名称",)),
)


# ---------------------------------------------------------------------------
# 1. Reading files
# ---------------------------------------------------------------------------


@dataclass
class Sheets:
    """Every row read, and what stopped a file or a row from being read."""

    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def read_files(paths: Iterable[Path | str]) -> Sheets:
    """Every row of the files; a directory stands for its .toml and .csv files
    (recursively, in name order)."""
    sheets = Sheets()
    for path in map(Path, paths):
        if not path.is_dir():
            _read_file(path, sheets)
            continue
        found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
        if not found:
            sheets.problems.append(
                Problem(str(path), None, "", _("holds no .toml or .csv file"))
            )
        for file in found:
            _read_file(file, sheets)
    return sheets


def _read_file(path: Path, sheets: Sheets) -> None:
    name = str(path)
    if path.suffix not in SUFFIXES:
        sheets.problems.append(
            Problem(name, None, "", _("only .toml and .csv files can be read"))
        )
        return
    try:
        raw = path.read_bytes()
    except OSError as error:
        sheets.problems.append(
            Problem(
                name,
                None,
                "",
                _("cannot be read (%(error)s)") % {"error": error.strerror or error},
            )
        )
        return
    reader = _read_toml if path.suffix == ".toml" else _read_csv
    reader(name, raw, sheets)


def _decode(name: str, raw: bytes, sheets: Sheets) -> str | None:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A spreadsheet saved as CSV on a Chinese Windows is in GB18030 (GBK).
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        sheets.problems.append(
            Problem(name, None, "", _("is neither UTF-8 nor GB18030 text"))
        )
        return None


# --- CSV ----------------------------------------------------------------------


def _read_csv(name: str, raw: bytes, sheets: Sheets) -> None:
    content = _decode(name, raw, sheets)
    if content is None:
        return
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = [cell.strip() for cell in next(reader)]
    except StopIteration:
        sheets.problems.append(Problem(name, None, "", _("is empty")))
        return
    except csv.Error as error:
        sheets.problems.append(Problem(name, 1, "", str(error)))
        return
    kind = _sheet_kind(header)
    if kind is None:
        keys = "；".join("、".join(columns) for _kind, columns in SHEET_KEYS)
        sheets.problems.append(
            Problem(
                name,
                1,
                "",
                _("the header names none of the sheets this import reads (%(keys)s)")
                % {"keys": keys},
            )
        )
        return
    if not _header_usable(name, header, kind, sheets):
        return
    end = reader.line_num
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                sheets.problems.append(
                    Problem(name, start, "", _("has more cells than the header"))
                )
                continue
            # A short row leaves its last columns empty; the columns the header
            # warned of are left out.
            cells = cells + [""] * (len(header) - len(cells))
            values = {
                column: cell
                for column, cell in zip(header, cells, strict=True)
                if kind.column(column) is not None
            }
            sheets.rows.append(Row(kind.name, name, start, values))
    except csv.Error as error:
        sheets.problems.append(Problem(name, reader.line_num, "", str(error)))


def _sheet_kind(header: list[str]) -> Kind | None:
    for kind_name, keys in SHEET_KEYS:
        if all(key in header for key in keys):
            return KINDS[kind_name]
    return None


def _header_usable(name: str, header: list[str], kind: Kind, sheets: Sheets) -> bool:
    usable = True
    seen = set()
    for column in header:
        if not column:
            continue
        if column in seen:
            sheets.problems.append(
                Problem(name, 1, column, _("the column appears twice in the header"))
            )
            usable = False
        seen.add(column)
        if kind.column(column) is None:
            sheets.warnings.append(Problem(name, 1, column, _("column not imported")))
    for column in kind.columns:
        if column.required and column.name not in seen:
            sheets.problems.append(
                Problem(name, 1, column.name, _("required column missing"))
            )
            usable = False
    return usable


# --- TOML ---------------------------------------------------------------------

# An element of an array of tables: ((name, index),) at the top, with one more
# pair per level of nesting.
Path_ = tuple[tuple[str, int], ...]

_ARRAY_HEADER = re.compile(r"\[\[\s*(.+?)\s*\]\]\s*(?:#.*)?")
_TABLE_HEADER = re.compile(r"\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?")
_KEY = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")
_DOTTED_PART = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*""")


def _key_name(token: str) -> str:
    if token.startswith('"'):
        return tomllib.loads(f"k = {token}")["k"]
    return token.strip("'")


def _dotted(header: str) -> tuple[str, ...] | None:
    parts = []
    for piece in re.finditer(r"""("(?:[^"\\]|\\.)*"|'[^']*'|[^.]+)""", header):
        token = piece.group(1).strip()
        if token == "":
            continue
        if not _DOTTED_PART.fullmatch(token):
            return None
        parts.append(_key_name(token))
    return tuple(parts)


def _toml_lines(text: str) -> tuple[dict[Path_, int], dict[Path_, dict[str, int]]]:
    """The line of each ``[[...]]`` table and of each key in it. tomllib gives
    no positions, so the text is scanned: headers and ``key =`` lines outside
    multi-line strings; what an inline table holds has no line of its own."""
    tables: dict[Path_, int] = {}
    keys: dict[Path_, dict[str, int]] = defaultdict(dict)
    latest: dict[tuple[str, ...], Path_] = {}
    counts: dict[tuple[Path_, str], int] = defaultdict(int)
    current: Path_ = ()
    closing: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if closing is not None:
            if closing in line:
                closing = None
            continue
        stripped = line.strip()
        array = _ARRAY_HEADER.fullmatch(stripped)
        if array is None and _TABLE_HEADER.fullmatch(stripped):
            current = (("", -1),)  # a plain [table]: no row of ours
            continue
        if array is not None:
            names = _dotted(array.group(1))
            if not names:
                current = (("", -1),)
                continue
            parent = latest.get(names[:-1], ()) if len(names) > 1 else ()
            index = counts[(parent, names[-1])]
            counts[(parent, names[-1])] += 1
            current = (*parent, (names[-1], index))
            latest[names] = current
            tables[current] = number
            continue
        key = _KEY.match(line)
        if key:
            keys[current].setdefault(_key_name(key.group(1)), number)
            value = line[key.end() :].strip()
            for quotes in ('"""', "'''"):
                if value.startswith(quotes) and quotes not in value[3:]:
                    closing = quotes
    return tables, keys


def _read_toml(name: str, raw: bytes, sheets: Sheets) -> None:
    content = _decode(name, raw, sheets)
    if content is None:
        return
    try:
        data = tomllib.loads(content)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = int(found.group(1)) if found else None
        sheets.problems.append(Problem(name, line, "", str(error)))
        return
    lines = _TomlLines(*_toml_lines(content))
    tables, keys = lines.tables, lines.keys
    for kind_name, elements in data.items():
        kind = KINDS.get(kind_name)
        line = keys[()].get(kind_name) or tables.get(((kind_name, 0),))
        if kind is None or kind_name in (MATERIALS, FAQ):
            sheets.problems.append(
                Problem(
                    name,
                    line,
                    kind_name,
                    _("not a table this import reads (%(kinds)s)")
                    % {"kinds": "、".join(k for k in KINDS if k not in NESTED)},
                )
            )
            continue
        if not _is_table_list(elements):
            sheets.problems.append(
                Problem(
                    name,
                    line,
                    kind_name,
                    _("expected [[%(kind)s]] tables") % {"kind": kind_name},
                )
            )
            continue
        for index, cells in enumerate(elements):
            path = ((kind_name, index),)
            row = lines.row(kind_name, name, path, cells, line)
            if kind_name == SERVICES:
                _toml_children(row, path, lines, sheets)
            sheets.rows.append(row)


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


@dataclass(frozen=True)
class _TomlLines:
    """Where each table (``tables``) and each key of a table (``keys``) starts in
    a TOML file, by the table's path (``_toml_lines``)."""

    tables: dict
    keys: dict

    def row(self, kind: str, name: str, path: Path_, cells, fallback) -> Row:
        # An inline table has no lines of its own: its problems point at the key
        # that holds it.
        line = self.tables.get(path, fallback)
        key_lines = dict(self.keys.get(path, {})) if path in self.tables else {}
        return Row(kind, name, line, dict(cells), key_lines)


def _toml_children(row: Row, path: Path_, lines: _TomlLines, sheets: Sheets) -> None:
    for nested in NESTED:
        if nested not in row.cells:
            continue
        elements = row.cells.pop(nested)
        if not _is_table_list(elements):
            sheets.problems.append(
                row.problem(
                    nested,
                    _("expected [[%(kind)s]] tables")
                    % {"kind": f"{SERVICES}.{nested}"},
                )
            )
            continue
        fallback = row.line_of(nested)
        row.children[nested] = []
        for index, cells in enumerate(elements):
            child_path = (*path, (nested, index))
            child = lines.row(nested, row.file, child_path, cells, fallback)
            row.children[nested].append(child)
