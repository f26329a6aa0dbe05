"""The applicant's contact details, kept in step with their open applications.

``contact_details_update`` (the profile page) stores the contact address and, in
the same transaction, brings the person's own open applications (submitted,
awaiting supplement, accepted; not those made for an organisation, whose contact
data is the organisation's) up to date with the address and, when verified, the
account's phone. ``phone_verified_received`` does the same for the phone alone
when a new number is verified through allauth's change-phone page
(``identity.signals.phone_verified``).

What is updated in an application:

- an e-form application (it has a ``form_version``): every top-level field of
  that version whose prefill source is ``identity.address`` / ``identity.phone``,
  whatever its key, in the field's own format (``eforms.prefill.sources.
  identity_field_value``: an address field keeps its dict of region codes and
  detail, found from the region names the new address begins with). Fields without
  that source were typed by the applicant and are left alone; fields prefilled from
  a registry (read-only, government data) are never the profile's to change; a field
  hidden by a condition when the form was submitted (its key is absent) stays absent.
  A new value that does not fit its field (an address that does not name its
  county, a text longer than the field allows) is not written: the record would
  otherwise state an address the applicant never gave. The handler and the
  applicant are told which field still reads the old value;
- an application made without an e-form: ``data["address"]`` and
  ``data["phone"]`` where it has those keys, as plain strings.

No timeline event is written (no event action fits a data correction); the handler
of each updated application is told by a notification instead, which names the
fields (by their labels) but not their values.
"""

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import notifications
from applications.models import Application, ContactDetails
from eforms.prefill import split_reference
from eforms.prefill.sources import IdentitySource, identity_field_value
from eforms.schema import iter_fields
from identity.models import User

logger = logging.getLogger("applications.contact")

HANDLER_LANGUAGE = "zh-hans"
# The identity attributes a profile change carries into open applications.
PROPAGATED = ("address", "phone")


@dataclass
class _Changes:
    values: dict[str, Any] = field(default_factory=dict)  # data key -> new value
    # labels of the fields updated / left with the old value (lazy for the keys of
    # an application without an e-form, so that each reader gets its language)
    updated: list = field(default_factory=list)
    unfit: list = field(default_factory=list)


BASIC_LABELS = {"address": gettext_lazy("address"), "phone": gettext_lazy("phone")}


def _names(labels: list) -> str:
    return "、".join(str(label) for label in labels)


def _basic_changes(application: Application, values: dict) -> _Changes:
    changes = _Changes()
    for key, value in values.items():
        if key in application.data and application.data[key] != value:
            changes.values[key] = value
            changes.updated.append(BASIC_LABELS[key])
    return changes


def _in_step(current: Any, text: str) -> bool:
    """Whether a field that cannot take ``text`` in its own format already says it
    (nothing to report then)."""
    if isinstance(current, dict):
        return text in (current.get("text"), current.get("detail"))
    return current == text


def _eform_changes(application: Application, values: dict, new: set) -> _Changes:
    changes = _Changes()
    for spec in iter_fields(application.form_version.schema):
        source, attribute = split_reference(spec.get("prefill", ""))
        if source is None or source.code != IdentitySource.code:
            continue
        if attribute not in values or spec["key"] not in application.data:
            continue
        key, label = spec["key"], spec.get("label") or spec["key"]
        current = application.data[key]
        value = identity_field_value(spec, attribute, values[attribute])
        if value is None:
            # Reported only when this change brought the value: saving the same
            # profile again must not repeat the message.
            if attribute in new and not _in_step(current, values[attribute]):
                changes.unfit.append(label)
            continue
        if current != value:
            changes.values[key] = value
            changes.updated.append(label)
    return changes


def _desk_url(application: Application) -> str:
    return reverse("desk:detail", kwargs={"number": application.number})


