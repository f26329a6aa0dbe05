import pytest
from django.urls import reverse

from identity.actions import identity_link_resident_id
from sharing.models import AccessRecord
from tests.factories import ApplicationFactory, UserFactory
from tests.identity.business_support import COMPANY_CODE, organisation_with_admin
from tests.identity.support import (
    PERSON_ID,
    PERSON_NAME,
    SS_CARD,
    UNKNOWN_ID,
    seed_person,
)
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

URL = "/desk/lookup/"


@pytest.fixture
def linked_user():
    seed_person()
    user = UserFactory()
    identity_link_resident_id(user=user, resident_id=PERSON_ID, name=PERSON_NAME)
    return user


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login_mfa(staff_user)
    return client


def lookup(client, identifier):
    return client.post(reverse("desk:lookup"), {"identifier": identifier})


def test_lookup_url_is_desk_lookup():
    assert reverse("desk:lookup") == URL


def test_desk_queue_links_to_lookup(staff_client):
    response = staff_client.get(reverse("desk:queue"))
    assert reverse("desk:lookup") in response.content.decode()


def test_staff_looks_up_by_resident_id_and_sees_person_and_applications(
    staff_client, linked_user
):
    application = ApplicationFactory(applicant=linked_user)
    response = lookup(staff_client, PERSON_ID)
    assert response.status_code == 200
    content = response.content.decode()
    assert PERSON_NAME in content
    assert application.number in content
    assert reverse("desk:detail", args=[application.number]) in content
    assert response.context["assurance"] == 2
    assert {link.kind for link in response.context["links"]} >= {"resident_id"}
    assert PERSON_ID not in content


def test_staff_looks_up_by_social_security_card_with_an_access_record(
    staff_client, staff_user, linked_user
):
    response = lookup(staff_client, SS_CARD)
    assert response.status_code == 200
    assert response.context["person"].user == linked_user
    content = response.content.decode()
    assert PERSON_NAME in content
    assert SS_CARD not in content
    assert PERSON_ID not in content
    record = AccessRecord.objects.filter(resource_code="social-security.card").get()
    assert record.user == staff_user
    assert record.purpose == "一证通办：窗口受理"


def test_staff_looks_up_a_linked_organisation_by_credit_code(staff_client):
    organisation, admin = organisation_with_admin()
    response = lookup(staff_client, COMPANY_CODE)
    assert response.status_code == 200
    content = response.content.decode()
    assert organisation.name in content
    assert COMPANY_CODE not in content
    assert organisation.identifier_masked in content
    assert [m.user for m in response.context["members"]] == [admin]


def test_registry_only_credit_code_is_masked_and_audited(staff_client, staff_user):
    registry_data.company()
    response = lookup(staff_client, COMPANY_CODE)
    assert response.status_code == 200
    content = response.content.decode()
    assert "示范数字科技有限公司" in content
    assert COMPANY_CODE not in content
    assert AccessRecord.objects.filter(
        resource_code="legal-entity.basic", user=staff_user
    ).exists()


def test_malformed_identifier_shows_a_chinese_form_error_without_echoing_it(
    staff_client,
):
    value = PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1")
    response = lookup(staff_client, value)
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["identifier"]
    error = str(form.errors["identifier"][0])
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error)
    assert value not in response.content.decode()


def test_garbage_input_is_a_form_error_not_a_500(staff_client):
    response = lookup(staff_client, "<script>!!</script>")
    assert response.status_code == 200
    assert response.context["form"].errors["identifier"]
    assert "<script>!!" not in response.content.decode()


def test_unknown_identifier_says_not_found(staff_client):
    seed_person()
    response = lookup(staff_client, UNKNOWN_ID)
    assert response.status_code == 200
    assert response.context["not_found"]
    assert UNKNOWN_ID not in response.content.decode()
    assert AccessRecord.objects.filter(resource_code="population.person").exists()


def test_citizen_gets_403(client, citizen):
    client.force_login(citizen)
    assert client.get(URL).status_code == 403
    assert lookup(client, PERSON_ID).status_code == 403


def test_signed_out_visitor_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_lookups_are_rate_limited_per_staff_user(staff_client, settings):
    settings.DESK_LOOKUP_LIMIT = 3
    for _ in range(3):
        assert lookup(staff_client, "bad").status_code == 200
    response = lookup(staff_client, "bad")
    assert response.status_code == 429
    assert response["Retry-After"]


def test_rate_limit_counts_each_staff_user_separately(client, settings):
    from tests.factories import StaffUserFactory

    settings.DESK_LOOKUP_LIMIT = 1
    first, second = StaffUserFactory(), StaffUserFactory()
    client.force_login_mfa(first)
    lookup(client, "bad")
    assert lookup(client, "bad").status_code == 429
    client.force_login_mfa(second)
    assert lookup(client, "bad").status_code == 200


def test_lookup_form_is_posted_so_the_identifier_stays_out_of_the_url(
    staff_client,
):
    content = staff_client.get(URL).content.decode()
    assert 'method="post"' in content
    response = staff_client.get(URL, {"identifier": PERSON_ID})
    assert "lookup-result" not in response.content.decode()
