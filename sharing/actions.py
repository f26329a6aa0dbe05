"""Write use-cases of the sharing workflow: requests for conditional resources and
their decisions, and data-quality discrepancies.

A requesting system's operator files a request; a steward of the resource's
provider decides it::

    grant_request --> pending --grant_approve--> approved --grant_revoke--> revoked
                         |
                         +-----grant_reject----> rejected

The exchange (``sharing.exchange.query``) looks for an approved, unexpired grant on
every query, so approval opens access and revocation or expiry closes it at once.

A discrepancy is reported by a requesting system on behalf of a user (identity and
e-forms call ``discrepancy_report``); the provider's steward traces it and resolves
it as corrected, confirmed or rejected with a resolution that the reporter reads.

Every function is keyword-only and transactional, checks permission first
(``PermissionDenied``) and then the rules (``SharingActionError``, a
``ValidationError`` whose messages are keyed by argument name where one is at fault).
"""

import datetime
from collections.abc import Iterable

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import protection, selectors
from .exchange import SUBJECT_VALIDATORS
from .models import Discrepancy, Grant, RequesterSystem, Resource, ShareClass

MAX_GRANT_YEARS = 3
PURPOSE_MAX_LENGTH = 300
NOTE_MAX_LENGTH = 2000
RESOLVED_STATUSES = (
    Discrepancy.Status.CORRECTED,
    Discrepancy.Status.CONFIRMED,
    Discrepancy.Status.REJECTED,
)


class SharingActionError(ValidationError):
    """The rules refuse the action. Messages are keyed by the argument at fault
    (``error.message_dict``) or, for the state of the object, not keyed."""


def _add_years(moment: datetime.datetime, years: int) -> datetime.datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def _required(value: str, max_length: int) -> tuple[str, str | None]:
    value = (value or "").strip()
    if not value:
        return value, _("Fill this in.")
    if len(value) > max_length:
        return value, _("Keep this to %(max)d characters.") % {"max": max_length}
    return value, None


def _require_steward(user: AbstractUser, resource: Resource) -> None:
    if not selectors.is_steward(user, resource.provider):
        raise PermissionDenied


def _locked_grant(grant: Grant, *expected: str) -> Grant:
    locked = (
        Grant.objects.select_for_update()
        .select_related("resource__provider", "requester")
        .get(pk=grant.pk)
    )
    if locked.status not in expected:
        raise SharingActionError(
            _("This request is %(status)s; that action is no longer possible.")
            % {"status": selectors.GRANT_STATUS_LABELS[locked.status]},
            code="state",
        )
    return locked


@transaction.atomic
def grant_request(  # noqa: PLR0913
    *,
    requester: RequesterSystem,
    resource: Resource,
    fields: Iterable[str],
    purpose: str,
    legal_basis: str,
    expires_at: datetime.datetime,
    requested_by: AbstractUser,
) -> Grant:
    """File a pending request of ``requester`` for ``fields`` of a conditional
    resource; only an operator of the system (or a superuser) may."""
    if not selectors.is_operator(requested_by, requester):
        raise PermissionDenied
    errors: dict[str, str] = {}
    if resource.share_class != ShareClass.CONDITIONAL or not resource.is_active:
        errors["resource"] = _(
            "Only active resources shared on conditions are requested: "
            "unconditional ones are open to every registered system and "
            "unshared ones are never given."
        )
    names = list(dict.fromkeys(str(name) for name in fields))
    known = set(resource.fields.values_list("name", flat=True))
    unknown = [name for name in names if name not in known]
    if not names:
        errors["fields"] = _("Choose at least one field.")
    elif unknown:
        errors["fields"] = _("Not fields of this resource: %(fields)s.") % {
            "fields": ", ".join(unknown)
        }
    purpose, error = _required(purpose, PURPOSE_MAX_LENGTH)
    if error:
        errors["purpose"] = error
    legal_basis, error = _required(legal_basis, NOTE_MAX_LENGTH)
    if error:
        errors["legal_basis"] = error
    now = timezone.now()
    if expires_at <= now:
        errors["expires_at"] = _("The expiry must be in the future.")
    elif expires_at > _add_years(now, MAX_GRANT_YEARS):
        errors["expires_at"] = _("A grant may run for at most %(years)d years.") % {
            "years": MAX_GRANT_YEARS
        }
    if errors:
        raise SharingActionError(errors)
    return Grant.objects.create(
        requester=requester,
        resource=resource,
        fields=names,
        purpose=purpose,
        legal_basis=legal_basis,
        valid_from=now,
        expires_at=expires_at,
        status=Grant.Status.PENDING,
        requested_by=requested_by,
    )