def _notify_handler(application: Application, changes: _Changes) -> None:
    with translation.override(HANDLER_LANGUAGE):
        parts = []
        if changes.updated:
            parts.append(
                _(
                    "The applicant updated their contact details; the %(fields)s in "
                    "application %(number)s now read as in their profile."
                )
                % {"fields": _names(changes.updated), "number": application.number}
            )
        if changes.unfit:
            parts.append(
                _(
                    "The applicant changed their contact details, but %(fields)s in "
                    "application %(number)s could not be updated because the new "
                    "value does not fit the form (an address there must begin with "
                    "its province, city and county); please confirm them with the "
                    "applicant."
                )
                % {"fields": _names(changes.unfit), "number": application.number}
            )
        subject = (
            _("Application %(number)s: contact details updated")
            if changes.updated
            else _("Application %(number)s: contact details to confirm")
        )
        notifications.notify(
            user=application.handler,
            subject=subject % {"number": application.number},
            body=" ".join(parts),
            url=_desk_url(application),
            kind="application",
            channels=("site", "email"),
        )


def _notify_applicant_unfit(application: Application, labels: list[str]) -> None:
    """In the applicant's current language: they have just made the change."""
    notifications.notify(
        user=application.applicant,
        subject=_("Application %(number)s: contact details not updated")
        % {"number": application.number},
        body=_(
            "%(fields)s in application %(number)s still read as before: the new "
            "value does not fit that form (an address there must begin with its "
            "province, city and county). Save your address in that form on your "
            "profile page, or tell the department handling the application."
        )
        % {"fields": _names(labels), "number": application.number},
        url=application.get_absolute_url(),
        kind="application",
        channels=("site",),
    )


def _open_applications_update(
    user: User, values: dict, *, new: set | None = None
) -> list[Application]:
    """Write ``values`` (identity attribute -> new value) into the person's open
    applications as described above; ``new`` names the attributes this change
    brought (only those are reported when they do not fit). Returns the
    applications changed. Call inside a transaction."""
    changed = []
    values = {key: value for key, value in values.items() if key in PROPAGATED}
    if not values:
        return changed
    new = set(values) if new is None else new
    applications = (
        # Only the applications are locked: the other joins are nullable or
        # read only.
        Application.objects.select_for_update(of=("self",))
        .filter(
            applicant=user,
            on_behalf_of__isnull=True,
            status__in=Application.OPEN_STATUSES,
        )
        .select_related("handler", "form_version", "applicant")
        .order_by("pk")
    )
    for application in applications:
        if application.form_version_id:
            changes = _eform_changes(application, values, new)
        else:
            changes = _basic_changes(application, values)
        if changes.values:
            application.data.update(changes.values)
            application.save(update_fields=["data"])
            changed.append(application)
            logger.info(
                "contact details: application %s fields %s updated",
                application.number,
                sorted(changes.values),
            )
        if changes.unfit:
            _notify_applicant_unfit(application, changes.unfit)
        if application.handler_id and (changes.updated or changes.unfit):
            _notify_handler(application, changes)
    return changed


@transaction.atomic
def contact_details_update(*, user: User, address: str) -> list[Application]:
    """Store ``user``'s contact address and propagate it (and the verified phone)
    to their own open applications; returns the applications changed."""
    address = (address or "").strip()
    details, _created = ContactDetails.objects.select_for_update().get_or_create(
        user=user
    )
    new = set()
    if details.address != address:
        details.address = address
        details.save(update_fields=["address", "updated_at"])
        new.add("address")
    values = {}
    if address:
        values["address"] = address
    if user.phone and user.phone_verified:
        values["phone"] = user.phone
    return _open_applications_update(user, values, new=new)


@transaction.atomic
def phone_verified_received(*, user: User, phone: str, **kwargs) -> None:
    """Receiver of ``identity.signals.phone_verified``: the newly verified number
    goes into the person's open applications."""
    _open_applications_update(user, {"phone": phone}, new={"phone"})
