"""Editors manage the catalogue in the Wagtail admin; every save keeps a
revision and refreshes the search index."""

import pytest
from django.urls import reverse

from services.models import Service
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True, totp=True))
    return client


def edit_url(service: Service) -> str:
    return reverse("wagtailsnippets_services_service:edit", args=[service.pk])


def form_data(service: Service, **changes) -> dict:
    data = {
        "code": service.code,
        "name": service.name,
        "department": service.department_id,
        "service_type": service.service_type,
        "audience": service.audience,
        "aliases": service.aliases,
        "keywords": service.keywords,
        "summary": service.summary,
        "is_active": "on",
        "conditions": "",
        "legal_basis": "",
        "materials-TOTAL_FORMS": "0",
        "materials-INITIAL_FORMS": "0",
        "materials-MIN_NUM_FORMS": "0",
        "materials-MAX_NUM_FORMS": "1000",
        "steps-count": "0",
        "faq-count": "0",
        "committed_days": service.committed_days,
        "statutory_days": service.statutory_days,
        "fee": "",
        "online_level": service.online_level,
        "min_assurance_level": 0,
        "licence_type": service.licence_type_id or "",
        "counter_address": "",
        "office_hours": "",
    }
    data.update(changes)
    return data


def test_catalogue_is_listed_in_the_admin(admin_client):
    ServiceFactory(name="居住证申领")
    response = admin_client.get(reverse("wagtailsnippets_services_service:list"))
    assert response.status_code == 200
    assert "居住证申领" in response.content.decode()


def test_editing_a_service_keeps_a_revision_and_reindexes(admin_client, client):
    service = ServiceFactory(name="旧名称")
    response = admin_client.post(
        edit_url(service), form_data(service, name="高龄津贴申领")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    service.refresh_from_db()
    assert service.name == "高龄津贴申领"
    assert service.latest_revision is not None
    assert service.latest_revision.content["name"] == "高龄津贴申领"
    found = client.get(reverse("services:catalogue"), {"q": "高龄津贴"})
    assert [s.name for s in found.context["page"]] == ["高龄津贴申领"]


def test_committed_days_beyond_the_statutory_limit_are_refused(admin_client):
    service = ServiceFactory()
    response = admin_client.post(
        edit_url(service), form_data(service, committed_days=30, statutory_days=20)
    )
    assert response.status_code == 200
    service.refresh_from_db()
    assert service.committed_days == 5


def test_citizens_cannot_reach_the_catalogue_admin(client):
    service = ServiceFactory()
    client.force_login(UserFactory())
    response = client.get(edit_url(service))
    assert response.status_code in {302, 403}
