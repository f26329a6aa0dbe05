"""Forms of the identity pages. Validation messages come from
``sharing.identifiers``; nothing here raises on any input."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharing.identifiers import validate_resident_id

from .pki.parsing import MAX_CERTIFICATE_BYTES, MAX_SIGNATURE_BYTES

CERTIFICATE_EXTENSIONS = (".pem", ".cer", ".crt", ".der")
SIGNATURE_EXTENSIONS = (".p7s", ".p7m", ".p7", ".pem", ".der", ".sig", ".txt")


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


class CertificateBindForm(forms.Form):
    """The certificate and the signature over the session's challenge; the
    signature is uploaded as a file or pasted as text (PEM or base64)."""

    challenge = forms.RegexField(
        regex=r"^[A-Za-z0-9_-]{16,64}\Z",
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The challenge is missing: reload the page."),
            "invalid": _("The challenge is missing: reload the page."),
        },
    )
    certificate = forms.FileField(
        label=_("Certificate file"),
        help_text=_(
            "Your personal signing certificate (.pem, .cer, .crt or .der), at "
            "most 16 KB. Never upload your private key."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(CERTIFICATE_EXTENSIONS)}
        ),
    )
    signature = forms.FileField(
        label=_("Signature file"),
        required=False,
        help_text=_(
            "The CMS/PKCS#7 signature over the challenge (.p7s, .p7m, .pem or "
            ".der; PEM, DER or base64), at most 64 KB."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(SIGNATURE_EXTENSIONS)}
        ),
    )
    signature_text = forms.CharField(
        label=_("Or paste the signature"),
        required=False,
        strip=True,
        max_length=MAX_SIGNATURE_BYTES,
        help_text=_("PEM or base64 text, as your certificate software shows it."),
        widget=forms.Textarea(
            attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}
        ),
    )

    def clean_certificate(self):
        upload = self.cleaned_data["certificate"]
        name = (upload.name or "").lower()
        if not name.endswith(CERTIFICATE_EXTENSIONS):
            raise ValidationError(
                _("Upload a .pem, .cer, .crt or .der certificate file."),
                code="extension",
            )
        if upload.size > MAX_CERTIFICATE_BYTES:
            raise ValidationError(
                _("The certificate file is too large (at most 16 KB)."),
                code="too_large",
            )
        return upload

    def clean_signature(self):
        upload = self.cleaned_data["signature"]
        if upload and upload.size > MAX_SIGNATURE_BYTES:
            raise ValidationError(
                _("The signature is too large (at most 64 KB)."), code="too_large"
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        uploaded = cleaned.get("signature")
        pasted = cleaned.get("signature_text")
        if "signature" in self.errors or "signature_text" in self.errors:
            return cleaned
        if uploaded and pasted:
            self.add_error(
                "signature",
                ValidationError(
                    _("Upload the signature file or paste the signature, not both."),
                    code="both",
                ),
            )
        elif not uploaded and not pasted:
            self.add_error(
                "signature",
                ValidationError(
                    _("Upload the signature file or paste the signature."),
                    code="required",
                ),
            )
        return cleaned

    def certificate_bytes(self) -> bytes:
        return self.cleaned_data["certificate"].read()

    def signature_bytes(self) -> bytes:
        upload = self.cleaned_data.get("signature")
        if upload:
            return upload.read()
        return self.cleaned_data["signature_text"].encode("utf-8")


class RevealForm(forms.Form):
    link = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
