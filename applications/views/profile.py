"""The person's own data in My Portal: the profile page (/my/profile/) and saved
services.

Profile flow: the page shows the name and the linked identifiers, masked and read
only; the mobile number is changed (and verified by a code sent by SMS) through
allauth's change-phone page, which the page links to; the contact address is edited
here. Saving runs ``applications.actions.contact_details_update``, which brings the
person's own open applications up to date too; a newly verified phone number
reaches them through ``identity.signals.phone_verified``
(``applications.actions.contact``).

Saved services: a POST on the guide page saves a service; removing takes the saved
entry's id, and another person's entry is a 404.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from applications.actions import contact_details_update
from applications.actions import saved as saved_actions
from applications.models import ContactDetails, SavedService
from identity import selectors as identity_selectors
from identity.sms import mask_phone
from services import selectors


class ContactAddressForm(forms.Form):
    address = forms.CharField(
        label=gettext_lazy("Contact address"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    details = ContactDetails.objects.filter(user=user).first()
    form = ContactAddressForm(
        request.POST or None, initial={"address": details.address if details else ""}
    )
    if request.method == "POST" and form.is_valid():
        changed = contact_details_update(
            user=user, address=form.cleaned_data["address"]
        )
        text = _("Your contact details are saved.")
        if changed:
            text += " " + ngettext(
                "%(count)d open application was updated.",
                "%(count)d open applications were updated.",
                len(changed),
            ) % {"count": len(changed)}
        messages.success(request, text)
        return redirect("applications:profile")
    person = user.person_or_none
    return render(
        request,
        "applications/profile.html",
        {
            "form": form,
            "person": person,
            "links": identity_selectors.linked_identities(person) if person else [],
            "phone_masked": mask_phone(user.phone) if user.phone else "",
        },
    )


@login_required
@require_POST
def service_save(request: HttpRequest, code: str) -> HttpResponse:
    service = selectors.service_get(code=code)
    saved_actions.service_save(user=request.user, service=service)
    messages.success(request, _("The service is saved in My Portal."))
    return redirect(service.get_absolute_url())


@login_required
@require_POST
def saved_service_remove(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(
        SavedService.objects.select_related("service"), pk=pk, user=request.user
    )
    service = saved.service
    saved_actions.saved_service_remove(saved=saved)
    messages.success(request, _("The service is removed from My Portal."))
    if request.POST.get("from") == "guide":
        return redirect(service.get_absolute_url())
    return redirect("applications:my_portal")
