import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from identity.acting import SESSION_KEY
from identity.models import AgentGrant, Organisation, OrganisationMember
from licences.tasks import licence_render_pdf
from tests.factories import LicenceFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    organisation = Organisation(
        name="示范科技有限公司", legal_representative=PersonFactory()
    )
    organisation.set_identifier("91350100MA00000002")
    organisation.save()
    return organisation


@pytest.fixture
def org_licence(organisation):
    licence = LicenceFactory(holder_organisation=organisation, holder_name="示范科技")
    licence_render_pdf(licence.pk)
    return licence


@pytest.fixture
def agent(organisation):
    user = PersonFactory().user
    AgentGrant.objects.create(
        organisation=organisation,
        agent=user,
        expires_at=timezone.now() + datetime.timedelta(days=30),
    )
    return user


def act_for(client, user, organisation):
    client.force_login(user)
    session = client.session
    session[SESSION_KEY] = organisation.pk
    session.save()


def detail(client, licence):
    return client.get(reverse("licences:wallet_detail", args=[licence.number]))


def download(client, licence):
    return client.get(reverse("licences:download", args=[licence.number]))


def test_wallet_lists_own_personal_licences_only(client, citizen, other_citizen):
    mine = LicenceFactory(holder=citizen)
    theirs = LicenceFactory(holder=other_citizen)
    client.force_login(citizen)
    content = client.get(reverse("licences:wallet")).content.decode()
    assert mine.number in content
    assert theirs.number not in content


def test_wallet_needs_sign_in(client):
    response = client.get(reverse("licences:wallet"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_holder_sees_detail_and_downloads_pdf(client, citizen):
    licence = LicenceFactory(holder=citizen)
    licence_render_pdf(licence.pk)
    client.force_login(citizen)
    assert detail(client, licence).status_code == 200
    response = download(client, licence)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_another_user_gets_404_for_detail_and_download(client, citizen, other_citizen):
    licence = LicenceFactory(holder=citizen)
    licence_render_pdf(licence.pk)
    client.force_login(other_citizen)
    assert detail(client, licence).status_code == 404
    assert download(client, licence).status_code == 404


def test_administrator_sees_organisation_licences_when_acting_for_it(
    client, organisation, org_licence
):
    admin = PersonFactory().user
    OrganisationMember.objects.create(
        organisation=organisation,
        user=admin,
        role=OrganisationMember.Role.ADMINISTRATOR,
    )
    act_for(client, admin, organisation)
    content = client.get(reverse("licences:wallet")).content.decode()
    assert org_licence.number in content
    assert "示范科技有限公司" in content
    assert download(client, org_licence).status_code == 200


def test_organisation_licences_not_listed_when_acting_for_oneself(
    client, organisation, org_licence, agent
):
    client.force_login(agent)
    content = client.get(reverse("licences:wallet")).content.decode()
    assert org_licence.number not in content


def test_agent_with_grant_in_force_downloads(client, organisation, org_licence, agent):
    act_for(client, agent, organisation)
    assert org_licence.number in client.get(reverse("licences:wallet")).content.decode()
    assert detail(client, org_licence).status_code == 200
    assert download(client, org_licence).status_code == 200


def test_agent_loses_access_when_grant_expires(
    client, organisation, org_licence, agent
):
    act_for(client, agent, organisation)
    assert detail(client, org_licence).status_code == 200
    now = timezone.now()
    AgentGrant.objects.filter(agent=agent).update(
        valid_from=now - datetime.timedelta(days=10),
        expires_at=now - datetime.timedelta(seconds=1),
    )
    assert detail(client, org_licence).status_code == 404
    assert download(client, org_licence).status_code == 404
    content = client.get(reverse("licences:wallet")).content.decode()
    assert org_licence.number not in content


def test_org_licence_holder_account_alone_gives_no_access(client, org_licence):
    client.force_login(org_licence.holder)
    assert detail(client, org_licence).status_code == 404