@transaction.atomic
def grant_approve(
    *,
    grant: Grant,
    steward: AbstractUser,
    note: str = "",
    unmasked_fields: Iterable[str] = (),
) -> Grant:
    """Approve a pending request: access opens now, until the requested expiry.
    ``unmasked_fields`` (a subset of the requested fields) are returned unmasked."""
    _require_steward(steward, grant.resource)
    grant = _locked_grant(grant, Grant.Status.PENDING)
    unmasked = list(dict.fromkeys(str(name) for name in unmasked_fields))
    outside = [name for name in unmasked if name not in grant.fields]
    if outside:
        raise SharingActionError(
            {
                "unmasked_fields": _("Not among the requested fields: %(fields)s.")
                % {"fields": ", ".join(outside)}
            }
        )
    if len(note or "") > NOTE_MAX_LENGTH:
        raise SharingActionError(
            {"note": _("Keep this to %(max)d characters.") % {"max": NOTE_MAX_LENGTH}}
        )
    now = timezone.now()
    if grant.expires_at <= now:
        raise SharingActionError(
            _("The requested expiry has passed; the system must file a new request."),
            code="expired",
        )
    grant.status = Grant.Status.APPROVED
    grant.unmasked_fields = unmasked
    grant.valid_from = now
    grant.decided_by = steward
    grant.decided_at = now
    grant.decision_note = (note or "").strip()
    grant.save(
        update_fields=[
            "status",
            "unmasked_fields",
            "valid_from",
            "decided_by",
            "decided_at",
            "decision_note",
        ]
    )
    return grant


@transaction.atomic
def grant_reject(*, grant: Grant, steward: AbstractUser, note: str) -> Grant:
    """Reject a pending request, saying why."""
    _require_steward(steward, grant.resource)
    note, error = _required(note, NOTE_MAX_LENGTH)
    if error:
        raise SharingActionError({"note": error})
    grant = _locked_grant(grant, Grant.Status.PENDING)
    grant.status = Grant.Status.REJECTED
    grant.decided_by = steward
    grant.decided_at = timezone.now()
    grant.decision_note = note
    grant.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return grant


@transaction.atomic
def grant_revoke(*, grant: Grant, steward: AbstractUser, note: str) -> Grant:
    """Revoke an approved grant, saying why; the next query is refused."""
    _require_steward(steward, grant.resource)
    note, error = _required(note, NOTE_MAX_LENGTH)
    if error:
        raise SharingActionError({"note": error})
    grant = _locked_grant(grant, Grant.Status.APPROVED)
    grant.status = Grant.Status.REVOKED
    grant.revoked_by = steward
    grant.revoked_at = timezone.now()
    grant.revocation_note = note
    grant.save(update_fields=["status", "revoked_by", "revoked_at", "revocation_note"])
    return grant


@transaction.atomic
def discrepancy_report(  # noqa: PLR0913
    *,
    resource: Resource,
    subject: str,
    field_name: str,
    reported_value: str,
    note: str = "",
    reporter_system: RequesterSystem,
    reported_by: AbstractUser | None,
) -> Discrepancy:
    """Record that ``field_name`` of ``subject`` in ``resource`` looks wrong.

    The subject is validated as the exchange validates it and kept only as a keyed
    hash and a masked form."""
    errors: dict[str, object] = {}
    if not reporter_system.is_active:
        errors["reporter_system"] = _("This requesting system is disabled.")
    try:
        subject = SUBJECT_VALIDATORS[resource.subject_type](subject)
    except ValidationError as error:
        errors["subject"] = error.messages
    if not resource.fields.filter(name=field_name).exists():
        errors["field_name"] = _("Not a field of this resource.")
    reported_value, error = _required(
        reported_value,
        Discrepancy._meta.get_field("reported_value").max_length,
    )
    if error:
        errors["reported_value"] = error
    note = (note or "").strip()
    if len(note) > NOTE_MAX_LENGTH:
        errors["note"] = _("Keep this to %(max)d characters.") % {
            "max": NOTE_MAX_LENGTH
        }
    if errors:
        raise SharingActionError(errors)
    return Discrepancy.objects.create(
        resource=resource,
        subject_hash=protection.keyed_hash(subject),
        subject_masked=protection.mask(subject),
        field_name=field_name,
        reported_value=reported_value,
        note=note,
        reporter_system=reporter_system,
        reported_by=reported_by if getattr(reported_by, "pk", None) else None,
    )


@transaction.atomic
def discrepancy_resolve(
    *,
    discrepancy: Discrepancy,
    steward: AbstractUser,
    status: str,
    resolution: str,
) -> Discrepancy:
    """Close an open discrepancy as corrected, confirmed or rejected; the
    resolution is what the reporter reads."""
    _require_steward(steward, discrepancy.resource)
    errors: dict[str, str] = {}
    if status not in RESOLVED_STATUSES:
        errors["status"] = _("Choose corrected, confirmed or rejected.")
    resolution, error = _required(resolution, NOTE_MAX_LENGTH)
    if error:
        errors["resolution"] = error
    if errors:
        raise SharingActionError(errors)
    locked = Discrepancy.objects.select_for_update().get(pk=discrepancy.pk)
    if locked.status != Discrepancy.Status.OPEN:
        raise SharingActionError(
            _("This report is already resolved (%(status)s).")
            % {"status": selectors.DISCREPANCY_STATUS_LABELS[locked.status]},
            code="state",
        )
    locked.status = status
    locked.resolution = resolution
    locked.resolved_by = steward
    locked.resolved_at = timezone.now()
    locked.save(update_fields=["status", "resolution", "resolved_by", "resolved_at"])
    return locked
