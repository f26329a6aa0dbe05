import uuid

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from applications.actions import application_submit
from applications.lifecycle import ApplicationStateError
from applications.models import Application
from identity import acting
from identity.actions import business
from identity.models import AgentGrant
from services.models import Service
from tests.applications.test_apply_views import apply_url, fill_in, submit, valid_post
from tests.factories import ApplicationFactory, ServiceFactory
from tests.identity.business_support import (
    in_days,
    organisation_with_admin,
    verified_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def business_service():
    return ServiceFactory(audience=Service.Audience.BUSINESS)


@pytest.fixture
def company():
    return organisation_with_admin()


def act_for(client, user, organisation):
    client.force_login(user)
    session = client.session
    session[acting.SESSION_KEY] = organisation.pk
    session.save()


def make_agent(organisation, admin, **kwargs):
    agent = verified_user()
    grant = business.agent_grant(
        organisation=organisation,
        agent=agent,
        granted_by=admin,
        expires_at=in_days(9),
        **kwargs,
    )
    return agent, grant


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def test_application_for_oneself_records_no_organisation(client, citizen, service):
    client.force_login(citizen)
    submit(client, service, fill_in(client, service))
    application = Application.objects.get()
    assert application.on_behalf_of is None
    assert application.on_behalf_label == ""


def test_administrator_acting_for_company_applies_on_its_behalf(
    client, company, business_service
):
    organisation, admin = company
    act_for(client, admin, organisation)
    form_page = client.get(apply_url(business_service)).content.decode()
    assert "apply-on-behalf-of" in form_page
    response = submit(client, business_service, fill_in(client, business_service))
    application = Application.objects.get()
    assert response.status_code == 302
    assert application.applicant == admin
    assert application.on_behalf_of == organisation
    assert organisation.name in application.on_behalf_label
    event = application.events.get(action="submitted")
    assert organisation.name in event.note
    assert "代表" in event.note


def test_citizen_only_service_cannot_be_applied_for_on_behalf_of_a_company(
    client, company, service
):
    organisation, admin = company
    act_for(client, admin, organisation)
    response = client.post(apply_url(service), valid_post())
    assert response.status_code == 302
    assert response["Location"] == service.get_absolute_url()
    assert Application.objects.count() == 0
    assert any("仅面向个人" in m for m in messages_of(response))


def test_agent_whose_grant_is_limited_to_another_service_is_refused(
    client, company, business_service
):
    organisation, admin = company
    other = ServiceFactory(audience=Service.Audience.BUSINESS)
    agent, _grant = make_agent(organisation, admin, service_code=other.code)
    act_for(client, agent, organisation)
    response = client.post(apply_url(business_service), valid_post())
    assert response.status_code == 302
    assert Application.objects.count() == 0
    assert any(organisation.name in m and "不包括" in m for m in messages_of(response))


def test_agent_with_grant_for_the_service_applies_on_behalf(
    client, company, business_service
):
    organisation, admin = company
    agent, _grant = make_agent(organisation, admin, service_code=business_service.code)
    act_for(client, agent, organisation)
    submit(client, business_service, fill_in(client, business_service))
    application = Application.objects.get()
    assert application.applicant == agent
    assert application.on_behalf_of == organisation


def test_submit_action_refuses_an_organisation_the_user_may_not_act_for(
    company, business_service
):
    organisation, _admin = company
    with pytest.raises(PermissionDenied):
        application_submit(
            applicant=verified_user(),
            service=business_service,
            data={},
            submission_key=uuid.uuid4(),
            on_behalf_of=organisation,
        )


def test_submit_action_refuses_citizen_only_service_for_an_organisation(
    company, service
):
    organisation, admin = company
    with pytest.raises(ApplicationStateError):
        application_submit(
            applicant=admin,
            service=service,
            data={},
            submission_key=uuid.uuid4(),
            on_behalf_of=organisation,
        )


def test_my_portal_lists_applications_of_the_organisation_acted_for(
    client, company, business_service
):
    organisation, admin = company
    agent, _grant = make_agent(organisation, admin)
    company_application = ApplicationFactory(
        applicant=admin, service=business_service, on_behalf_of=organisation
    )
    own = ApplicationFactory(applicant=agent)
    act_for(client, agent, organisation)
    numbers = {a.number for a in client.get("/my/").context["applications"]}
    assert numbers == {company_application.number, own.number}
    detail = client.get(company_application.get_absolute_url())
    assert detail.status_code == 200


def test_company_applications_are_hidden_when_acting_for_oneself(
    client, company, business_service
):
    organisation, admin = company
    company_application = ApplicationFactory(
        applicant=admin, service=business_service, on_behalf_of=organisation
    )
    client.force_login(admin)
    numbers = {a.number for a in client.get("/my/").context["applications"]}
    assert company_application.number not in numbers


def test_agent_whose_grant_expired_no_longer_sees_company_applications(
    client, company, business_service
):
    organisation, admin = company
    agent, grant = make_agent(organisation, admin)
    application = ApplicationFactory(
        applicant=agent, service=business_service, on_behalf_of=organisation
    )
    act_for(client, agent, organisation)
    assert client.get(application.get_absolute_url()).status_code == 200
    AgentGrant.objects.filter(pk=grant.pk).update(
        valid_from=in_days(-3), expires_at=in_days(-1)
    )
    assert client.get(application.get_absolute_url()).status_code == 404
    numbers = {a.number for a in client.get("/my/").context["applications"]}
    assert application.number not in numbers


def test_desk_detail_shows_on_whose_behalf(client, staff_user, company):
    organisation, admin = company
    application = ApplicationFactory(
        applicant=admin,
        service=ServiceFactory(audience=Service.Audience.BUSINESS),
        on_behalf_of=organisation,
    )
    client.force_login_mfa(staff_user)
    response = client.get(reverse("desk:detail", args=[application.number]))
    content = response.content.decode()
    assert "代表" in content
    assert organisation.name in content
