"""The registry of prefill sources (in the shape of open-forms' prefill registry).

A source names the attributes it can supply (``name``, ``address``...) and fetches
them for a user, optionally acting for an organisation. A form field names its
source as ``"<source>.<attribute>"``; ``eforms.prefill.prefill_for`` groups the
fields by source so that each source is asked once per form.

Sources that read a government registry go through ``sharing`` (audited) and are
read-only: the applicant cannot overwrite them, only report an error.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PrefilledValue:
    value: Any
    source_label: str
    read_only: bool


class PrefillSource:
    code: str = ""
    label: str = ""
    read_only: bool = False
    # attribute -> label shown to editors
    attributes: dict[str, str] = {}
    # registry sources: the sharing resource and the resource field of each
    # attribute, so that an error report names the right record and field
    resource: str = ""
    resource_fields: dict[str, str] = {}

    def fetch(self, *, user, organisation, attributes: list[str]) -> dict[str, Any]:
        """The values of ``attributes`` that are known (missing ones are left out)."""
        raise NotImplementedError


class Registry:
    def __init__(self) -> None:
        self._sources: dict[str, PrefillSource] = {}

    def register(self, source_class: type[PrefillSource]) -> type[PrefillSource]:
        self._sources[source_class.code] = source_class()
        return source_class

    def get(self, code: str) -> PrefillSource | None:
        return self._sources.get(code)

    def __iter__(self):
        return iter(self._sources.values())


registry = Registry()


def split_reference(reference: str) -> tuple[PrefillSource | None, str]:
    """``"population.address"`` -> (the population source, "address")."""
    code, _, attribute = (reference or "").partition(".")
    source = registry.get(code)
    if source is None or attribute not in source.attributes:
        return None, ""
    return source, attribute


def prefill_choices() -> list[tuple[str, str]]:
    """Choices for the editor's "prefill from" select."""
    from . import sources  # noqa: F401 (registers the built-in sources)

    return [
        (f"{source.code}.{attribute}", f"{source.label}: {label}")
        for source in registry
        for attribute, label in source.attributes.items()
    ]
