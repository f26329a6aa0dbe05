"""Forms of the identity pages. Validation messages come from
``sharing.identifiers``; nothing here raises on any input."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharing.identifiers import validate_resident_id

from .actions.certificates import MAX_CERTIFICATE_BYTES

CERTIFICATE_EXTENSIONS = (".pem", ".cer", ".crt", ".der")


class ResidentIdLinkForm(forms.Form):
    resident_id = forms.CharField(
        label=_("Resident ID number"),
        max_length=64,
        strip=True,
        help_text=_("18 characters; the last one may be X."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "inputmode": "text", "spellcheck": "false"}
        ),
    )
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        strip=True,
        help_text=_("As on your resident ID card."),
    )

    def clean_resident_id(self) -> str:
        value = self.cleaned_data["resident_id"]
        try:
            return validate_resident_id(value)
        except ValidationError as error:
            raise ValidationError(error.messages, code="invalid") from None


class CertificateUploadForm(forms.Form):
    certificate = forms.FileField(
        label=_("Certificate file"),
        help_text=_("An X.509 certificate (.pem, .cer or .crt), at most 16 KB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(CERTIFICATE_EXTENSIONS)}
        ),
    )

    def clean_certificate(self):
        upload = self.cleaned_data["certificate"]
        name = (upload.name or "").lower()
        if not name.endswith(CERTIFICATE_EXTENSIONS):
            raise ValidationError(
                _("Upload a .pem, .cer or .crt certificate file."), code="extension"
            )
        if upload.size > MAX_CERTIFICATE_BYTES:
            raise ValidationError(
                _("The certificate file is too large (at most 16 KB)."),
                code="too_large",
            )
        return upload


class RevealForm(forms.Form):
    link = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
