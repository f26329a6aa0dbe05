"""The basic application form used by every service until per-service form
definitions (built by editors in Wagtail) arrive with the e-forms issue.

``submission_key`` is an idempotency key generated when the form is first shown; a
second click or a retried POST carries the same key and creates no second
application.
"""

import uuid

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

mobile_validator = RegexValidator(
    r"^1[3-9]\d{9}$", _("Enter an 11-digit mainland mobile number, e.g. 13800000000.")
)


class BasicApplicationForm(forms.Form):
    applicant_name = forms.CharField(
        label=_("Applicant name"),
        max_length=50,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Mobile phone"),
        max_length=11,
        validators=[mobile_validator],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "numeric"}),
    )
    address = forms.CharField(
        label=_("Contact address"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    details = forms.CharField(
        label=_("Details of the request"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Describe what you are applying for, in up to 2000 characters."),
    )
    declaration = forms.BooleanField(
        label=_(
            "I declare that the information given is true and complete, and accept "
            "responsibility for it."
        ),
        error_messages={"required": _("You must confirm the declaration to submit.")},
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_applicant_name(self) -> str:
        name = " ".join(self.cleaned_data["applicant_name"].split())
        if any(char.isdigit() for char in name):
            raise forms.ValidationError(_("A name cannot contain digits."))
        return name

    def application_data(self) -> dict:
        """The values stored on the application (the declaration is implied)."""
        return {
            key: self.cleaned_data[key]
            for key in ("applicant_name", "phone", "address", "details")
        }
