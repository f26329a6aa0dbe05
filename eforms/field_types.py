"""Django form fields for each field type of the schema.

``make_field(spec)`` returns the Django field of one simple field spec (everything
but address and repeating group, which ``eforms.rendering`` composes from several
of these). Every field cleans to a JSON-serialisable value: numbers to ``int`` (or
a decimal string), dates to ISO strings, uploads to a small description (the file
itself stays on the form for the caller to store).
"""

import datetime
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from sharing import identifiers

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


class IdentifierField(forms.CharField):
    """Resident ID or credit code: the sharing validators (checksums included)
    give the message; the cleaned value is the normalised identifier."""

    def __init__(self, *, check, **kwargs):
        super().__init__(**kwargs)
        self.check = check

    def clean(self, value):
        value = super().clean(value)
        return self.check(value) if value else value


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
        return []  # a broken pattern from an editor must not break the form
    return [RegexValidator(spec["regex"], message)]


def _attrs(spec: dict, **extra) -> dict:
    attrs = dict(extra)
    attribute = spec.get("prefill", "").partition(".")[2]
    if attribute in AUTOCOMPLETE and "autocomplete" not in attrs:
        attrs["autocomplete"] = AUTOCOMPLETE[attribute]
    return attrs


def _options(spec: dict) -> list[tuple[str, str]]:
    return [(option["value"], option["label"]) for option in spec.get("options") or []]


def make_field(spec: dict, *, required: bool | None = None) -> forms.Field:
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
