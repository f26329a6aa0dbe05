"""Submission re-checks what the form step obtained (``applications.applying``):
locally while the form step is recent - the registry is not read, and the read
audited, a second time, but a licence revoked or a kept material deleted meanwhile
is caught - and through the exchange again once the form step is older."""

import time

import pytest
from django.urls import reverse

from applications.actions.materials import material_store
from applications.models import Application, ApplicationMaterial, Material
from licences.models import Licence
from sharing.models import AccessRecord
from tests.applications.test_apply_eform import BODY, pdf
from tests.factories import (
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    next_resident_id,
)
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db
Source = ApplicationMaterial.Source


@pytest.fixture
def setup():
    from eforms.actions import definition_publish

    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    licence_type = LicenceTypeFactory(code="JZZ", name="居住证")
    licence = LicenceFactory(holder=applicant, licence_type=licence_type)
    service = ServiceFactory(name="居住证签注")
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    form = MaterialRequirementFactory(service=service, name="申请书", sort_order=3)
    # Supplied in an earlier application: reused, not asked for again.
    earlier = material_store(
        owner=applicant,
        organisation=None,
        requirement=form,
        uploaded_file=pdf(),
    )
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    return applicant, service, licence, earlier


def fill_in(client, service):
    response = client.post(
        reverse("applications:apply", kwargs={"code": service.code}),
        {"phone": "13912345678", "reason": "签注。", "_continue": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return client.session[f"apply:{service.code}"]


def submit(client, service, key):
    return client.post(
        reverse("applications:apply_review", kwargs={"code": service.code}),
        {"submission_key": key, "declaration": "on"},
    )


def test_recent_form_step_is_not_read_from_the_registries_again(client, setup):
    applicant, service, licence, earlier = setup
    client.force_login(applicant)
    pending = fill_in(client, service)
    records = AccessRecord.objects.count()
    form_step_record = AccessRecord.objects.filter(
        resource_code="population.person"
    ).latest("pk")

    response = submit(client, service, pending["submission_key"])

    application = Application.objects.get()
    assert response["Location"] == application.get_absolute_url()
    assert AccessRecord.objects.count() == records
    materials = {m.name: m for m in application.materials.all()}
    assert materials["居住证"].licence == licence
    assert materials["户口簿"].source == Source.REGISTRY
    assert materials["户口簿"].registry_reference == str(form_step_record.pk)
    assert materials["申请书"].source == Source.REUSED
    assert materials["申请书"].material == earlier


def test_licence_revoked_after_the_form_step_sends_the_applicant_back(client, setup):
    applicant, service, licence, _earlier = setup
    client.force_login(applicant)
    pending = fill_in(client, service)
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.REVOKED)

    response = submit(client, service, pending["submission_key"])

    assert response["Location"] == reverse(
        "applications:apply", kwargs={"code": service.code}
    )
    assert not Application.objects.exists()
    assert "居住证" in str(list(response.wsgi_request._messages)[0])


def test_kept_material_deleted_after_the_form_step_sends_the_applicant_back(
    client, setup
):
    applicant, service, _licence, earlier = setup
    client.force_login(applicant)
    pending = fill_in(client, service)
    Material.objects.filter(pk=earlier.pk).delete()

    response = submit(client, service, pending["submission_key"])

    assert response.status_code == 302
    assert not Application.objects.exists()


def age(client, service, pending, seconds):
    session = client.session
    session[f"apply:{service.code}"] = {
        **pending,
        "resolved_at": int(time.time()) - seconds,
    }
    session.save()


def test_older_form_step_is_resolved_afresh_through_the_exchange(
    client, setup, settings
):
    settings.MATERIAL_RECHECK_SECONDS = 600
    applicant, service, licence, _earlier = setup
    client.force_login(applicant)
    pending = fill_in(client, service)
    age(client, service, pending, 601)
    records = AccessRecord.objects.count()

    submit(client, service, pending["submission_key"])

    application = Application.objects.get()
    # Both the licence library and the registry were read again, and audited.
    assert AccessRecord.objects.count() == records + 2
    registry = application.materials.get(name="户口簿")
    assert registry.registry_reference == str(
        AccessRecord.objects.filter(resource_code="population.person").latest("pk").pk
    )
    assert application.materials.get(name="居住证").licence == licence


def test_older_form_step_whose_licence_went_is_caught_by_the_exchange(
    client, setup, settings
):
    settings.MATERIAL_RECHECK_SECONDS = 600
    applicant, service, licence, _earlier = setup
    client.force_login(applicant)
    pending = fill_in(client, service)
    age(client, service, pending, 601)
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.SUSPENDED)

    submit(client, service, pending["submission_key"])

    assert not Application.objects.exists()
