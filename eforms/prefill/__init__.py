"""Prefill of a form version for an applicant.

``prefill_for(user=..., organisation=..., version=...)`` reads the prefill source
of each top-level field of the version's schema (``"<source>.<attribute>"``),
asks each source once for all the attributes its fields need, and returns
``{field_key: PrefilledValue(value, source_label, read_only)}``. Registry sources
are read-only: ``eforms.rendering`` shows them disabled with their source and uses
the prefilled value whatever is posted.
"""

from collections import defaultdict

from . import sources  # noqa: F401 (registers the built-in sources)
from .base import PrefilledValue, PrefillSource, registry, split_reference

__all__ = [
    "PrefillSource",
    "PrefilledValue",
    "prefill_for",
    "registry",
    "split_reference",
]


def prefill_for(*, user, organisation, version) -> dict[str, PrefilledValue]:
    from ..schema import iter_fields

    wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for field in iter_fields(version.schema):
        source, attribute = split_reference(field.get("prefill", ""))
        if source is None:
            continue
        if source.code == "legal_entity" and organisation is None:
            continue
        wanted[source.code].append((field["key"], attribute))
    prefilled: dict[str, PrefilledValue] = {}
    for code, pairs in wanted.items():
        source = registry.get(code)
        values = source.fetch(
            user=user,
            organisation=organisation,
            attributes=sorted({attribute for _key, attribute in pairs}),
        )
        for key, attribute in pairs:
            if attribute in values:
                prefilled[key] = PrefilledValue(
                    value=values[attribute],
                    source_label=str(source.label),
                    read_only=source.read_only,
                )
    return prefilled
