"""Django form fields for each field type of the schema.

``make_field(spec)`` returns the Django field of one simple field spec (everything
but address and repeating group, which ``eforms.rendering`` composes from several
of these). Every field cleans to a JSON-serialisable value: numbers to ``int`` (or
a decimal string), dates to ISO strings, uploads to a small description (the file
itself stays on the form for the caller to store), a person's identifier to its
``seal`` (masked copy, encrypted value and keyed hash: never the plain number).
"""

import datetime
import logging
import re
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from sharing import identifiers, protection

MOBILE_PATTERN = r"^1[3-9]\d{9}$"
DEFAULT_TEXT_MAX = 200
DEFAULT_LONG_TEXT_MAX = 2000
FALLBACK_UPLOAD_MAX = 20 * 1024 * 1024

AUTOCOMPLETE = {
    "name": "name",
    "phone": "tel",
    "email": "email",
    "address": "street-address",
}


class JSONNumberField(forms.DecimalField):
    """A decimal field whose cleaned value is an ``int`` (no decimals) or a
    string (decimals kept exactly)."""

    def clean(self, value):
        number = super().clean(value)
        if number is None:
            return None
        if self.decimal_places == 0:
            return int(number)
        return str(number)


class JSONDateField(forms.DateField):
    def __init__(self, *, earliest_days=None, latest_days=None, **kwargs):
        super().__init__(**kwargs)
        self.earliest_days = earliest_days
        self.latest_days = latest_days

    def clean(self, value):
        day = super().clean(value)
        if day is None:
            return None
        today = timezone.localdate()
        if self.latest_days is not None:
            latest = today + datetime.timedelta(days=self.latest_days)
            if day > latest:
                if self.latest_days == 0:
                    raise ValidationError(
                        _("The date cannot be in the future."), code="future"
                    )
                raise ValidationError(
                    _("The date must be on or before %(date)s."),
                    code="max_date",
                    params={"date": date_format(latest, "Y-m-d")},
                )
        if self.earliest_days is not None:
            earliest = today + datetime.timedelta(days=self.earliest_days)
            if day < earliest:
                if self.earliest_days == 0:
                    raise ValidationError(
                        _("The date cannot be in the past."), code="past"
                    )
                raise ValidationError(
                    _("The date must be on or after %(date)s."),
                    code="min_date",
                    params={"date": date_format(earliest, "Y-m-d")},
                )
        return day.isoformat()


# Answers that are a person's identifier: the ``resident_id`` field type, and a
# text field prefilled from a personal identifier (editable when the registry did
# not answer, so the applicant types the number in). A unified social credit code
# is public (it is printed on the business licence and published in the enterprise
# credit register): it is stored as typed, and staff pages only mask it.
SEALED_TYPES = {"resident_id"}
SEALED_PREFILL_ATTRIBUTES = {"resident_id", "social_security_card", "health_card"}
SEALED_KEYS = ("masked", "sealed", "hash")


def is_sealed_spec(spec: dict) -> bool:
    """Whether answers to the field ``spec`` are stored sealed (see ``seal``)."""
    kind = spec.get("type")
    if kind in SEALED_TYPES:
        return True
    attribute = (spec.get("prefill") or "").partition(".")[2]
    return kind in ("text", "long_text") and attribute in SEALED_PREFILL_ATTRIBUTES


def seal(value: str) -> dict[str, str]:
    """An identifier answer as ``Application.data`` and ``Draft.data`` keep it::

        {"masked": "350102********1234",   # what every page shows
         "sealed": "<Fernet token>",       # protection.encrypt: for its owner only
         "hash": "<HMAC-SHA256 hex>"}      # protection.keyed_hash: lookup by equality

    so that a dump of the database, or of a session, reveals no number."""
    return {
        "masked": protection.mask(value),
        "sealed": protection.encrypt(value),
        "hash": protection.keyed_hash(value),
    }


def is_sealed(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("sealed"), str)


