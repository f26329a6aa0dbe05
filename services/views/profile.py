"""The person's own data in My Portal: the profile page (/my/profile/) and saved
services.

Profile flow: the page shows the name and the linked identifiers, masked and read
only; the mobile number is changed (and verified by a code sent by SMS) through
allauth's change-phone page, which the page links to; the contact address is edited
here. Saving runs ``contact_details_update``: it stores the address and, in the
same transaction, brings the person's own open applications (submitted, awaiting
supplement, accepted; not those made for an organisation, whose contact data is the
organisation's) up to date: ``data["address"]`` and ``data["phone"]`` where the
form has those keys, the phone only when verified. No timeline event is written
(no event action fits a data correction); the handler of each updated application
is told by a notification instead, which names the fields but not their values.

Saved services: a POST on the guide page saves a service; removing takes the saved
entry's id, and another person's entry is a 404.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

import notifications
from identity import selectors as identity_selectors
from identity.models import User
from identity.sms import mask_phone

from .. import selectors
from ..models import Application, ContactDetails, SavedService

OPEN_STATUSES = (
    Application.Status.SUBMITTED,
    Application.Status.NOTICE,
    Application.Status.ACCEPTED,
)
HANDLER_LANGUAGE = "zh-hans"


class ContactAddressForm(forms.Form):
    address = forms.CharField(
        label=gettext_lazy("Contact address"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )


def _notify_handler(application: Application, fields: list[str]) -> None:
    with translation.override(HANDLER_LANGUAGE):
        names = "、".join(
            str(_("address") if name == "address" else _("phone")) for name in fields
        )
        notifications.notify(
            user=application.handler,
            subject=_("Application %(number)s: contact details updated")
            % {"number": application.number},
            body=_(
                "The applicant updated their contact details; the %(fields)s in "
                "application %(number)s now read as in their profile."
            )
            % {"fields": names, "number": application.number},
            url=reverse("services:desk_detail", kwargs={"number": application.number}),
            kind="application",
            channels=("site", "email"),
        )


@transaction.atomic
def contact_details_update(*, user: User, address: str) -> list[Application]:
    """Store ``user``'s contact address and propagate it (and the verified phone)
    to their own open applications; returns the applications changed."""
    address = (address or "").strip()
    details, _created = ContactDetails.objects.select_for_update().get_or_create(
        user=user
    )
    if details.address != address:
        details.address = address
        details.save(update_fields=["address", "updated_at"])
    values = {}
    if address:
        values["address"] = address
    if user.phone and user.phone_verified:
        values["phone"] = user.phone
    changed = []
    applications = (
        # Only the applications are locked: the handler join is nullable.
        Application.objects.select_for_update(of=("self",))
        .filter(applicant=user, on_behalf_of__isnull=True, status__in=OPEN_STATUSES)
        .select_related("handler")
        .order_by("pk")
    )
    for application in applications:
        fields = [
            key
            for key, value in values.items()
            if key in application.data and application.data[key] != value
        ]
        if not fields:
            continue
        for key in fields:
            application.data[key] = values[key]
        application.save(update_fields=["data"])
        changed.append(application)
        if application.handler_id:
            _notify_handler(application, fields)
    return changed


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
        return redirect("services:profile")
    person = user.person_or_none
    return render(
        request,
        "services/profile.html",
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
    SavedService.objects.get_or_create(user=request.user, service=service)
    messages.success(request, _("The service is saved in My Portal."))
    return redirect(service.get_absolute_url())


@login_required
@require_POST
def saved_service_remove(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(
        SavedService.objects.select_related("service"), pk=pk, user=request.user
    )
    service = saved.service
    saved.delete()
    messages.success(request, _("The service is removed from My Portal."))
    if request.POST.get("from") == "guide":
        return redirect(service.get_absolute_url())
    return redirect("services:my_portal")
