"""The one query function every app (and the HTTP API) uses to read shared data.

Flow of ``query(resource, subject, requester=..., purpose=...)``:

1. identify the requesting system and check the declared purpose;
2. find the resource in the catalogue and validate the subject identifier by the
   resource's subject type (checksums included);
3. apply the share class: NONE is never returned; CONDITIONAL needs a grant in force
   for this requester (approved, started, not expired, not revoked), and only the
   fields the grant names are returned; UNCONDITIONAL is open to every registered
   requester (a grant there only unmasks the fields it names);
4. fetch the record from the resource's backend (local registry or remote exchange);
5. mask each field by its rule unless the grant lists it unmasked, and withhold
   WITHHOLD fields that are not granted;
6. write one append-only access record, whatever the outcome, with the subject as a
   keyed hash; refusals raise a ``ShareError`` carrying that record's id.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from . import backends, catalogue_cache, identifiers, protection
from .errors import (
    InvalidSubject,
    MissingPurpose,
    NoGrant,
    NotShared,
    ShareError,
    SubjectNotFound,
    UnknownField,
    UnknownRequester,
    UnknownResource,
)
from .masking import mask_value
from .models import (
    AccessRecord,
    Grant,
    MaskRule,
    RequesterSystem,
    Resource,
    ShareClass,
    SubjectType,
)

SUBJECT_VALIDATORS = {
    SubjectType.RESIDENT_ID: identifiers.validate_resident_id,
    SubjectType.CREDIT_CODE: identifiers.validate_credit_code,
    SubjectType.SOCIAL_SECURITY_CARD: identifiers.validate_card_number,
    SubjectType.HEALTH_CARD: identifiers.validate_card_number,
}


@dataclass(frozen=True)
class ShareResult:
    resource: str
    subject_masked: str
    data: dict[str, Any]
    masked: dict[str, str] = field(default_factory=dict)
    withheld: dict[str, str] = field(default_factory=dict)
    audit_id: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "resource": self.resource,
            "subject": self.subject_masked,
            "data": self.data,
            "masked": self.masked,
            "withheld": self.withheld,
            "audit_id": self.audit_id,
        }


@dataclass
class _Audit:
    """Collects what the access record will say while the query proceeds."""

    requester: RequesterSystem | None
    requester_code: str
    user: Any
    resource_code: str
    purpose: str
    channel: str
    fields_requested: list[str]
    resource: Resource | None = None
    subject_hash: str = ""
    grant: Grant | None = None

    def write(
        self, outcome: str, reason: str = "", **fields: list[str]
    ) -> AccessRecord:
        user = self.user if getattr(self.user, "is_authenticated", False) else None
        return AccessRecord.objects.create(
            requester=self.requester,
            requester_code=self.requester_code[:64],
            user=user,
            user_label=str(user.get_username())[:150] if user else "",
            provider_id=self.resource.provider_id if self.resource else None,
            resource=self.resource,
            resource_code=self.resource_code[:64],
            subject_hash=self.subject_hash,
            fields_requested=self.fields_requested,
            purpose=self.purpose[:300],
            grant=self.grant,
            channel=self.channel,
            outcome=outcome,
            reason=reason[:300],
            **fields,
        )

    def refuse(self, error: ShareError, outcome: str = AccessRecord.Outcome.REFUSED):
        record = self.write(outcome, f"{error.code}: {error.message}")
        error.audit_id = record.pk
        return error


def unauthorised_request_record(
    *, system: RequesterSystem, reason: str
) -> AccessRecord:
    """Audit an HTTP request that named ``system`` but failed authentication
    (bad or replayed signature, wrong token): it never reached a resource."""
    return _Audit(
        requester=system,
        requester_code=system.code,
        user=None,
        resource_code="",
        purpose="",
        channel=AccessRecord.Channel.HTTP,
        fields_requested=[],
    ).write(AccessRecord.Outcome.INVALID, f"unauthorized: {reason}")


def query(  # noqa: C901, PLR0913
    resource: str,
    subject: str,
    *,
    requester: RequesterSystem | str,
    purpose: str,
    fields: list[str] | None = None,
    user=None,
    channel: str = AccessRecord.Channel.INTERNAL,
) -> ShareResult:
    """Read ``fields`` (default: all) of ``subject`` from ``resource``.

    Raises a ``ShareError`` subclass when refused; an access record is written
    either way.
    """
    system = _requester(requester)
    audit = _Audit(
        requester=system,
        requester_code=system.code if system else str(requester),
        user=user,
        resource_code=str(resource),
        purpose=(purpose or "").strip(),
        channel=channel,
        fields_requested=[str(name) for name in fields] if fields is not None else [],
    )
    if system is None:
        raise audit.refuse(
            UnknownRequester(_("The requesting system is unknown or disabled.")),
            AccessRecord.Outcome.INVALID,
        )
    if not audit.purpose:
        raise audit.refuse(
            MissingPurpose(_("State the purpose of the query.")),
            AccessRecord.Outcome.INVALID,
        )
    catalogue_entry = _resource(str(resource))
    if catalogue_entry is None:
        raise audit.refuse(
            UnknownResource(_("There is no such data resource.")),
            AccessRecord.Outcome.INVALID,
        )
    audit.resource = catalogue_entry
    try:
        subject = SUBJECT_VALIDATORS[catalogue_entry.subject_type](subject)
    except ValidationError as error:
        raise audit.refuse(
            InvalidSubject(" ".join(error.messages)), AccessRecord.Outcome.INVALID
        ) from None
    audit.subject_hash = protection.keyed_hash(subject)

    resource_fields = catalogue_entry.field_map
    wanted = list(resource_fields) if fields is None else list(dict.fromkeys(fields))
    unknown = [name for name in wanted if name not in resource_fields]
    if unknown:
        raise audit.refuse(
            UnknownField(
                _("Unknown fields: %(fields)s.") % {"fields": ", ".join(unknown)}
            ),
            AccessRecord.Outcome.INVALID,
        )
    if catalogue_entry.share_class == ShareClass.NONE:
        raise audit.refuse(NotShared(_("This resource is not shared.")))

    withheld: dict[str, str] = {}
    unmasked: set[str] = set()
    if catalogue_entry.share_class == ShareClass.CONDITIONAL:
        grant = catalogue_cache.grant_in_force(system.pk, catalogue_entry.pk)
        if grant is None:
            raise audit.refuse(
                NoGrant(
                    _("No grant in force allows this system to read this resource.")
                )
            )
        audit.grant = grant
        unmasked = set(grant.unmasked_fields)
        for name in wanted:
            if name not in grant.fields:
                withheld[name] = "not_granted"
    else:
        # Open to every requester; a grant in force only lifts masking on the
        # fields it names (e.g. to compare a legal representative's ID).
        grant = catalogue_cache.grant_in_force(system.pk, catalogue_entry.pk)
        if grant is not None:
            audit.grant = grant
            unmasked = set(grant.unmasked_fields)

    try:
        record = backends.fetch(
            catalogue_entry,
            subject,
            [n for n in wanted if n not in withheld],
            purpose=audit.purpose,
        )
    except ShareError as error:
        raise audit.refuse(error, AccessRecord.Outcome.ERROR) from None
    if record is None:
        raise audit.refuse(
            SubjectNotFound(_("The registry has no record for this subject.")),
            AccessRecord.Outcome.NOT_FOUND,
        )

    data: dict[str, Any] = {}
    masked: dict[str, str] = dict(getattr(record, "masked", {}))
    for name, reason in getattr(record, "withheld", {}).items():
        withheld.setdefault(name, f"remote: {reason}")
    for name in wanted:
        if name in withheld:
            continue
        rule = resource_fields[name].mask_rule
        value = record.get(name)
        if rule == MaskRule.WITHHOLD and name not in unmasked:
            withheld[name] = "sensitive"
            continue
        if rule not in (MaskRule.NONE, MaskRule.WITHHOLD) and name not in unmasked:
            data[name] = mask_value(rule, value)
            masked[name] = rule
        else:
            data[name] = value
    access = audit.write(
        AccessRecord.Outcome.ALLOWED,
        fields_returned=list(data),
        fields_masked=list(masked),
        fields_withheld=list(withheld),
    )
    return ShareResult(
        resource=catalogue_entry.code,
        subject_masked=protection.mask(subject),
        data=data,
        masked=masked,
        withheld=withheld,
        audit_id=access.pk,
    )


def _requester(requester: RequesterSystem | str) -> RequesterSystem | None:
    if isinstance(requester, RequesterSystem):
        return requester if requester.is_active else None
    return catalogue_cache.requester(str(requester))


def _resource(code: str) -> Resource | None:
    return catalogue_cache.resource(code)