def masked(value: Any) -> str:
    """An identifier answer, sealed or in the plain shape stored before sealing,
    as pages show it."""
    if is_sealed(value):
        return str(value.get("masked") or "")
    return protection.mask(str(value)) if value not in (None, "") else ""


def unseal(value: Any) -> Any:
    """The identifier itself, to put back into its owner's form (never into a
    page for anyone else, nor a log); "" when the key no longer opens it, so the
    owner types it again."""
    if not is_sealed(value):
        return value
    try:
        return protection.decrypt(value["sealed"])
    except ValueError:
        return ""


def seal_raw(data: dict[str, Any], schema: dict) -> dict[str, Any]:
    """Raw form values (a draft: ``<key>`` and ``<group>__<row>__<sub-key>``
    names) with those of sealed fields sealed."""
    from .schema import iter_fields

    top, subs = set(), {}
    for spec in iter_fields(schema):
        if spec.get("type") == "group":
            subs[spec["key"]] = {
                sub["key"] for sub in spec.get("fields", []) if is_sealed_spec(sub)
            }
        elif is_sealed_spec(spec):
            top.add(spec["key"])
    result = {}
    for name, value in data.items():
        group, _sep, rest = name.partition("__")
        row, _sep, sub = rest.partition("__")
        sensitive = name in top or (row.isdigit() and sub in subs.get(group, ()))
        if sensitive and isinstance(value, str) and value:
            value = seal(value)
        elif sensitive and isinstance(value, list):
            value = [seal(item) if item else item for item in value]
        result[name] = value
    return result


def unseal_raw(data: dict[str, Any]) -> dict[str, Any]:
    """Raw form values with sealed ones opened, for their owner's form."""
    return {
        name: [unseal(item) for item in value]
        if isinstance(value, list)
        else unseal(value)
        for name, value in data.items()
    }


class IdentifierField(forms.CharField):
    """Resident ID or credit code: the sharing validators (checksums included)
    give the message; the cleaned value is the normalised identifier, or with
    ``sealed`` the ``seal`` of it (a text field prefilled from an identifier has
    no ``check``)."""

    def __init__(self, *, check=None, sealed=False, **kwargs):
        super().__init__(**kwargs)
        self.check = check
        self.sealed = sealed

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return value
        if self.check is not None:
            value = self.check(value)
        return seal(value) if self.sealed else value


class UploadField(forms.FileField):
    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        if not uploaded:
            return None
        check = _validate_upload(uploaded)
        return {
            "name": uploaded.name,
            "size": uploaded.size,
            "content_type": check.get("content_type", ""),
            "sha256": check.get("sha256", ""),
        }


