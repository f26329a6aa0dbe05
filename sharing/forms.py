"""Forms of the sharing pages. They check input shape only; the rules live in
``sharing.actions``, whose errors are keyed by the same names as these fields."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .actions import MAX_GRANT_YEARS, NOTE_MAX_LENGTH, PURPOSE_MAX_LENGTH
from .models import AccessRecord, Discrepancy, Grant, RequesterSystem, Resource
from .selectors import DISCREPANCY_STATUS_LABELS


def _field_choices(resource: Resource, names: list[str] | None = None) -> list:
    return [
        (field.name, f"{field.label} ({field.name})")
        for field in resource.fields.all()
        if names is None or field.name in names
    ]


class ResourceChoiceForm(forms.Form):
    """Step one of a request: which conditional resource."""

    resource = forms.ModelChoiceField(
        label=_("Data resource"),
        queryset=Resource.objects.none(),
        to_field_name="code",
        empty_label=_("Choose a resource"),
    )

    def __init__(self, *args, resources=None, **kwargs):
        super().__init__(*args, **kwargs)
        if resources is not None:
            self.fields["resource"].queryset = resources


class GrantRequestForm(forms.Form):
    requester = forms.ModelChoiceField(
        label=_("Requesting system"), queryset=RequesterSystem.objects.none()
    )
    fields = forms.MultipleChoiceField(
        label=_("Fields needed"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ask only for the fields the purpose needs."),
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=PURPOSE_MAX_LENGTH,
        help_text=_("What the data is used for, e.g. the service it pre-fills."),
    )
    legal_basis = forms.CharField(
        label=pgettext_lazy("data sharing", "Legal basis"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The law, regulation or document that permits this use."),
    )
    expires_at = forms.DateField(
        label=_("Expires on"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, resource: Resource, systems, **kwargs):
        super().__init__(*args, **kwargs)
        self.resource = resource
        self.fields["requester"].queryset = systems
        self.fields["fields"].choices = _field_choices(resource)
        self.fields["expires_at"].help_text = _(
            "Access ends at 00:00 on this date; at most %(years)d years from now."
        ) % {"years": MAX_GRANT_YEARS}

    def expiry(self) -> datetime.datetime:
        """Local midnight at the start of the chosen day."""
        day = self.cleaned_data["expires_at"]
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class GrantApproveForm(forms.Form):
    prefix = "approve"

    unmasked_fields = forms.MultipleChoiceField(
        label=_("Fields returned unmasked"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Other fields with a masking rule are returned masked; withheld fields "
            "are returned only if ticked here."
        ),
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, grant: Grant, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unmasked_fields"].choices = _field_choices(
            grant.resource, grant.fields
        )


class GrantRejectForm(forms.Form):
    prefix = "reject"

    note = forms.CharField(
        label=_("Reason for rejection"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class GrantRevokeForm(forms.Form):
    prefix = "revoke"

    note = forms.CharField(
        label=_("Reason for revocation"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Access stops at once; the requesting system sees this reason."),
    )


class AuditFilterForm(forms.Form):
    resource = forms.ChoiceField(label=_("Resource"), required=False)
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        required=False,
        choices=[("", _("All outcomes")), *AccessRecord.Outcome.choices],
    )
    date_from = forms.DateField(
        label=_("From date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("To date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, resources, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resource"].choices = [
            ("", _("All resources")),
            *((r.code, f"{r.name} ({r.code})") for r in resources),
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    def filters(self) -> dict | None:
        """The filters for ``selectors.audit_records``, or None if the form is
        invalid (the caller shows nothing rather than ignore a bad filter)."""
        if not self.is_valid():
            return None
        return {
            "resource": self.cleaned_data["resource"],
            "outcome": self.cleaned_data["outcome"],
            "date_from": self.cleaned_data["date_from"],
            "date_to": self.cleaned_data["date_to"],
        }


class DiscrepancyResolveForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Finding"),
        choices=[
            (status, label)
            for status, label in DISCREPANCY_STATUS_LABELS.items()
            if status != Discrepancy.Status.OPEN
        ],
        widget=forms.RadioSelect,
    )
    resolution = forms.CharField(
        label=_("Resolution"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was traced and done; the reporter reads this."),
    )
