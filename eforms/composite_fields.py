"""The composite parts of an e-form (``eforms.rendering.EForm``): addresses and
repeating groups, each several Django fields behind one schema item.

- An address is four fields, ``<key>__province``, ``__city``, ``__county`` and
  ``__detail``: three selects that list every region (grouped by parent, so they
  work without JavaScript; ``static/eforms/forms.js`` narrows them as a
  convenience) and the street address. The server checks them together: the
  city must lie in the province and the county in the city.
- A repeating group is ``<key>__<row>__<sub-key>`` per cell plus a hidden
  ``<key>__rows`` count; the "add row" button (``_add_row=<key>``) re-renders
  with one more blank row. A blank row is not a row; an optional group may be
  left empty but a begun row must be whole. A cell's "show only when" condition
  may name a field of the same row or a top-level field.
"""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import selectors
from .field_types import make_field

ADD_ROW = "_add_row"


@dataclass
class Item:
    spec: dict
    kind: str  # "field", "readonly", "address", "group"
    names: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    source_label: str = ""
    condition_field: str = ""
    condition_value: str = ""
    can_add: bool = False


def matches(value, condition: dict) -> bool:
    if isinstance(value, list):
        return condition["value"] in [str(item) for item in value]
    return str(value if value is not None else "") == condition["value"]


def region_choices(level: str) -> list:
    """Choices of one level, grouped by parent for the city and county selects so
    that the full list stays usable without JavaScript."""
    rows = selectors.regions()
    names = {row["code"]: row["name"] for row in rows}
    blank = [("", gettext_lazy("Choose..."))]
    of_level = [row for row in rows if row["level"] == level]
    if level == "province":
        return blank + [(row["code"], row["name"]) for row in of_level]
    groups: dict[str, list] = {}
    for row in of_level:
        groups.setdefault(row["parent"], []).append((row["code"], row["name"]))
    return blank + [
        (names.get(parent, parent), items) for parent, items in groups.items()
    ]


class AddressParts:
    """Mixin of ``EForm``: the four fields of an address item."""

    def _add_address(self, spec: dict) -> Item:
        key = spec["key"]
        labels = {
            "province": _("Province"),
            "city": _("City"),
            "county": _("County or district"),
        }
        names = []
        for level, label in labels.items():
            name = f"{key}__{level}"
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=region_choices(level),
                required=spec["required"],
                widget=forms.Select(
                    attrs={"data-region-level": level, "data-region-group": key}
                ),
            )
            names.append(name)
        detail = f"{key}__detail"
        self.fields[detail] = forms.CharField(
            label=_("Street address"),
            max_length=spec.get("max_length") or 200,
            required=spec["required"] and spec.get("detail_required", True),
            widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
            help_text=spec.get("help_text") or "",
        )
        prefilled = self.prefill.get(key)
        if prefilled is not None:
            self.fields[detail].initial = str(prefilled.value)
        names.append(detail)
        return Item(spec, "address", names)

    def _clean_address(self, item: Item) -> dict | None:
        key = item.spec["key"]
        data = self.cleaned_data
        province = data.get(f"{key}__province")
        city = data.get(f"{key}__city")
        county = data.get(f"{key}__county")
        detail = data.get(f"{key}__detail") or ""
        if not any([province, city, county, detail]):
            return None
        regions = {row["code"]: row for row in selectors.regions()}
        parents = {"city": province, "county": city}
        codes = {"province": province, "city": city, "county": county}
        missing = [level for level, code in codes.items() if not code]
        for level in missing:
            if f"{key}__{level}" not in self._errors:
                self.add_error(
                    f"{key}__{level}",
                    _("Choose the %(level)s.")
                    % {"level": self.fields[f"{key}__{level}"].label.lower()},
                )
        if missing:
            return None
        if regions[city]["parent"] != parents["city"]:
            self.add_error(
                f"{key}__city",
                _("%(city)s is not in %(province)s; choose again.")
                % {
                    "city": regions[city]["name"],
                    "province": regions[province]["name"],
                },
            )
            return None
        if regions[county]["parent"] != parents["county"]:
            self.add_error(
                f"{key}__county",
                _("%(county)s is not in %(city)s; choose again.")
                % {"county": regions[county]["name"], "city": regions[city]["name"]},
            )
            return None
        text = "".join(regions[code]["name"] for code in (province, city, county))
        return {
            "province": province,
            "city": city,
            "county": county,
            "detail": detail,
            "text": text + detail,
        }


