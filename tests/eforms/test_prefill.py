"""Prefill from identity, the population registry and the legal entity registry;
registry values are read-only and errors in them can be reported."""

import pytest
from django.urls import reverse

from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.prefill import prefill_for
from eforms.rendering import build_form
from identity.acting import SESSION_KEY
from identity.models import CorrectionRequest, Organisation, OrganisationMember
from sharing.models import AccessRecord, Discrepancy
from sharing.protection import keyed_hash
from tests.factories import PersonFactory
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

BODY = [
    section(
        "申请人",
        field("text", "own_name", "姓名", prefill="identity.name"),
        field("phone", "own_phone", "手机", prefill="identity.phone"),
        field("text", "reg_name", "登记姓名", prefill="population.name"),
        field("text", "reg_id", "身份证号码", prefill="population.resident_id"),
        field("text", "reg_address", "户籍地址", prefill="population.address"),
        field("text", "household", "户号", prefill="population.household_number"),
        field(
            "text", "company", "企业名称", prefill="legal_entity.name", required=False
        ),
        field(
            "text",
            "code",
            "信用代码",
            prefill="legal_entity.credit_code",
            required=False,
        ),
    )
]


@pytest.fixture
def person():
    registry_data.person()
    return PersonFactory(
        resident_id=registry_data.PERSON_ID, name="林晓明", phone="13912345678"
    )


@pytest.fixture
def prefill_version(service):
    return definition_publish(
        service=service, title="预填表单", body=BODY
    ).versions.get()


@pytest.fixture
def organisation(person):
    registry_data.company()
    org = Organisation(name="示范数字科技有限公司", legal_representative=person)
    org.set_identifier(registry_data.COMPANY_CODE)
    org.save()
    OrganisationMember.objects.create(
        organisation=org, user=person.user, role=OrganisationMember.Role.ADMINISTRATOR
    )
    return org


def test_identity_source_prefills_editable_values(person, prefill_version):
    values = prefill_for(user=person.user, organisation=None, version=prefill_version)
    assert values["own_name"].value == "林晓明"
    assert values["own_phone"].value == "13912345678"
    assert values["own_name"].read_only is False


def test_population_source_prefills_read_only_values_with_masked_id(
    person, prefill_version
):
    values = prefill_for(user=person.user, organisation=None, version=prefill_version)
    assert values["reg_name"].value == "林晓明"
    assert values["reg_address"].value == "示范省榕城市鼓楼区政务路1号3幢201室"
    assert values["household"].value == "350102000123"
    assert (
        values["reg_id"].value
        == registry_data.PERSON_ID[:6] + "********" + (registry_data.PERSON_ID[-4:])
    )
    assert values["reg_name"].read_only is True


def test_population_prefill_is_an_audited_query_for_application_prefill(
    person, prefill_version
):
    prefill_for(user=person.user, organisation=None, version=prefill_version)
    record = AccessRecord.objects.get(resource_code="population.person")
    assert record.purpose == "application prefill"
    assert record.requester_code == "citizen-portal"
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert record.user == person.user


def test_legal_entity_source_prefills_when_acting_for_an_organisation(
    person, organisation, prefill_version
):
    values = prefill_for(
        user=person.user, organisation=organisation, version=prefill_version
    )
    assert values["company"].value == "示范数字科技有限公司"
    assert values["code"].value == registry_data.COMPANY_CODE
    assert values["code"].read_only is True


def test_legal_entity_source_is_not_asked_without_an_organisation(
    person, organisation, prefill_version
):
    values = prefill_for(user=person.user, organisation=None, version=prefill_version)
    assert "company" not in values


def test_posted_value_for_a_registry_field_is_ignored(person, prefill_version):
    prefill = prefill_for(user=person.user, organisation=None, version=prefill_version)
    form = build_form(
        prefill_version,
        data={
            "own_name": "林晓明",
            "own_phone": "13912345678",
            "reg_name": "冒名顶替",
            "reg_address": "别处",
            "household": "1",
        },
        prefill=prefill,
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["reg_name"] == "林晓明"
    assert form.cleaned_data["reg_address"] == "示范省榕城市鼓楼区政务路1号3幢201室"


def test_read_only_field_renders_disabled_with_source_and_report_link(
    person, prefill_version
):
    prefill = prefill_for(user=person.user, organisation=None, version=prefill_version)
    html = build_form(prefill_version, prefill=prefill).render()
    assert 'name="reg_name"' in html
    assert "disabled" in html
    assert 'name="_report" value="reg_name"' in html


def test_editable_prefill_can_be_changed(person, prefill_version):
    prefill = prefill_for(user=person.user, organisation=None, version=prefill_version)
    form = build_form(
        prefill_version,
        data={"own_name": "林小明", "own_phone": "13700000000"},
        prefill=prefill,
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["own_name"] == "林小明"


def report(client, version, key="reg_address", value="示范省榕城市台江区1号"):
    return client.post(
        reverse("eforms:report_error"),
        {
            "version": version.pk,
            "field": key,
            "correct_value": value,
            "note": "已搬迁",
            "next": "/",
        },
    )


def test_report_an_error_creates_a_discrepancy_on_the_users_own_record(
    client, person, prefill_version
):
    client.force_login(person.user)
    response = report(client, prefill_version)
    assert response.status_code == 302
    discrepancy = Discrepancy.objects.get()
    assert discrepancy.resource.code == "population.person"
    assert discrepancy.field_name == "address"
    assert discrepancy.subject_hash == keyed_hash(registry_data.PERSON_ID)
    assert discrepancy.reported_by == person.user
    assert CorrectionRequest.objects.get().discrepancy == discrepancy


def test_another_user_can_only_report_on_their_own_record(
    client, person, prefill_version
):
    other = PersonFactory()
    client.force_login(other.user)
    report(client, prefill_version)
    discrepancy = Discrepancy.objects.get()
    assert discrepancy.subject_hash != keyed_hash(registry_data.PERSON_ID)
    assert discrepancy.subject_hash == keyed_hash(other.reveal_identifier())


def test_organisation_field_is_not_reportable_without_acting_for_it(
    client, person, organisation, prefill_version
):
    other = PersonFactory()
    client.force_login(other.user)
    session = client.session
    session[SESSION_KEY] = organisation.pk  # not theirs: dropped by acting_for
    session.save()
    response = report(client, prefill_version, key="code", value="X")
    assert response.status_code == 400
    assert not Discrepancy.objects.exists()


def test_organisation_field_is_reportable_by_its_administrator(
    client, person, organisation, prefill_version
):
    client.force_login(person.user)
    session = client.session
    session[SESSION_KEY] = organisation.pk
    session.save()
    report(client, prefill_version, key="company", value="示范数字科技股份有限公司")
    discrepancy = Discrepancy.objects.get()
    assert discrepancy.resource.code == "legal-entity.basic"
    assert discrepancy.subject_hash == keyed_hash(registry_data.COMPANY_CODE)


def test_field_not_from_a_registry_cannot_be_reported(client, person, prefill_version):
    client.force_login(person.user)
    assert report(client, prefill_version, key="own_name").status_code == 404