def _validate_upload(uploaded) -> dict:
    """The materials validation (type by content, size, pages); until that module
    exists only the size is checked."""
    try:
        from .uploads import validate_upload
    except ImportError:
        if uploaded.size > FALLBACK_UPLOAD_MAX:
            raise ValidationError(
                _("The file is larger than %(size)d MB."),
                code="size",
                params={"size": FALLBACK_UPLOAD_MAX // (1024 * 1024)},
            ) from None
        return {"content_type": getattr(uploaded, "content_type", "") or ""}
    result = validate_upload(uploaded)
    return {
        "content_type": getattr(result, "content_type", ""),
        "sha256": getattr(result, "sha256", ""),
    }


def _validators(spec: dict) -> list:
    if not spec.get("regex"):
        return []
    message = spec.get("regex_message") or _("The value is not in the expected form.")
    try:
        re.compile(spec["regex"])
    except re.error:
        # Refused when the definition is saved; a broken pattern from an older
        # version must still not break the form. The key only: no citizen data.
        logging.getLogger(__name__).warning(
            "e-form field %s: invalid pattern skipped", spec.get("key", "?")
        )
        return []
    return [RegexValidator(spec["regex"], message)]


def _attrs(spec: dict, **extra) -> dict:
    attrs = dict(extra)
    attribute = spec.get("prefill", "").partition(".")[2]
    if attribute in AUTOCOMPLETE and "autocomplete" not in attrs:
        attrs["autocomplete"] = AUTOCOMPLETE[attribute]
    return attrs


def _options(spec: dict) -> list[tuple[str, str]]:
    return [(option["value"], option["label"]) for option in spec.get("options") or []]


def make_field(spec: dict, *, required: bool | None = None) -> forms.Field:  # noqa: C901
    kind = spec["type"]
    common = {
        "label": spec["label"],
        "help_text": spec.get("help_text") or "",
        "required": spec["required"] if required is None else required,
    }
    lengths = {
        "min_length": spec.get("min_length") or None,
        "max_length": spec.get("max_length") or None,
    }
    validators = _validators(spec)
    if kind in ("text", "long_text") and is_sealed_spec(spec):
        lengths["max_length"] = lengths["max_length"] or DEFAULT_TEXT_MAX
        return IdentifierField(
            sealed=True,
            widget=forms.TextInput(
                attrs={"autocomplete": "off", "spellcheck": "false"}
            ),
            validators=validators,
            **lengths,
            **common,
        )
    if kind == "text":
        lengths["max_length"] = lengths["max_length"] or DEFAULT_TEXT_MAX
        return forms.CharField(
            widget=forms.TextInput(attrs=_attrs(spec)),
            validators=validators,
            **lengths,
            **common,
        )
    if kind == "long_text":
        lengths["max_length"] = lengths["max_length"] or DEFAULT_LONG_TEXT_MAX
        return forms.CharField(
            widget=forms.Textarea(attrs={"rows": 4}),
            validators=validators,
            **lengths,
            **common,
        )
    if kind == "number":
        places = spec.get("decimal_places") or 0
        low, high = spec.get("min_value"), spec.get("max_value")
        return JSONNumberField(
            min_value=Decimal(low) if low not in (None, "") else None,
            max_value=Decimal(high) if high not in (None, "") else None,
            decimal_places=places,
            max_digits=18,
            widget=forms.TextInput(
                attrs={"inputmode": "decimal" if places else "numeric"}
            ),
            **common,
        )
    if kind == "date":
        return JSONDateField(
            earliest_days=spec.get("earliest_days"),
            latest_days=spec.get("latest_days"),
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **common,
        )
    if kind == "choice":
        choices = _options(spec)
        if spec.get("widget") == "select":
            widget = forms.Select
            choices = [("", _("Choose..."))] + choices
        else:
            widget = forms.RadioSelect
        return forms.ChoiceField(choices=choices, widget=widget, **common)
    if kind == "multiple_choice":
        return forms.MultipleChoiceField(
            choices=_options(spec), widget=forms.CheckboxSelectMultiple, **common
        )
    if kind == "resident_id":
        return IdentifierField(
            check=identifiers.validate_resident_id,
            sealed=True,
            max_length=20,
            widget=forms.TextInput(
                attrs={"autocomplete": "off", "spellcheck": "false"}
            ),
            validators=validators,
            **common,
        )
    if kind == "credit_code":
        return IdentifierField(
            check=identifiers.validate_credit_code,
            max_length=20,
            widget=forms.TextInput(
                attrs={"autocomplete": "off", "spellcheck": "false"}
            ),
            validators=validators,
            **common,
        )
    if kind == "phone":
        return forms.CharField(
            max_length=11,
            validators=[
                RegexValidator(
                    MOBILE_PATTERN,
                    _("Enter an 11-digit mainland mobile number, e.g. 13800000000."),
                ),
                *validators,
            ],
            widget=forms.TextInput(
                attrs={"type": "tel", "inputmode": "numeric", "autocomplete": "tel"}
            ),
            **common,
        )
    if kind == "email":
        return forms.EmailField(
            max_length=254,
            validators=validators,
            error_messages={
                "invalid": _("Enter an email address such as name@example.com.")
            },
            widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            **common,
        )
    if kind == "file":
        return UploadField(**common)
    raise ValueError(f"unknown field type {kind}")
