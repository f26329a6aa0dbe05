"""Forms of the notification pages and of the push message composer."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import audiences
from .delivery import is_local_url
from .models import NotificationPreference, PushMessage


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email_enabled", "sms_enabled"]


class PushMessageForm(forms.ModelForm):
    """Title, text, link and audience; each audience that takes a value (a region,
    a licence type...) has its own field, so that the page works without script."""

    audience_kind = forms.ChoiceField(label=_("Audience"), widget=forms.RadioSelect)

    class Meta:
        model = PushMessage
        fields = ["title", "body", "url", "audience_kind", "send_email"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.audiences = audiences.all_audiences()
        self.fields["audience_kind"].choices = [
            (audience.kind, audience.label) for audience in self.audiences
        ]
        for audience in self.audiences:
            if audience.field is not None:
                field = audience.field()
                field.required = False
                self.fields[self.value_field_name(audience.kind)] = field

    @staticmethod
    def value_field_name(kind: str) -> str:
        return f"audience_{kind}"

    def clean_url(self) -> str:
        url = (self.cleaned_data.get("url") or "").strip()
        if url and not is_local_url(url):
            raise ValidationError(
                _("Link to a page of this portal, starting with /."), code="url"
            )
        return url

    def clean(self) -> dict:
        cleaned = super().clean()
        kind = cleaned.get("audience_kind")
        if kind:
            audience = audiences.get(kind)
            value = ""
            if audience.field is not None:
                name = self.value_field_name(kind)
                value = str(cleaned.get(name) or "").strip()
                if not value and name not in self.errors:
                    self.add_error(name, _("Choose who receives the message."))
            cleaned["audience_value"] = value
        return cleaned

    def value_fields(self) -> list:
        return [
            self[self.value_field_name(audience.kind)]
            for audience in self.audiences
            if audience.field is not None
        ]
