"""Business and privacy pages: what they show, what they do, and that nobody else
reaches another user's objects (404 outside, 403 for a member without the role)."""

import pytest
from django.urls import reverse

from identity import acting
from identity.actions import business, privacy
from identity.models import AgentGrant, Consent, CorrectionRequest, OrganisationLink
from sharing.models import Resource

from .business_support import (
    COMPANY_CODE,
    in_days,
    organisation_with_admin,
    registry_company,
    representative,
    verified_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    organisation, admin = organisation_with_admin()
    agent = verified_user()
    grant = business.agent_grant(
        organisation=organisation, agent=agent, granted_by=admin, expires_at=in_days(9)
    )
    pending = business.link_credit_code(user=verified_user(), credit_code=COMPANY_CODE)
    return {
        "organisation": organisation,
        "admin": admin,
        "agent": agent,
        "grant": grant,
        "pending": pending,
    }


def _privacy_objects(user):
    consent = privacy.consent_record(
        user=user, data="姓名", purpose="表单预填", recipient="示范省公安厅"
    )
    correction = privacy.correction_request(
        user=user,
        resource=Resource.objects.get(code="population.person"),
        field_name="address",
        kind=CorrectionRequest.Kind.DELETION,
    )
    return consent, correction


def test_pages_need_sign_in(client):
    for name in ("identity:business", "identity:privacy"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


def test_business_page_is_chinese(client):
    client.force_login(verified_user())
    response = client.get(reverse("identity:business"))
    assert response.status_code == 200
    assert "我的企业" in response.content.decode()


def test_representative_links_company_from_the_page(client):
    person = representative()
    registry_company(person)
    client.force_login(person.user)
    response = client.post(
        reverse("identity:business_link"), {"credit_code": COMPANY_CODE}, follow=True
    )
    assert response.status_code == 200
    assert "示范数字科技有限公司" in response.content.decode()
    assert person.user.organisations.count() == 1


def test_invalid_code_shows_the_error(client):
    client.force_login(verified_user())
    response = client.post(
        reverse("identity:business_link"), {"credit_code": "123"}, follow=True
    )
    assert "18" in response.content.decode()
    assert not OrganisationLink.objects.exists()


def test_administrator_sees_and_approves_pending_link(client, company):
    client.force_login(company["admin"])
    page = client.get(reverse("identity:business")).content.decode()
    assert reverse("identity:business_link_approve", args=[company["pending"].pk]) in (
        page
    )
    client.post(reverse("identity:business_link_approve", args=[company["pending"].pk]))
    company["pending"].refresh_from_db()
    assert company["pending"].status == OrganisationLink.Status.APPROVED


def test_administrator_appoints_agent_from_the_page(client, company):
    new_agent = verified_user()
    client.force_login(company["admin"])
    response = client.post(
        reverse("identity:business_agent_grant", args=[company["organisation"].pk]),
        {
            "agent_email": new_agent.email,
            "service_code": "TEST-0001",
            "expires_on": in_days(30).date().isoformat(),
        },
    )
    assert response.status_code == 302
    grant = AgentGrant.objects.get(agent=new_agent)
    assert grant.service_code == "TEST-0001"


def test_administrator_revokes_agent_from_the_page(client, company):
    client.force_login(company["admin"])
    client.post(reverse("identity:business_agent_revoke", args=[company["grant"].pk]))
    company["grant"].refresh_from_db()
    assert company["grant"].revoked_at is not None


def test_agent_switches_context_and_pages_show_it(client, company):
    client.force_login(company["agent"])
    client.post(
        reverse("identity:business_switch"),
        {"organisation": company["organisation"].pk},
    )
    assert client.session[acting.SESSION_KEY] == company["organisation"].pk
    page = client.get(reverse("identity:business")).content.decode()
    assert "您正在代表示范数字科技有限公司办理" in page


def test_correction_while_acting_records_on_whose_behalf(client, company):
    client.force_login(company["admin"])
    client.post(
        reverse("identity:business_switch"),
        {"organisation": company["organisation"].pk},
    )
    response = client.post(
        reverse("identity:privacy_correction"),
        {
            "kind": "correction",
            "target": "legal-entity.basic:address",
            "reported_value": "示范省榕城市鼓楼区软件大道90号",
        },
    )
    assert response.status_code == 302
    correction = CorrectionRequest.objects.get(user=company["admin"])
    assert correction.on_behalf_of == company["organisation"]
    assert "示范数字科技有限公司" in correction.on_behalf_label


def test_privacy_page_lists_consents_and_withdraws(client):
    user = verified_user()
    consent, correction = _privacy_objects(user)
    client.force_login(user)
    page = client.get(reverse("identity:privacy")).content.decode()
    assert "表单预填" in page
    assert "删除" in page
    client.post(reverse("identity:privacy_consent_withdraw", args=[consent.pk]))
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None


def test_correction_page_shows_the_outcome(client, django_user_model):
    from sharing import actions as sharing_actions

    user = verified_user()
    _consent, correction = _privacy_objects(user)
    steward = django_user_model.objects.create_superuser("steward", "s@example.com")
    sharing_actions.discrepancy_resolve(
        discrepancy=correction.discrepancy,
        steward=steward,
        status="rejected",
        resolution="户籍地址以公安机关登记为准。",
    )
    client.force_login(user)
    page = client.get(
        reverse("identity:privacy_correction_detail", args=[correction.pk])
    ).content.decode()
    assert "户籍地址以公安机关登记为准。" in page


def test_correction_needs_a_value(client):
    client.force_login(verified_user())
    response = client.post(
        reverse("identity:privacy_correction"),
        {"kind": "correction", "target": "population.person:address"},
    )
    assert response.status_code == 400
    assert not CorrectionRequest.objects.exists()


# Object-level access: another user gets 404 (or 403 as a member without the role).


def test_stranger_gets_404_on_every_business_object(client, company):
    client.force_login(verified_user())
    organisation = company["organisation"]
    for method, url in [
        ("get", reverse("identity:business_organisation", args=[organisation.pk])),
        ("post", reverse("identity:business_agent_grant", args=[organisation.pk])),
        ("post", reverse("identity:business_agent_revoke", args=[company["grant"].pk])),
        (
            "post",
            reverse("identity:business_link_approve", args=[company["pending"].pk]),
        ),
        (
            "post",
            reverse("identity:business_link_reject", args=[company["pending"].pk]),
        ),
    ]:
        assert getattr(client, method)(url).status_code == 404, url
    company["pending"].refresh_from_db()
    assert company["pending"].status == OrganisationLink.Status.PENDING
    assert company["grant"].is_in_force()


def test_stranger_cannot_switch_to_the_organisation(client, company):
    client.force_login(verified_user())
    response = client.post(
        reverse("identity:business_switch"),
        {"organisation": company["organisation"].pk},
    )
    assert response.status_code == 403
    assert acting.SESSION_KEY not in client.session


def test_agent_gets_403_on_administrator_views(client, company):
    client.force_login(company["agent"])
    organisation = company["organisation"]
    for method, url in [
        ("get", reverse("identity:business_organisation", args=[organisation.pk])),
        ("post", reverse("identity:business_agent_grant", args=[organisation.pk])),
        ("post", reverse("identity:business_agent_revoke", args=[company["grant"].pk])),
    ]:
        assert getattr(client, method)(url).status_code == 403, url
    assert (
        client.post(
            reverse("identity:business_link_approve", args=[company["pending"].pk])
        ).status_code
        == 404
    )


def test_requester_cannot_approve_their_own_link(client, company):
    client.force_login(company["pending"].user)
    response = client.post(
        reverse("identity:business_link_approve", args=[company["pending"].pk])
    )
    assert response.status_code == 404


def test_stranger_gets_404_on_every_privacy_object(client):
    consent, correction = _privacy_objects(verified_user())
    client.force_login(verified_user())
    assert (
        client.post(
            reverse("identity:privacy_consent_withdraw", args=[consent.pk])
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("identity:privacy_correction_detail", args=[correction.pk])
        ).status_code
        == 404
    )
    assert Consent.objects.get(pk=consent.pk).withdrawn_at is None
    page = client.get(reverse("identity:privacy")).content.decode()
    assert "表单预填" not in page
