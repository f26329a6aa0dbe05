"""The JSON schema of a form: what a published ``FormVersion`` keeps.

``schema_from_body(body)`` turns the editor's StreamField (sections of field
blocks) into plain JSON::

    {"sections": [{"title": "...", "fields": [
        {"type": "text", "key": "name", "label": "...", "help_text": "",
         "required": true, "regex": "", "regex_message": "", "min_length": null,
         "max_length": null, "visible_when": {"field": "k", "value": "v"} | null,
         "prefill": "population.name", ...type-specific settings...}]}]}

Rendering and validation read only this snapshot, so a later edit of the
definition never changes what an earlier version asked. ``schema_errors`` lists
what makes a definition unpublishable (duplicate keys, conditions on unknown
fields, inverted ranges, patterns that are not valid regular expressions).
"""

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

COMMON = (
    "key",
    "label",
    "help_text",
    "required",
    "regex",
    "regex_message",
    "min_length",
    "max_length",
    "prefill",
)
SPECIFIC = {
    "number": ("min_value", "max_value", "decimal_places"),
    "date": ("earliest_days", "latest_days"),
    "choice": ("widget", "options"),
    "multiple_choice": ("options",),
    "address": ("detail_required",),
    "group": ("min_rows", "max_rows", "initial_rows"),
}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(item) for item in value]
    if hasattr(value, "items"):
        return {key: _plain(item) for key, item in value.items()}
    return value


def field_schema(block_type: str, value) -> dict[str, Any]:
    field: dict[str, Any] = {"type": block_type}
    for name in COMMON + SPECIFIC.get(block_type, ()):
        field[name] = _plain(value.get(name))
    field["required"] = bool(field["required"])
    field["help_text"] = field["help_text"] or ""
    field["prefill"] = field["prefill"] or ""
    controller = (value.get("visible_when_field") or "").strip()
    field["visible_when"] = (
        {"field": controller, "value": value.get("visible_when_value") or ""}
        if controller
        else None
    )
    if block_type == "group":
        field["fields"] = [
            field_schema(child.block_type, child.value) for child in value["fields"]
        ]
    return field


def schema_from_body(body) -> dict[str, Any]:
    return {
        "sections": [
            {
                "title": section.value["title"],
                "fields": [
                    field_schema(child.block_type, child.value)
                    for child in section.value["fields"]
                ],
            }
            for section in body
        ]
    }


def iter_fields(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The top-level fields of every section, in order."""
    for section in schema.get("sections", []):
        yield from section.get("fields", [])


def pattern_error(pattern: str) -> str:
    """Why ``pattern`` is not a usable regular expression ("" when it is)."""
    if not pattern:
        return ""
    try:
        re.compile(pattern)
    except re.error as error:
        return str(error)
    return ""


def _pattern_errors(field: dict[str, Any], group: dict[str, Any] | None) -> list[str]:
    problem = pattern_error(field.get("regex") or "")
    if not problem:
        return []
    name = f"{group['key']}.{field['key']}" if group else field["key"]
    return [
        _(
            "%(key)s (%(label)s): the pattern is not a valid regular expression "
            "(%(error)s)."
        )
        % {"key": name, "label": field.get("label", ""), "error": problem}
    ]


def _row_condition_errors(group: dict[str, Any], top_keys: set[str]) -> list[str]:
    """A field of a repeating group may depend on another field of the same row
    or on a top-level field, never on itself or on its own group."""
    errors = []
    sub_keys = {sub["key"] for sub in group.get("fields", [])}
    for sub in group.get("fields", []):
        condition = sub.get("visible_when")
        if not condition:
            continue
        other = condition["field"]
        usable = (other in sub_keys and other != sub["key"]) or (
            other not in sub_keys and other in top_keys and other != group["key"]
        )
        if not usable:
            errors.append(
                _("%(key)s depends on an unknown field %(other)s.")
                % {"key": f"{group['key']}.{sub['key']}", "other": other}
            )
    return errors


def schema_errors(schema: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    keys: set[str] = set()
    fields = list(iter_fields(schema))
    for field in fields:
        errors += _pattern_errors(field, None)
        for sub in field.get("fields", []):
            errors += _pattern_errors(sub, field)
        if field["key"] in keys:
            errors.append(_("The key %(key)s is used twice.") % {"key": field["key"]})
        keys.add(field["key"])
        sub_keys = [sub["key"] for sub in field.get("fields", [])]
        if len(sub_keys) != len(set(sub_keys)):
            errors.append(
                _("A key is used twice in the group %(key)s.") % {"key": field["key"]}
            )
        if field["type"] == "group" and field["min_rows"] > field["max_rows"]:
            errors.append(
                _("%(key)s: the minimum rows exceed the maximum.")
                % {"key": field["key"]}
            )
        low, high = field.get("min_value"), field.get("max_value")
        if low is not None and high is not None and Decimal(low) > Decimal(high):
            errors.append(
                _("%(key)s: the minimum exceeds the maximum.") % {"key": field["key"]}
            )
    for field in fields:
        condition = field["visible_when"]
        if condition and (
            condition["field"] not in keys or condition["field"] == field["key"]
        ):
            errors.append(
                _("%(key)s depends on an unknown field %(other)s.")
                % {"key": field["key"], "other": condition["field"]}
            )
        if field["type"] == "group":
            errors += _row_condition_errors(field, keys)
    return errors
