"""Audiences of agency push messages, behind a registry.

An ``Audience`` names a kind of recipient list ("everyone", "a region", ...), the
form field that picks its value (a region code, a licence type...), and how to
resolve a value into the ids of the accounts in it. This module registers the
audiences that identity alone can resolve; apps above notifications in the
layering register theirs in their own ``audiences`` module (discovered by
``NotificationsConfig.ready``), so that notifications never imports them:
``applications.audiences`` adds holders of a licence type and applicants of a service.

Region rule: a person's region is the administrative division code at the start
of their resident ID number. That is what ``identity.Person`` holds without a
registry read (the masked copy keeps those six digits: ``350102********1234``), so
resolving a region of a whole province costs one query and no sharing access
records. A region is given as 2 (province), 4 (city) or 6 (county) digits and
matches every code it begins. The code records where the ID was first issued,
which is the household registration of most residents; people who moved their
household registration since are not found by it (the population registry holds
only the address as text, with no code to match).
"""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from identity.models import Person, User


@dataclass(frozen=True)
class Audience:
    kind: str
    label: str
    #: ids of the accounts in the audience for ``value`` (a queryset or list).
    user_ids: Callable[[str], Iterable[int]]
    #: the form field choosing the value, or None when the audience has none.
    field: Callable[[], forms.Field] | None = None
    #: how the chosen value reads in the message's record.
    describe: Callable[[str], str] | None = None

    def label_for(self, value: str) -> str:
        if self.describe is None:
            return str(self.label)
        return f"{self.label}: {self.describe(value)}"


_registry: dict[str, Audience] = {}


def register(audience: Audience) -> None:
    _registry[audience.kind] = audience


def get(kind: str) -> Audience:
    return _registry[kind]


def all_audiences() -> list[Audience]:
    return list(_registry.values())


# --- the audiences identity can resolve ---------------------------------------------


def _everyone(value: str) -> Iterable[int]:
    return User.objects.filter(is_active=True).values_list("pk", flat=True)


REGION_CODE = re.compile(r"^\d{2}(\d{2}){0,2}\Z")


def validate_region_code(value: str) -> None:
    if not REGION_CODE.match(value or ""):
        raise ValidationError(
            gettext("Enter a region code of 2, 4 or 6 digits, e.g. 3501."),
            code="region",
        )


def _region(value: str) -> Iterable[int]:
    validate_region_code(value)
    return Person.objects.filter(
        identifier_masked__startswith=value, user__isnull=False
    ).values_list("user_id", flat=True)


def _region_field() -> forms.Field:
    return forms.CharField(
        label=_("Region code"),
        required=False,
        max_length=6,
        validators=[validate_region_code],
        help_text=_(
            "Administrative division code of 2, 4 or 6 digits (e.g. 35, 3501, "
            "350102); matched against the start of the resident ID number."
        ),
    )


register(Audience(kind="everyone", label=_("Everyone"), user_ids=_everyone))
register(
    Audience(
        kind="region",
        label=_("People of a region"),
        user_ids=_region,
        field=_region_field,
        describe=lambda value: value,
    )
)
