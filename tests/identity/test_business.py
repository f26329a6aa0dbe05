import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from identity.actions import business
from identity.models import AgentGrant, OrganisationLink, OrganisationMember
from sharing.models import AccessRecord

from .business_support import (
    COMPANY_CODE,
    in_days,
    organisation_with_admin,
    registry_company,
    representative,
    unverified_user,
    verified_user,
)

pytestmark = pytest.mark.django_db


def _role(organisation, user):
    member = OrganisationMember.objects.filter(
        organisation=organisation, user=user
    ).first()
    return member.role if member else None


def test_representative_becomes_administrator_at_once():
    person = representative()
    registry_company(person)
    link = business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    assert link.status == OrganisationLink.Status.APPROVED
    assert link.organisation.name == "示范数字科技有限公司"
    assert link.organisation.legal_representative == person
    assert _role(link.organisation, person.user) == "admin"


def test_link_queries_the_registry_with_an_audit_record():
    person = representative()
    registry_company(person)
    business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    record = AccessRecord.objects.get(resource_code="legal-entity.basic")
    assert record.user == person.user
    assert record.requester_code == "citizen-portal"
    assert record.outcome == AccessRecord.Outcome.ALLOWED


def test_link_stores_no_plain_credit_code():
    person = representative()
    registry_company(person)
    link = business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    assert COMPANY_CODE not in link.credit_code_masked
    assert COMPANY_CODE not in link.credit_code_hash


def test_same_masked_id_with_another_name_is_not_the_representative():
    person = representative(name="王建国")
    registry_company(person)
    person.name = "王建军"
    person.save()
    link = business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    assert link.status == OrganisationLink.Status.PENDING


def test_other_user_link_waits_for_approval():
    organisation, _admin = organisation_with_admin()
    user = verified_user()
    link = business.link_credit_code(user=user, credit_code=COMPANY_CODE)
    assert link.status == OrganisationLink.Status.PENDING
    assert link.organisation == organisation
    assert _role(organisation, user) is None


def test_pending_link_before_representative_is_attached_when_they_link():
    person = representative()
    registry_company(person)
    early = business.link_credit_code(user=verified_user(), credit_code=COMPANY_CODE)
    assert early.organisation is None
    link = business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    early.refresh_from_db()
    assert early.organisation == link.organisation


def test_administrator_approves_link_and_requester_becomes_administrator():
    organisation, admin = organisation_with_admin()
    user = verified_user()
    link = business.link_credit_code(user=user, credit_code=COMPANY_CODE)
    business.link_approve(link=link, decided_by=admin)
    link.refresh_from_db()
    assert link.status == OrganisationLink.Status.APPROVED
    assert link.decided_by == admin
    assert _role(organisation, user) == "admin"


def test_administrator_rejects_link():
    organisation, admin = organisation_with_admin()
    user = verified_user()
    link = business.link_credit_code(user=user, credit_code=COMPANY_CODE)
    business.link_reject(link=link, decided_by=admin)
    link.refresh_from_db()
    assert link.status == OrganisationLink.Status.REJECTED
    assert _role(organisation, user) is None


def test_stranger_cannot_approve_link():
    organisation_with_admin()
    link = business.link_credit_code(user=verified_user(), credit_code=COMPANY_CODE)
    with pytest.raises(PermissionDenied):
        business.link_approve(link=link, decided_by=verified_user())


def test_decided_link_cannot_be_decided_again():
    _organisation, admin = organisation_with_admin()
    link = business.link_credit_code(user=verified_user(), credit_code=COMPANY_CODE)
    business.link_reject(link=link, decided_by=admin)
    with pytest.raises(business.BusinessError):
        business.link_approve(link=link, decided_by=admin)


def test_invalid_credit_code_is_refused_with_a_message():
    with pytest.raises(business.BusinessError) as error:
        business.link_credit_code(user=verified_user(), credit_code="91350102ABC")
    assert "credit_code" in error.value.message_dict


def test_unknown_company_is_refused():
    with pytest.raises(business.BusinessError) as error:
        business.link_credit_code(user=verified_user(), credit_code=COMPANY_CODE)
    assert "credit_code" in error.value.message_dict


