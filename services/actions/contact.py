"""The applicant's contact details, kept in step with their open applications.

``contact_details_update`` (the profile page) stores the contact address and, in
the same transaction, brings the person's own open applications (submitted,
awaiting supplement, accepted; not those made for an organisation, whose contact
data is the organisation's) up to date: ``data["address"]`` and ``data["phone"]``
where the form has those keys, the phone only when verified.
``phone_verified_received`` does the same for the phone alone when a new number is
verified through allauth's change-phone page (``identity.signals.phone_verified``).

No timeline event is written (no event action fits a data correction); the handler
of each updated application is told by a notification instead, which names the
fields but not their values.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

import notifications
from identity.models import User

from ..models import Application, ContactDetails

HANDLER_LANGUAGE = "zh-hans"


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


def _open_applications_update(user: User, values: dict) -> list[Application]:
    """Write ``values`` into the keys the open applications' data already has;
    returns the applications changed. Call inside a transaction."""
    changed = []
    if not values:
        return changed
    applications = (
        # Only the applications are locked: the handler join is nullable.
        Application.objects.select_for_update(of=("self",))
        .filter(
            applicant=user,
            on_behalf_of__isnull=True,
            status__in=Application.OPEN_STATUSES,
        )
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
    return _open_applications_update(user, values)


@transaction.atomic
def phone_verified_received(*, user: User, phone: str, **kwargs) -> None:
    """Receiver of ``identity.signals.phone_verified``: the newly verified number
    goes into the person's open applications."""
    _open_applications_update(user, {"phone": phone})
