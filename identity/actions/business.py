"""Business actions: linking a company by its unified social credit code, deciding
pending links, and appointing agents.

Flow of ``link_credit_code``:

1. validate the code (checksums included) with ``sharing.identifiers``;
2. read ``legal-entity.basic`` through the exchange (purpose and audit record);
   a deregistered or revoked entity cannot be linked;
3. compare the registry's legal representative with the user's person: the portal's
   grant on this resource unmasks the representative's ID, which is compared by
   keyed hash, together with the exact name. Should the ID come back masked (no
   grant in force), nothing is matched and the link waits for approval: a masked ID
   could belong to someone else;
4. on a match the user becomes the organisation's administrator at once (the
   ``Organisation`` is created if new, and earlier pending links for the same code are
   attached to it); otherwise the link waits for an administrator or the legal
   representative to approve it (approval makes the requester an administrator).

Agents are appointed by an administrator per organisation, optionally for one
service, until an expiry; revocation or expiry ends the power to act at once (see
``identity.acting``). Every function is keyword-only and transactional, checks
permission first (``PermissionDenied``), then the rules (``BusinessError``).
"""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from identity.models import (
    AgentGrant,
    Organisation,
    OrganisationLink,
    OrganisationMember,
    User,
)
from sharing import exchange, identifiers, protection
from sharing.errors import ShareError

REQUESTER = "citizen-portal"
LINK_PURPOSE = "企业身份关联：核验法定代表人"
ACTIVE_ENTITY_STATUS = "active"
MAX_AGENT_YEARS = 3
SERVICE_CODE_MAX_LENGTH = 64


class BusinessError(ValidationError):
    """The rules refuse the action; messages keyed by argument where one is at
    fault."""


def _is_administrator(user: User, organisation: Organisation) -> bool:
    return OrganisationMember.objects.filter(
        organisation=organisation,
        user=user,
        role=OrganisationMember.Role.ADMINISTRATOR,
    ).exists()


def _is_representative(user: User, organisation: Organisation) -> bool:
    person = user.person_or_none
    return person is not None and organisation.legal_representative_id == person.pk


def may_decide_links(user: User, organisation: Organisation) -> bool:
    """Administrators and the legal representative decide pending links."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return _is_administrator(user, organisation) or _is_representative(
        user, organisation
    )


def may_manage_agents(user: User, organisation: Organisation) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return _is_administrator(user, organisation)


def representative_matches(person, data: dict) -> bool:
    """Whether the registry's representative is ``person``: the resident ID (by
    keyed hash) and the exact name must both agree."""
    if person is None:
        return False
    registry_id = str(data.get("legal_representative_id") or "")
    registry_name = str(data.get("legal_representative_name") or "").strip()
    if not registry_id or not registry_name:
        return False
    if "*" in registry_id:
        return False
    id_matches = protection.keyed_hash(registry_id) == person.identifier_hash
    return id_matches and registry_name == person.name.strip()


def _make_administrator(user: User, organisation: Organisation) -> None:
    OrganisationMember.objects.update_or_create(
        organisation=organisation,
        user=user,
        defaults={"role": OrganisationMember.Role.ADMINISTRATOR},
    )


@transaction.atomic
def link_credit_code(*, user: User, credit_code: str) -> OrganisationLink:
    """Link ``user`` to the company with ``credit_code``: approved at once for its
    legal representative, pending otherwise."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        raise PermissionDenied
    try:
        code = identifiers.validate_credit_code(credit_code)
    except ValidationError as error:
        raise BusinessError({"credit_code": error.messages}) from None
    code_hash = protection.keyed_hash(code)
    if OrganisationLink.objects.filter(
        user=user,
        credit_code_hash=code_hash,
        status__in=[OrganisationLink.Status.PENDING, OrganisationLink.Status.APPROVED],
    ).exists():
        raise BusinessError(
            {"credit_code": _("You have already linked or requested this company.")}
        )
    try:
        result = exchange.query(
            "legal-entity.basic",
            code,
            requester=REQUESTER,
            purpose=LINK_PURPOSE,
            fields=[
                "name",
                "legal_representative_name",
                "legal_representative_id",
                "status",
            ],
            user=user,
        )
    except ShareError as error:
        raise BusinessError(
            {
                "credit_code": _("The registry could not confirm this code: %(reason)s")
                % {"reason": error.message}
            }
        ) from None
    data = result.data
    if data.get("status") and data["status"] != ACTIVE_ENTITY_STATUS:
        raise BusinessError(
            {"credit_code": _("The registry lists this company as not in operation.")}
        )
    organisation = Organisation.objects.by_credit_code(code).first()
    person = user.person_or_none
    now = timezone.now()
    if representative_matches(person, data):
        if organisation is None:
            organisation = Organisation(name=data["name"], legal_representative=person)
            organisation.set_identifier(code)
            organisation.save()
        elif organisation.legal_representative_id != person.pk:
            # The registry changed its representative since the row was created.
            organisation.legal_representative = person
            organisation.name = data["name"]
            organisation.save(update_fields=["legal_representative", "name"])
        _make_administrator(user, organisation)
        OrganisationLink.objects.filter(
            credit_code_hash=code_hash, organisation__isnull=True
        ).update(organisation=organisation)
        return OrganisationLink.objects.create(
            user=user,
            organisation=organisation,
            credit_code_hash=code_hash,
            credit_code_masked=protection.mask(code),
            entity_name=data["name"],
            status=OrganisationLink.Status.APPROVED,
            decided_at=now,
        )
    return OrganisationLink.objects.create(
        user=user,
        organisation=organisation,
        credit_code_hash=code_hash,
        credit_code_masked=protection.mask(code),
        entity_name=data.get("name") or "",
        status=OrganisationLink.Status.PENDING,
    )


