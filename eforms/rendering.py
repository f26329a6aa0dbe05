"""Build the Django form of a published form version.

``build_form(version, data=..., files=..., prefill=...)`` returns an ``EForm``:

- simple fields are named by their key; an address (four fields) and a
  repeating group (rows of fields and a count) are built and checked by the
  mixins of ``eforms.composite_fields``;
- read-only prefilled fields (registry sources) are disabled: Django then ignores
  whatever is posted, and the cleaned value is the prefilled one;
- conditional visibility is enforced here, not in the browser: a field whose
  condition is not met is not required, its errors are dropped and so is its
  value;
- ``cleaned_data`` holds exactly the visible keys of the schema, JSON-serialisable
  (address as a dict, groups as lists of dicts, uploads described; the files
  themselves are in ``form.uploaded_files``).

``form.sections`` is what the templates under ``eforms/templates/eforms/`` walk.
"""

from typing import Any

from django import forms
from django.utils.translation import gettext as _

from .composite_fields import ADD_ROW, AddressParts, GroupParts, Item, matches
from .field_types import make_field, unseal_raw
from .schema import iter_fields

# The code of the form's own error when a row was added: news, not a fault.
ADD_ROW_CODE = "add_row"


class EForm(AddressParts, GroupParts, forms.Form):
    template_name = "eforms/fields.html"

    def __init__(self, *args, version, prefill=None, initial_rows=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.prefill = prefill or {}
        self.uploaded_files: dict[str, Any] = {}
        self._validated = False
        self.adding_row = bool(self.is_bound and self.data.get(ADD_ROW))
        self.items: dict[str, Item] = {}
        self.sections = []
        for section in version.schema.get("sections", []):
            items = [self._add(spec, initial_rows) for spec in section["fields"]]
            self.sections.append({"title": section["title"], "items": items})
        for item in self.items.values():
            self._describe_condition(item)

    # construction --------------------------------------------------------------

    def _add(self, spec: dict, initial_rows) -> Item:
        key = spec["key"]
        prefilled = self.prefill.get(key)
        if prefilled is not None and prefilled.read_only:
            self.fields[key] = forms.CharField(
                label=spec["label"],
                required=False,
                disabled=True,
                initial=str(prefilled.value),
                help_text=spec.get("help_text") or "",
            )
            item = Item(spec, "readonly", [key], source_label=prefilled.source_label)
        elif spec["type"] == "address":
            item = self._add_address(spec)
        elif spec["type"] == "group":
            item = self._add_group(spec, initial_rows)
        else:
            self.fields[key] = make_field(spec)
            if prefilled is not None:
                self.fields[key].initial = prefilled.value
            item = Item(
                spec,
                "field",
                [key],
                source_label=getattr(prefilled, "source_label", ""),
            )
        for name in item.names:
            self._describe(name)
        self.items[key] = item
        return item

    def _describe_condition(self, item: Item) -> None:
        if item.kind == "group":
            self._describe_row_conditions(item)
        condition = item.spec.get("visible_when")
        other = self.items.get(condition["field"]) if condition else None
        if other is None:
            return
        options = {o["value"]: o["label"] for o in other.spec.get("options") or []}
        item.condition_field = other.spec["label"]
        item.condition_value = options.get(condition["value"], condition["value"])

    def _describe(self, name: str) -> None:
        bound_field = self.fields[name]
        if bound_field.help_text:
            bound_field.widget.attrs["aria-describedby"] = f"id_{name}_helptext"

    # validation ----------------------------------------------------------------

    def full_clean(self):
        self._validated = False
        super().full_clean()
        # Errors added during validation may be dropped again (a field hidden
        # by its condition): only the final ones mark their inputs.
        self._validated = True
        for name in self._errors or {}:
            self._mark_invalid(name)

    def add_error(self, field, error):
        """Also after validation (a file the material library refused) and on
        an unbound form (a draft shown again with the file refused on saving
        it): the field shows the error and its input points at it."""
        if not self.is_bound and not hasattr(self, "cleaned_data"):
            # Nothing was validated; Django's add_error drops the field's
            # cleaned value, so it needs the (empty) cleaned data.
            self.cleaned_data = {}
        super().add_error(field, error)
        if self._validated and field is not None:
            self._mark_invalid(field)

    def _mark_invalid(self, name: str) -> None:
        if name in self.fields:
            ids = [f"id_{name}_errors"]
            if self.fields[name].help_text:
                ids.insert(0, f"id_{name}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(ids)
            self.fields[name].widget.attrs["aria-invalid"] = "true"

    def _raw(self, key: str):
        item = self.items[key]
        if item.kind == "readonly":
            return self.prefill[key].value
        if item.spec["type"] == "multiple_choice":
            return self.data.getlist(key) if hasattr(self.data, "getlist") else []
        return self.data.get(key)

    def _visible(self, key: str, seen=None) -> bool:
        condition = self.items[key].spec.get("visible_when")
        if not condition:
            return True
        other = condition["field"]
        seen = (seen or set()) | {key}
        if other not in self.items or other in seen or not self._visible(other, seen):
            return False
        return matches(self.cleaned_data.get(other, self._raw(other)), condition)

    def _drop(self, names) -> None:
        for name in names:
            self._errors.pop(name, None)
            self.cleaned_data.pop(name, None)

    def clean(self):
        if self.adding_row:
            # Not a submission: re-rendered with one more row, no errors shown.
            self._errors.clear()
            raise forms.ValidationError(
                _("A row was added; complete the form and submit it."),
                code=ADD_ROW_CODE,
            )
        data = self.cleaned_data
        visible = {key: self._visible(key) for key in self.items}
        result: dict[str, Any] = {}
        for key, item in self.items.items():
            all_names = item.names + [name for row in item.rows for name in row]
            if not visible[key]:
                self._drop(all_names)
                continue
            if item.kind == "readonly":
                result[key] = self.prefill[key].value
            elif item.kind == "address":
                result[key] = self._clean_address(item)
            elif item.kind == "group":
                result[key] = self._clean_group(item)
            else:
                result[key] = data.get(key)
                if item.spec["type"] == "file" and result[key]:
                    self.uploaded_files[key] = self.files.get(key)
        # Only the schema's keys remain: composite parts are folded in.
        data.clear()
        data.update(result)
        return data


def build_form(version, *, data=None, files=None, prefill=None, initial=None) -> EForm:
    """The form of ``version``; ``prefill`` from ``eforms.prefill.prefill_for``;
    ``initial`` raw values (e.g. a draft's data, identifiers sealed or not) for
    an unbound form."""
    initial_rows = {}
    if initial and data is None:
        for spec in iter_fields(version.schema):
            if spec["type"] == "group":
                try:
                    initial_rows[spec["key"]] = int(initial.get(f"{spec['key']}__rows"))
                except (TypeError, ValueError):
                    pass
    return EForm(
        data=data,
        files=files,
        # A draft keeps identifiers sealed: its owner sees and edits the value.
        initial=unseal_raw(initial) if initial else {},
        version=version,
        prefill=prefill,
        initial_rows=initial_rows,
    )
