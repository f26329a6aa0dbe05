"""The built-in prefill sources.

- ``identity``: what the applicant's own account says (name, phone, email,
  address); editable, since the person keeps it themselves. The phone is the
  account's number once verified (allauth's phone verification), else the number
  recorded with the person, else the account's unverified number
  (``identity_phone``); the address is the contact address kept on the profile page
  (``identity_address``). ``identity_field_value`` converts either into what a form
  field of a given type stores, so that ``applications.actions.contact`` can bring
  submitted applications up to date with the profile.
- ``population``: the population registry through ``sharing.exchange.query``
  (purpose "application prefill", requested by this portal, audited); the resident
  ID is shown masked. Read-only.
- ``legal_entity``: the legal entity registry for the organisation the user acts
  for. Read-only.

A registry that refuses or fails yields nothing: the fields stay empty and
editable, and the application can still be made.
"""

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sharing import exchange, protection
from sharing.errors import ShareError

from .base import PrefillSource, registry

logger = logging.getLogger("eforms.prefill")

REQUESTER = "citizen-portal"
PURPOSE = "application prefill"


@registry.register
class IdentitySource(PrefillSource):
    code = "identity"
    label = _("your account")
    read_only = False
    attributes = {
        "name": _("name"),
        "phone": _("mobile phone"),
        "email": _("email"),
        "address": _("contact address"),
    }

    def fetch(self, *, user, organisation, attributes: list[str]) -> dict[str, Any]:
        person = getattr(user, "person_or_none", None)
        values = {
            "name": (person.name if person else "") or user.display_name,
            "phone": identity_phone(user),
            "email": user.email,
            "address": identity_address(user),
        }
        return {key: values[key] for key in attributes if values.get(key)}


def identity_phone(user) -> str:
    """The mobile number to give for ``user``: the account's number once verified
    wins over the number recorded with the person (which may be years old); an
    unverified account number is the last resort, the field staying editable."""
    if user.phone and user.phone_verified:
        return user.phone
    person = getattr(user, "person_or_none", None)
    return (person.phone if person else "") or user.phone or ""


def identity_address(user) -> str:
    """The contact address the person keeps on the profile page.

    Read through the one-to-one relation ``user.contact_details`` (the row of
    ``services.ContactDetails``) so that eforms imports nothing from services; a
    user without the row (its related-object error is an ``AttributeError``) has no
    address."""
    details = getattr(user, "contact_details", None)
    return (details.address if details is not None else "").strip()


# The field types an identity attribute can be written into.
IDENTITY_FIELD_TYPES = {
    "name": {"text", "long_text"},
    "phone": {"text", "long_text", "phone"},
    "email": {"text", "long_text", "email"},
    "address": {"text", "long_text", "address"},
}


def identity_field_value(spec: dict, attribute: str, value: str) -> Any:
    """``value`` of the identity ``attribute`` as the form field ``spec`` stores
    it, validated as the form would validate it; None when it does not fit (a type
    that cannot hold it, too long, against the field's pattern, an address that
    does not name its county)."""
    from ..field_types import make_field

    kind = spec.get("type")
    if kind not in IDENTITY_FIELD_TYPES.get(attribute, ()):
        return None
    if kind == "address":
        return address_from_text(
            value,
            detail_max=spec.get("max_length") or 200,
            detail_required=bool(spec.get("required"))
            and spec.get("detail_required", True),
        )
    try:
        cleaned = make_field(spec, required=True).clean(value)
    except ValidationError:
        return None
    return cleaned