class GroupParts:
    """Mixin of ``EForm``: the rows of a repeating group item."""

    def _row_count(self, spec: dict, initial_rows) -> int:
        key = spec["key"]
        low, high = spec.get("min_rows") or 0, max(spec.get("max_rows") or 1, 1)
        if self.is_bound:
            try:
                rows = int(self.data.get(f"{key}__rows", ""))
            except ValueError:
                rows = max(low, 1)
            if self.data.get(ADD_ROW) == key:
                rows += 1
        else:
            rows = (initial_rows or {}).get(key) or max(
                spec.get("initial_rows") or 1, low
            )
        return min(max(rows, low, 1), high)

    def _add_group(self, spec: dict, initial_rows) -> Item:
        key = spec["key"]
        count = self._row_count(spec, initial_rows)
        counter = f"{key}__rows"
        self.fields[counter] = forms.IntegerField(
            widget=forms.HiddenInput, required=False, initial=count
        )
        if self.is_bound:
            # The counter renders what was posted: make it say the new count.
            self.data = self.data.copy()
            self.data[counter] = str(count)
        rows = []
        for index in range(count):
            names = []
            for sub in spec.get("fields", []):
                name = f"{key}__{index}__{sub['key']}"
                self.fields[name] = make_field(sub)
                self.fields[name].label = sub["label"]
                names.append(name)
            rows.append(names)
        item = Item(spec, "group", [counter], rows=rows)
        item.can_add = count < max(spec.get("max_rows") or 1, 1)
        return item

    def _row_controller(self, item: Item, index: int, sub: dict):
        """The form field name and spec that the condition of ``sub`` (in row
        ``index`` of the group ``item``) refers to: a field of the same row, else a
        top-level field; (None, None) without a usable condition."""
        condition = sub.get("visible_when")
        if not condition:
            return None, None
        other = condition["field"]
        siblings = {s["key"]: s for s in item.spec.get("fields", [])}
        if other in siblings and other != sub["key"]:
            return f"{item.spec['key']}__{index}__{other}", siblings[other]
        if other in self.items and other != item.spec["key"]:
            return other, self.items[other].spec
        return None, None

    def _describe_row_conditions(self, item: Item) -> None:
        """Say the condition in the help text (read without JavaScript) and mark
        the widget for the script that hides it (``static/eforms/forms.js``)."""
        for index, names in enumerate(item.rows):
            for name, sub in zip(names, item.spec.get("fields", []), strict=True):
                controller, other = self._row_controller(item, index, sub)
                if controller is None:
                    continue
                wanted = sub["visible_when"]["value"]
                options = {o["value"]: o["label"] for o in other.get("options") or []}
                hint = _('Only if "%(field)s" is "%(value)s".') % {
                    "field": other["label"],
                    "value": options.get(wanted, wanted),
                }
                bound_field = self.fields[name]
                bound_field.help_text = " ".join(
                    part for part in (hint, bound_field.help_text) if part
                )
                bound_field.widget.attrs["data-row-visible-when-field"] = controller
                bound_field.widget.attrs["data-row-visible-when-value"] = wanted
                self._describe(name)

    def _row_visible(self, item: Item, index: int, sub: dict, seen=None) -> bool:
        """Whether ``sub`` is shown in row ``index``: as ``_visible``, with the
        condition read from the same row when it names a field of the row."""
        if not sub.get("visible_when"):
            return True
        controller, other = self._row_controller(item, index, sub)
        seen = (seen or set()) | {sub["key"]}
        if controller is None:
            return False
        if controller == other["key"]:  # a top-level field
            if not self._visible(controller):
                return False
            value = self.cleaned_data.get(controller, self._raw(controller))
        else:
            if other["key"] in seen or not self._row_visible(item, index, other, seen):
                return False
            value = self.cleaned_data.get(controller, self.data.get(controller))
        return matches(value, sub["visible_when"])

    def _clean_group(self, item: Item) -> list[dict]:
        spec = item.spec
        key = spec["key"]
        subs = spec.get("fields", [])
        rows = []
        for index, names in enumerate(item.rows):
            shown = {
                name: sub
                for name, sub in zip(names, subs, strict=True)
                if self._row_visible(item, index, sub)
            }
            # A field hidden by its condition: no errors and no value, as at the
            # top level.
            self._drop([name for name in names if name not in shown])
            raw = [self.data.get(name, "") for name in shown]
            if not any(str(value).strip() for value in raw):
                self._drop(names)  # a blank row is not a row
                continue
            rows.append(
                {sub["key"]: self.cleaned_data.get(name) for name, sub in shown.items()}
            )
        low, high = spec.get("min_rows") or 0, spec.get("max_rows") or 1
        if spec.get("required"):
            low = max(low, 1)
        elif not rows:
            low = 0  # an optional group may be left empty; begun, it must be whole
        if len(rows) < low:
            self.add_error(
                f"{key}__rows",
                _("Fill in at least %(count)d row(s) of %(label)s.")
                % {"count": low, "label": spec["label"]},
            )
        elif len(rows) > high:
            self.add_error(
                f"{key}__rows",
                _("%(label)s can have at most %(count)d rows.")
                % {"count": high, "label": spec["label"]},
            )
        return rows
