"""The public verification page (number and code, or the QR code)."""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from . import selectors
from .ratelimit import too_many_lookups


class VerifyForm(forms.Form):
    number = forms.CharField(label=_("Licence number"), max_length=40)
    code = forms.CharField(label=_("Verification code"), max_length=12)


@never_cache
def verify(request: HttpRequest) -> HttpResponse:
    context: dict = {}
    status = 200
    if "number" in request.GET:
        form = VerifyForm(request.GET)
        if too_many_lookups(request):
            context["throttled"] = True
            status = 429
        elif form.is_valid():
            context["checked"] = True
            context["licence"] = selectors.licence_verify(
                number=form.cleaned_data["number"], code=form.cleaned_data["code"]
            )
    else:
        form = VerifyForm()
    context["form"] = form
    return render(request, "licences/verify.html", context, status=status)
