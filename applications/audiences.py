"""Audiences of agency push messages that need the catalogue and the e-licences:
holders of a licence type and applicants of a service.

``notifications`` owns push messages but may not import services or licences; it
discovers this module (``NotificationsConfig.ready`` -> ``autodiscover_modules``)
and these registrations add the two audiences to its registry.

- holders of a licence type: the accounts holding a *valid* e-licence of that type
  (revoked, suspended, expired and replaced licences do not count);
- applicants of a service: every account that has applied for it, whatever the
  application's state.
"""

from collections.abc import Iterable

from django import forms
from django.utils.translation import gettext_lazy as _

from applications.models import Application
from licences.models import Licence, LicenceType
from notifications.audiences import Audience, register
from services.models import Service


def _licence_type_choices() -> list[tuple[str, str]]:
    return [("", "—")] + [
        (code, f"{name} ({code})")
        for code, name in LicenceType.objects.order_by("name").values_list(
            "code", "name"
        )
    ]


def _service_choices() -> list[tuple[str, str]]:
    return [("", "—")] + [
        (code, f"{name} ({code})")
        for code, name in Service.objects.active()
        .order_by("name")
        .values_list("code", "name")
    ]


def licence_holders(value: str) -> Iterable[int]:
    return Licence.objects.filter(
        licence_type__code=value, status=Licence.Status.VALID
    ).values_list("holder_id", flat=True)


def service_applicants(value: str) -> Iterable[int]:
    return Application.objects.filter(service__code=value).values_list(
        "applicant_id", flat=True
    )


def _licence_type_name(value: str) -> str:
    return (
        LicenceType.objects.filter(code=value).values_list("name", flat=True).first()
        or value
    )


def _service_name(value: str) -> str:
    return (
        Service.objects.filter(code=value).values_list("name", flat=True).first()
        or value
    )


register(
    Audience(
        kind="licence_type",
        label=_("Holders of a licence type"),
        user_ids=licence_holders,
        field=lambda: forms.ChoiceField(
            label=_("Licence type"), choices=_licence_type_choices, required=False
        ),
        describe=_licence_type_name,
    )
)
register(
    Audience(
        kind="service",
        label=_("Applicants of a service"),
        user_ids=service_applicants,
        field=lambda: forms.ChoiceField(
            label=_("Service"), choices=_service_choices, required=False
        ),
        describe=_service_name,
    )
)