def test_deregistered_company_cannot_be_linked():
    person = representative()
    record = registry_company(person)
    record.status = record.Status.DEREGISTERED
    record.save()
    with pytest.raises(business.BusinessError):
        business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)


def test_second_open_link_for_the_same_code_is_refused():
    user = verified_user()
    registry_company(representative())
    business.link_credit_code(user=user, credit_code=COMPANY_CODE)
    with pytest.raises(business.BusinessError):
        business.link_credit_code(user=user, credit_code=COMPANY_CODE)


def test_administrator_grants_agent_with_expiry_and_service():
    organisation, admin = organisation_with_admin()
    agent = verified_user()
    grant = business.agent_grant(
        organisation=organisation,
        agent=agent,
        granted_by=admin,
        expires_at=in_days(30),
        service_code="TEST-0001",
    )
    assert grant.is_in_force()
    assert grant.service_code == "TEST-0001"
    assert grant.granted_by == admin
    assert _role(organisation, agent) == "agent"


def test_agent_cannot_grant_agents():
    organisation, admin = organisation_with_admin()
    agent = verified_user()
    business.agent_grant(
        organisation=organisation, agent=agent, granted_by=admin, expires_at=in_days(9)
    )
    with pytest.raises(PermissionDenied):
        business.agent_grant(
            organisation=organisation,
            agent=verified_user(),
            granted_by=agent,
            expires_at=in_days(9),
        )


def test_grant_expiry_must_be_in_the_future():
    organisation, admin = organisation_with_admin()
    with pytest.raises(business.BusinessError) as error:
        business.agent_grant(
            organisation=organisation,
            agent=verified_user(),
            granted_by=admin,
            expires_at=in_days(-1),
        )
    assert "expires_at" in error.value.message_dict


def test_grant_to_unverified_user_is_refused():
    organisation, admin = organisation_with_admin()
    with pytest.raises(business.BusinessError) as error:
        business.agent_grant(
            organisation=organisation,
            agent=unverified_user(),
            granted_by=admin,
            expires_at=in_days(9),
        )
    assert "agent" in error.value.message_dict


def test_expired_grant_is_not_in_force():
    organisation, admin = organisation_with_admin()
    grant = business.agent_grant(
        organisation=organisation,
        agent=verified_user(),
        granted_by=admin,
        expires_at=in_days(1),
    )
    later = timezone.now() + datetime.timedelta(days=2)
    assert not grant.is_in_force(later)
    assert not AgentGrant.objects.in_force(later).filter(pk=grant.pk).exists()


def test_revocation_ends_grant_and_membership():
    organisation, admin = organisation_with_admin()
    agent = verified_user()
    grant = business.agent_grant(
        organisation=organisation, agent=agent, granted_by=admin, expires_at=in_days(9)
    )
    grant = business.agent_revoke(grant=grant, revoked_by=admin)
    assert grant.revoked_by == admin
    assert not grant.is_in_force()
    assert _role(organisation, agent) is None


def test_revoking_twice_is_refused():
    organisation, admin = organisation_with_admin()
    grant = business.agent_grant(
        organisation=organisation,
        agent=verified_user(),
        granted_by=admin,
        expires_at=in_days(9),
    )
    business.agent_revoke(grant=grant, revoked_by=admin)
    with pytest.raises(business.BusinessError):
        business.agent_revoke(grant=grant, revoked_by=admin)


def test_stranger_cannot_revoke():
    organisation, admin = organisation_with_admin()
    grant = business.agent_grant(
        organisation=organisation,
        agent=verified_user(),
        granted_by=admin,
        expires_at=in_days(9),
    )
    with pytest.raises(PermissionDenied):
        business.agent_revoke(grant=grant, revoked_by=verified_user())


def test_representative_is_not_recognised_from_a_masked_id():
    from sharing.models import Grant

    person = representative()
    registry_company(person)
    grant = Grant.objects.get(
        requester__code="citizen-portal", resource__code="legal-entity.basic"
    )
    grant.status = Grant.Status.REVOKED
    grant.save()
    link = business.link_credit_code(user=person.user, credit_code=COMPANY_CODE)
    assert link.status == OrganisationLink.Status.PENDING
