"""Privacy pages under /my/privacy/: the consents a person gave (withdrawable) and
their correction or deletion requests with the provider's outcome.

Everything shown is the signed-in user's own; other users' ids are 404.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sharing.models import Resource, SubjectType
from sharing.selectors import DISCREPANCY_STATUS_LABELS

from . import acting
from .actions import privacy
from .models import Consent, CorrectionRequest


def _resources_for(request: HttpRequest):
    subject_type = (
        SubjectType.CREDIT_CODE
        if acting.acting_for(request)
        else SubjectType.RESIDENT_ID
    )
    return (
        Resource.objects.filter(subject_type=subject_type, is_active=True)
        .exclude(share_class="none")
        .prefetch_related("fields")
        .order_by("code")
    )


class CorrectionForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("Request"), choices=CorrectionRequest.Kind.choices
    )
    target = forms.ChoiceField(label=gettext_lazy("Data item"))
    reported_value = forms.CharField(
        label=gettext_lazy("Correct value"),
        max_length=500,
        required=False,
        help_text=gettext_lazy("Needed for a correction, not for a deletion."),
    )
    note = forms.CharField(
        label=gettext_lazy("Explanation"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, resources, **kwargs):
        super().__init__(*args, **kwargs)
        self.resources = {resource.code: resource for resource in resources}
        self.fields["target"].choices = [
            (f"{resource.code}:{field.name}", f"{resource.name} · {field.label}")
            for resource in resources
            for field in resource.fields.all()
        ]

    def clean(self):
        data = super().clean()
        target = data.get("target")
        if target:
            code, _sep, field_name = target.partition(":")
            data["resource"] = self.resources[code]
            data["field_name"] = field_name
        if (
            data.get("kind") == CorrectionRequest.Kind.CORRECTION
            and not (data.get("reported_value") or "").strip()
        ):
            self.add_error("reported_value", _("Enter the correct value."))
        return data


def _page(request: HttpRequest, form: CorrectionForm) -> HttpResponse:
    corrections = list(
        CorrectionRequest.objects.filter(user=request.user).select_related(
            "discrepancy__resource", "on_behalf_of"
        )
    )
    for correction in corrections:
        correction.status_label = DISCREPANCY_STATUS_LABELS[
            correction.discrepancy.status
        ]
    return render(
        request,
        "identity/privacy_home.html",
        {
            "consents": Consent.objects.filter(user=request.user).select_related(
                "on_behalf_of"
            ),
            "corrections": corrections,
            "correction_form": form,
            "current": acting.acting_for(request),
        },
        status=400 if form.errors else 200,
    )


@login_required
def privacy_home(request: HttpRequest) -> HttpResponse:
    return _page(request, CorrectionForm(resources=_resources_for(request)))


@login_required
@require_POST
def privacy_consent_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    consent = get_object_or_404(Consent, pk=pk, user=request.user)
    try:
        privacy.consent_withdraw(consent=consent, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Consent withdrawn."))
    return redirect("identity:privacy")


@login_required
@require_POST
def privacy_correction(request: HttpRequest) -> HttpResponse:
    form = CorrectionForm(request.POST, resources=_resources_for(request))
    if form.is_valid():
        data = form.cleaned_data
        try:
            correction = privacy.correction_request(
                user=request.user,
                resource=data["resource"],
                field_name=data["field_name"],
                kind=data["kind"],
                reported_value=data["reported_value"],
                note=data["note"],
                on_behalf_of=acting.acting_for(request),
                on_behalf_label=acting.on_behalf_label(request),
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                _("Your request was sent to %(provider)s.")
                % {"provider": correction.discrepancy.resource.provider.name},
            )
            return redirect("identity:privacy_correction_detail", pk=correction.pk)
    return _page(request, form)


@login_required
def privacy_correction_detail(request: HttpRequest, pk: int) -> HttpResponse:
    correction = get_object_or_404(
        CorrectionRequest.objects.select_related(
            "discrepancy__resource__provider", "on_behalf_of"
        ),
        pk=pk,
        user=request.user,
    )
    discrepancy = correction.discrepancy
    field = discrepancy.resource.fields.filter(name=discrepancy.field_name).first()
    return render(
        request,
        "identity/privacy_correction.html",
        {
            "correction": correction,
            "discrepancy": discrepancy,
            "field_label": field.label if field else discrepancy.field_name,
            "status_label": DISCREPANCY_STATUS_LABELS[discrepancy.status],
        },
    )
