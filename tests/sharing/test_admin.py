import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from django.urls import reverse

from sharing import signing
from sharing.models import AccessRecord, Grant, Resource
from tests.factories import UserFactory
from tests.factories.sharing_ui import (
    AccessRecordFactory,
    DiscrepancyFactory,
    GrantFactory,
    RequesterSystemFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def record():
    return AccessRecordFactory(purpose="审计测试用途")


def admin_url(model: str, view: str, *args) -> str:
    return reverse(f"admin:sharing_{model}_{view}", args=args)


def test_access_record_change_page_is_read_only(admin_client, record):
    response = admin_client.get(admin_url("accessrecord", "change", record.pk))
    assert response.status_code == 200
    page = response.content.decode()
    assert "审计测试用途" in page
    assert 'name="purpose"' not in page
    assert 'name="_save"' not in page
    assert not response.context["has_change_permission"]
    assert not response.context["has_delete_permission"]


def test_access_record_change_post_is_refused(admin_client, record):
    url = admin_url("accessrecord", "change", record.pk)
    response = admin_client.post(url, {"purpose": "改写"})
    assert response.status_code == 403
    record.refresh_from_db()
    assert record.purpose == "审计测试用途"


def test_access_record_delete_is_refused(admin_client, record):
    url = admin_url("accessrecord", "delete", record.pk)
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert AccessRecord.objects.filter(pk=record.pk).exists()


def test_access_record_cannot_be_added(admin_client):
    assert admin_client.get(admin_url("accessrecord", "add")).status_code == 403


def test_access_record_changelist_has_no_actions(admin_client, record):
    response = admin_client.get(admin_url("accessrecord", "changelist"))
    assert response.status_code == 200
    assert response.context["action_form"] is None
    assert "delete_selected" not in response.content.decode()


def test_access_record_bulk_delete_is_refused(admin_client, record):
    response = admin_client.post(
        admin_url("accessrecord", "changelist"),
        {"action": "delete_selected", "_selected_action": [record.pk], "post": "yes"},
    )
    assert response.status_code in (200, 302, 403)
    assert AccessRecord.objects.filter(pk=record.pk).exists()


def test_access_record_changelist_filters(admin_client, record):
    response = admin_client.get(
        admin_url("accessrecord", "changelist"), {"outcome__exact": "refused"}
    )
    assert response.status_code == 200
    filters = [spec.title for spec in response.context["cl"].filter_specs]
    assert len(filters) == 3
    assert response.context["cl"].result_count == 0


def test_requester_system_shows_whether_a_token_is_set(admin_client):
    system = RequesterSystemFactory()
    system.issue_token()
    response = admin_client.get(admin_url("requestersystem", "change", system.pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert "token_hash" not in page
    assert system.token_hash not in page
    assert "icon-yes" in page
    assert 'name="operators"' in page


def test_provider_and_resource_pages_render(admin_client):
    resource = Resource.objects.get(code="population.person")
    response = admin_client.get(admin_url("provider", "change", resource.provider_id))
    assert response.status_code == 200
    assert "selectfilter" in response.content.decode()
    response = admin_client.get(admin_url("resource", "change", resource.pk))
    assert response.status_code == 200
    assert "household_number" in response.content.decode()


def test_grant_admin_is_read_mostly(admin_client):
    grant = GrantFactory()
    assert admin_client.get(admin_url("grant", "change", grant.pk)).status_code == 200
    assert admin_client.get(admin_url("grant", "add")).status_code == 403
    delete = admin_url("grant", "delete", grant.pk)
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    admin_client.post(admin_url("grant", "change", grant.pk), {"status": "approved"})
    grant.refresh_from_db()
    assert grant.status == Grant.Status.PENDING


def test_discrepancy_admin_renders(admin_client):
    discrepancy = DiscrepancyFactory()
    url = admin_url("discrepancy", "change", discrepancy.pk)
    response = admin_client.get(url)
    assert response.status_code == 200
    assert discrepancy.subject_masked in response.content.decode()


def system_form(system, **changes) -> dict:
    return {
        "code": system.code,
        "name": system.name,
        "agency": system.agency,
        "is_active": "on",
        "signing_public_key": system.signing_public_key,
        **changes,
    }


def test_requester_system_public_key_is_registered_in_the_admin(admin_client):
    system = RequesterSystemFactory()
    key = signing.generate_private_key(signing.ECDSA_P256)
    url = admin_url("requestersystem", "change", system.pk)

    response = admin_client.post(
        url, system_form(system, signing_public_key=signing.public_pem(key))
    )

    assert response.status_code == 302
    system.refresh_from_db()
    assert signing.public_pem(system.public_key()) == signing.public_pem(key)
    page = admin_client.get(url).content.decode()
    assert signing.fingerprint(key.public_key()) in page
    assert "ecdsa-p256-sha256" in page


@pytest.mark.parametrize(
    "pem",
    [
        "not a key",
        signing.private_pem(signing.generate_private_key()),
        signing.public_pem(ec.generate_private_key(ec.SECP384R1())),
    ],
    ids=["garbage", "private-key", "p-384"],
)
def test_requester_system_admin_refuses_an_unusable_key(admin_client, pem):
    system = RequesterSystemFactory()
    url = admin_url("requestersystem", "change", system.pk)

    response = admin_client.post(url, system_form(system, signing_public_key=pem))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["signing_public_key"]
    system.refresh_from_db()
    assert system.signing_public_key == ""
