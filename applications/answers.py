"""The answers of an application form as people read them: used by the
applicant's review page (``applications.views.apply_review``) and the desk case page
(``desk.views.cases``).

``answer_sections(data, version)`` walks the form version the data was filled in
(its schema; the basic form's fields when there is no version) and returns its
sections, each with the answered fields in order, labelled as in that version:
choices by their option label (not their code), an address as region names and
the street address, a repeating group as columns and rows, an uploaded file as a
``FileRef`` the caller gives (name, and a link where the viewer may open it).
A person's identifier (``eforms.field_types.is_sealed_spec``) is shown masked on
every page, the applicant's own included: stored sealed it carries its masked
copy, and a value stored in the plain shape of older applications and drafts is
masked here. With ``mask_identifiers`` (staff pages), credit codes are masked too,
as is any resident ID number typed into free text.

``answer_pairs`` flattens the same into ``(label, text)`` pairs for a plain list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from eforms.field_types import is_sealed, is_sealed_spec, masked
from eforms.forms import BasicApplicationForm
from eforms.selectors import regions
from sharing.protection import mask

IDENTIFIER_TYPES = {"resident_id", "credit_code"}
# Prefill attributes (``source.attribute``) that carry a sensitive identifier.
IDENTIFIER_ATTRIBUTES = {
    "resident_id",
    "credit_code",
    "social_security_card",
    "health_card",
}
# An 18-character resident ID number standing alone in free text.
RESIDENT_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
EMPTY = ("", None, [], {})


@dataclass(frozen=True)
class FileRef:
    """An uploaded file as a page shows it; ``url`` is None where the viewer may
    not open it."""

    name: str
    url: str | None = None


@dataclass
class Answer:
    key: str
    label: str
    text: str = ""
    multiline: bool = False
    file: FileRef | None = None
    # A repeating group: the sub-field labels, and per row one Answer per column.
    columns: list[str] = field(default_factory=list)
    rows: list[list[Answer]] = field(default_factory=list)

    @property
    def is_group(self) -> bool:
        return bool(self.columns)

    def plain(self) -> str:
        """The answer as one line of text."""
        if self.file is not None:
            return self.file.name
        if self.is_group:
            return "；".join(
                "，".join(
                    f"{column}：{cell.plain()}"
                    for column, cell in zip(self.columns, row, strict=False)
                    if cell.plain()
                )
                for row in self.rows
            )
        return self.text


@dataclass
class AnswerSection:
    title: str
    answers: list[Answer]


def answer_sections(
    data: dict[str, Any],
    version=None,
    *,
    files: dict[int, FileRef] | None = None,
    mask_identifiers: bool = False,
) -> list[AnswerSection]:
    """The answered fields of ``data`` by section (see the module docstring);
    ``files`` maps a library material id to how its file is shown."""
    show = _Formatter(files or {}, mask_identifiers)
    if version is None:
        answers = [
            show.answer(_basic_spec(key), value)
            for key, value in data.items()
            if value not in EMPTY
        ]
        return [AnswerSection("", answers)] if answers else []
    sections = []
    for section in version.schema.get("sections", []):
        answers = [
            show.answer(spec, data[spec["key"]])
            for spec in section.get("fields", [])
            if data.get(spec["key"]) not in EMPTY
        ]
        if answers:
            sections.append(AnswerSection(section.get("title", ""), answers))
    return sections


def _basic_spec(key: str) -> dict:
    """A field of the basic form (services without an e-form) as a schema spec."""
    form_field = BasicApplicationForm.base_fields.get(key)
    return {
        "key": key,
        "label": str(form_field.label) if form_field else key,
        "type": "long_text" if key == "details" else "text",
    }


def answer_pairs(
    data: dict[str, Any], version=None, *, files: dict[int, FileRef] | None = None
) -> list[tuple[str, str]]:
    """``(label, text)`` for every answered field, in form order."""
    return [
        (answer.label, answer.plain())
        for section in answer_sections(data, version, files=files)
        for answer in section.answers
    ]


class _Formatter:
    def __init__(self, files: dict[int, FileRef], mask_identifiers: bool):
        self.files = files
        self.mask_identifiers = mask_identifiers
        self._region_names: dict[str, str] | None = None

    def answer(self, spec: dict, value: Any) -> Answer:
        answer = Answer(key=spec["key"], label=spec["label"])
        kind = spec.get("type", "text")
        if kind == "group" and isinstance(value, list):
            subs = spec.get("fields", [])
            answer.columns = [sub["label"] for sub in subs]
            answer.rows = [
                [self.answer(sub, row.get(sub["key"])) for sub in subs]
                for row in value
                if isinstance(row, dict)
            ]
            return answer
        if is_sealed_spec(spec) or is_sealed(value):
            answer.text = masked(value)
            return answer
        if kind == "file" or (isinstance(value, dict) and "material" in value):
            answer.file = self._file(value)
            return answer
        answer.text = self._text(spec, kind, value)
        answer.multiline = kind == "long_text"
        return answer

    def _file(self, value: Any) -> FileRef | None:
        if value in EMPTY:
            return None
        if isinstance(value, dict) and value.get("material") in self.files:
            return self.files[value["material"]]
        name = value.get("name") if isinstance(value, dict) else None
        return FileRef(name or _("uploaded file"))

    def _text(self, spec: dict, kind: str, value: Any) -> str:
        if value in EMPTY:
            return ""
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        options = {
            str(option["value"]): option["label"]
            for option in spec.get("options") or []
        }
        if kind in ("choice", "multiple_choice") and options:
            values = value if isinstance(value, list) else [value]
            return "、".join(options.get(str(item), str(item)) for item in values)
        if kind == "address" or isinstance(value, dict):
            return self._address(value)
        if isinstance(value, list):
            return "；".join(self._text(spec, kind, item) for item in value)
        text = str(value)
        if not self.mask_identifiers:
            return text
        attribute = (spec.get("prefill") or "").partition(".")[2]
        if kind in IDENTIFIER_TYPES or attribute in IDENTIFIER_ATTRIBUTES:
            return mask(text)
        return RESIDENT_ID_IN_TEXT.sub(lambda match: mask(match.group()), text)

    def _address(self, value: Any) -> str:
        if not isinstance(value, dict):
            return str(value)
        names = self._regions()
        codes = [value.get(level) for level in ("province", "city", "county")]
        detail = str(value.get("detail") or "")
        if all(code in names for code in codes):
            place = "".join(names[code] for code in codes)
        else:  # a region since renamed or removed: the names as recorded
            place = str(value.get("text") or "")
            if detail and place.endswith(detail):
                place = place[: -len(detail)]
        text = " ".join(part for part in (place, detail) if part)
        return text or "，".join(f"{k}：{v}" for k, v in value.items() if v)

    def _regions(self) -> dict[str, str]:
        if self._region_names is None:
            self._region_names = {row["code"]: row["name"] for row in regions()}
        return self._region_names
