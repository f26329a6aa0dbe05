"""Window desk for e-licences (``/desk/licences/``): look a licence up by number,
see its facts, status and history, and revoke, suspend, reinstate, renew or replace
it through ``lifecycle`` (desk staff only, a reason always required). Each action
is a POST that ends in a message and a redirect back to the licence page.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from identity.permissions import DESK_ROLES, staff_required
from licences.actions import lifecycle

from .models import Licence


class LookupForm(forms.Form):
    number = forms.CharField(label=gettext_lazy("Licence number"), max_length=64)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": gettext_lazy("A reason is required.")},
    )


class RenewForm(ReasonForm):
    valid_until = forms.DateField(
        label=gettext_lazy("New last day of validity"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    field_order = ["valid_until", "reason"]


ACTIONS = {
    "revoke": (lifecycle.licence_revoke, ReasonForm, gettext_lazy("Revoke")),
    "suspend": (lifecycle.licence_suspend, ReasonForm, gettext_lazy("Suspend")),
    "reinstate": (
        lifecycle.licence_reinstate,
        ReasonForm,
        gettext_lazy("Reinstate"),
    ),
    "renew": (lifecycle.licence_renew, RenewForm, gettext_lazy("Renew")),
    "replace": (lifecycle.licence_replace, ReasonForm, gettext_lazy("Replace")),
}


def _licence(number: str) -> Licence:
    return get_object_or_404(
        Licence.objects.select_related("licence_type", "replaced_by"), number=number
    )


@staff_required(*DESK_ROLES)
def desk_licences(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.GET or None)
    if form.is_valid():
        number = form.cleaned_data["number"].strip()
        if Licence.objects.filter(number=number).exists():
            return redirect("licences:desk_licence", number=number)
        messages.error(request, _("No licence with this number."))
    return render(request, "licences/desk_licences.html", {"form": form})


@staff_required(*DESK_ROLES)
def desk_licence(request: HttpRequest, number: str) -> HttpResponse:
    licence = _licence(number)
    forms_ = [
        (name, label, form_class(prefix=name))
        for name, (_action, form_class, label) in ACTIONS.items()
    ]
    return render(
        request,
        "licences/desk_licence.html",
        {
            "licence": licence,
            "events": licence.events.select_related("actor"),
            "action_forms": forms_,
        },
    )


@staff_required(*DESK_ROLES)
@require_POST
def desk_licence_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404
    licence = _licence(number)
    function, form_class, label = ACTIONS[action]
    form = form_class(request.POST, prefix=action)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("licences:desk_licence", number=licence.number)
    kwargs = dict(form.cleaned_data)
    try:
        result = function(licence=licence, actor=request.user, **kwargs)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Licence %(number)s: %(action)s done.")
            % {"number": licence.number, "action": label},
        )
        if result.pk != licence.pk:
            messages.info(
                request, _("New licence number: %(number)s") % {"number": result.number}
            )
    return redirect("licences:desk_licence", number=licence.number)
