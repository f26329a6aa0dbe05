"""The built-in prefill sources.

- ``identity``: what the applicant's own account says (name, phone, email,
  address); editable, since the person keeps it themselves.
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
            "phone": (person.phone if person else "") or user.phone,
            "email": user.email,
            # Person gains an address with the profile page ("My Portal").
            "address": getattr(person, "address", "") or "",
        }
        return {key: values[key] for key in attributes if values.get(key)}


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