def _decide(link: OrganisationLink, decided_by: User, status: str) -> OrganisationLink:
    locked = (
        OrganisationLink.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=link.pk)
    )
    if locked.organisation is None or not may_decide_links(
        decided_by, locked.organisation
    ):
        raise PermissionDenied
    if locked.status != OrganisationLink.Status.PENDING:
        raise BusinessError(_("This request has already been decided."), code="state")
    if locked.user_id == decided_by.pk:
        raise PermissionDenied
    locked.status = status
    locked.decided_by = decided_by
    locked.decided_at = timezone.now()
    locked.save(update_fields=["status", "decided_by", "decided_at"])
    return locked


@transaction.atomic
def link_approve(*, link: OrganisationLink, decided_by: User) -> OrganisationLink:
    """Approve a pending link: its requester becomes an administrator."""
    link = _decide(link, decided_by, OrganisationLink.Status.APPROVED)
    _make_administrator(link.user, link.organisation)
    return link


@transaction.atomic
def link_reject(*, link: OrganisationLink, decided_by: User) -> OrganisationLink:
    return _decide(link, decided_by, OrganisationLink.Status.REJECTED)


@transaction.atomic
def agent_grant(  # noqa: PLR0913
    *,
    organisation: Organisation,
    agent: User,
    granted_by: User,
    expires_at: datetime.datetime,
    service_code: str = "",
    valid_from: datetime.datetime | None = None,
) -> AgentGrant:
    """Let ``agent`` act for ``organisation`` (for ``service_code`` only, if given)
    from ``valid_from`` (default now) until ``expires_at``."""
    if not may_manage_agents(granted_by, organisation):
        raise PermissionDenied
    errors: dict[str, object] = {}
    now = timezone.now()
    valid_from = valid_from or now
    if agent.pk == granted_by.pk or _is_administrator(agent, organisation):
        errors["agent"] = _("Administrators already act for the organisation.")
    elif not agent.is_active:
        errors["agent"] = _("This account is disabled.")
    elif agent.person_or_none is None:
        errors["agent"] = _("The agent must first verify their identity.")
    service_code = (service_code or "").strip()
    if len(service_code) > SERVICE_CODE_MAX_LENGTH:
        errors["service_code"] = _("Keep this to %(max)d characters.") % {
            "max": SERVICE_CODE_MAX_LENGTH
        }
    if expires_at <= max(now, valid_from):
        errors["expires_at"] = _("The expiry must be in the future.")
    elif expires_at > valid_from + datetime.timedelta(days=365 * MAX_AGENT_YEARS):
        errors["expires_at"] = _(
            "An agent may be appointed for at most %(years)d years."
        ) % {"years": MAX_AGENT_YEARS}
    if errors:
        raise BusinessError(errors)
    OrganisationMember.objects.get_or_create(
        organisation=organisation,
        user=agent,
        defaults={"role": OrganisationMember.Role.AGENT},
    )
    return AgentGrant.objects.create(
        organisation=organisation,
        agent=agent,
        service_code=service_code,
        valid_from=valid_from,
        expires_at=expires_at,
        granted_by=granted_by,
    )


@transaction.atomic
def agent_revoke(*, grant: AgentGrant, revoked_by: User) -> AgentGrant:
    """Revoke a grant now; the agent leaves the organisation's members when no
    other grant of theirs is in force or still to start."""
    locked = (
        AgentGrant.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=grant.pk)
    )
    if not may_manage_agents(revoked_by, locked.organisation):
        raise PermissionDenied
    if locked.revoked_at is not None:
        raise BusinessError(_("This appointment is already revoked."), code="state")
    now = timezone.now()
    locked.revoked_at = now
    locked.revoked_by = revoked_by
    locked.save(update_fields=["revoked_at", "revoked_by"])
    still_appointed = AgentGrant.objects.filter(
        organisation=locked.organisation,
        agent_id=locked.agent_id,
        revoked_at__isnull=True,
        expires_at__gt=now,
    ).exists()
    if not still_appointed:
        OrganisationMember.objects.filter(
            organisation=locked.organisation,
            user_id=locked.agent_id,
            role=OrganisationMember.Role.AGENT,
        ).delete()
    return locked
