"""Withdrawal from the applicant's application page: a reason and an explicit
confirmation checkbox (a withdrawal cannot be undone)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from applications import selectors
from applications.actions import application_withdraw
from applications.lifecycle import ApplicationStateError
from identity.acting import acting_for


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for withdrawing"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "I understand that a withdrawn application cannot be resumed."
        )
    )


@login_required
@require_POST
def application_withdraw_view(request: HttpRequest, number: str) -> HttpResponse:
    application = selectors.application_of(
        applicant=request.user, number=number, organisation=acting_for(request)
    )
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Give a reason and confirm to withdraw the application.")
        )
        return redirect(application.get_absolute_url())
    try:
        application_withdraw(
            application=application,
            applicant=request.user,
            reason=form.cleaned_data["reason"],
        )
    except ApplicationStateError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The application was withdrawn."))
    return redirect(application.get_absolute_url())