def address_from_text(  # noqa: C901
    text: str, *, detail_max: int = 200, detail_required: bool = True
) -> dict | None:
    """A one-line address (``示范省榕城市鼓楼区一路1号``) as an address field stores
    it: ``{"province", "city", "county", "detail", "text"}``, the codes found from
    the region names it begins with (the province and the city may be left out when
    the county alone is unambiguous).

    None when the county cannot be told: the region codes are not guessed, nor are
    an earlier answer's codes kept with a new street, since the new street may lie
    in another county and the record would then state an address nobody gave."""
    from ..selectors import regions

    text = (text or "").strip()
    if not text:
        return None
    rows = regions()
    by_code = {row["code"]: row for row in rows}

    def starting(rest: str, level: str, accept) -> list[dict]:
        return [
            row
            for row in rows
            if row["level"] == level and rest.startswith(row["name"]) and accept(row)
        ]

    found: dict[str, str] = {}  # county code -> the rest after its name
    for province in [None, *starting(text, "province", lambda row: True)]:
        after_province = text[len(province["name"]) :] if province else text
        cities = starting(
            after_province,
            "city",
            lambda row, p=province: p is None or row["parent"] == p["code"],
        )
        for city in [None, *cities]:
            rest = after_province[len(city["name"]) :] if city else after_province

            def in_chain(row, p=province, c=city) -> bool:
                parent = by_code.get(row["parent"])
                if parent is None:
                    return False
                if c is not None:
                    return parent["code"] == c["code"]
                return p is None or parent["parent"] == p["code"]

            for county in starting(rest, "county", in_chain):
                remainder = rest[len(county["name"]) :]
                previous = found.get(county["code"])
                if previous is None or len(remainder) < len(previous):
                    found[county["code"]] = remainder
    if len(found) != 1:
        return None
    ((county_code, remainder),) = found.items()
    county = by_code[county_code]
    city = by_code[county["parent"]]
    province = by_code.get(city["parent"])
    if province is None:
        return None
    detail = remainder.strip()
    if len(detail) > detail_max or (detail_required and not detail):
        return None
    names = province["name"] + city["name"] + county["name"]
    return {
        "province": province["code"],
        "city": city["code"],
        "county": county["code"],
        "detail": detail,
        "text": names + detail,
    }


class RegistrySource(PrefillSource):
    read_only = True

    def subject(self, *, user, organisation) -> str | None:
        raise NotImplementedError

    def transform(self, data: dict[str, Any]) -> dict[str, Any]:
        return data

    def fetch(self, *, user, organisation, attributes: list[str]) -> dict[str, Any]:
        subject = self.subject(user=user, organisation=organisation)
        if not subject:
            return {}
        fields = sorted({self.resource_fields[name] for name in attributes})
        try:
            result = exchange.query(
                self.resource,
                subject,
                requester=REQUESTER,
                purpose=PURPOSE,
                fields=fields,
                user=user,
            )
        except ShareError as error:
            logger.warning(
                "prefill: %s refused (%s, access record %s)",
                self.resource,
                error.code,
                error.audit_id,
            )
            return {}
        data = self.transform(dict(result.data))
        values = {}
        for name in attributes:
            value = data.get(self.resource_fields[name])
            if value not in (None, ""):
                values[name] = str(value)
        return values


@registry.register
class PopulationSource(RegistrySource):
    code = "population"
    label = _("population registry")
    resource = "population.person"
    attributes = {
        "name": _("name"),
        "resident_id": _("resident ID number (masked)"),
        "address": _("registered address"),
        "household_number": _("household number"),
        "relation_to_head": _("relation to household head"),
    }
    resource_fields = {name: name for name in attributes}

    def subject(self, *, user, organisation) -> str | None:
        person = getattr(user, "person_or_none", None)
        return person.reveal_identifier() if person else None

    def transform(self, data: dict[str, Any]) -> dict[str, Any]:
        if data.get("resident_id"):
            # Never shown or stored in full on a form.
            data["resident_id"] = protection.mask(str(data["resident_id"]))
        return data


@registry.register
class LegalEntitySource(RegistrySource):
    code = "legal_entity"
    label = _("legal entity registry")
    resource = "legal-entity.basic"
    attributes = {
        "name": _("company name"),
        "credit_code": _("unified social credit code"),
        "legal_representative_name": _("legal representative"),
        "address": _("registered address"),
    }
    resource_fields = {name: name for name in attributes}

    def subject(self, *, user, organisation) -> str | None:
        return organisation.reveal_identifier() if organisation else None
