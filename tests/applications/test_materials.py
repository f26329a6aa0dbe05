"""Resolving material requirements (``applications.materials``): e-licence, registry
record, earlier material, upload - in that order, falling back on failure."""

import datetime

import pytest
from django.utils import timezone

from applications.actions.materials import material_store
from applications.materials import resolve_materials
from applications.models import ApplicationMaterial, Material
from licences.models import Licence
from sharing.models import AccessRecord, Resource
from tests.applications.materials_support import pdf_upload
from tests.factories import (
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
)
from tests.identity.business_support import organisation_with_admin
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source


@pytest.fixture
def licence_type():
    return LicenceTypeFactory(code="JZZ", name="居住证")


@pytest.fixture
def service():
    return ServiceFactory()


def requirement(service, name, **kwargs):
    return MaterialRequirementFactory(service=service, name=name, **kwargs)


def resolve(applicant, service, organisation=None):
    return resolve_materials(
        applicant=applicant, organisation=organisation, service=service
    )


# --- resolution order -------------------------------------------------------------


def test_valid_e_licence_satisfies_its_requirement(applicant, service, licence_type):
    licence = LicenceFactory(holder=applicant, licence_type=licence_type)
    requirement(service, "居住证", licence_type=licence_type)

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.LICENCE
    assert resolution.licence == licence
    assert licence.number in resolution.summary
    assert not resolution.needs_upload


def test_e_licence_is_read_through_sharing_with_an_access_record(
    applicant, service, licence_type
):
    LicenceFactory(holder=applicant, licence_type=licence_type)
    requirement(service, "居住证", licence_type=licence_type)

    resolve(applicant, service)

    record = AccessRecord.objects.get(resource_code="licences.by-holder")
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert record.user == applicant
    assert record.purpose.startswith("办件材料")


@pytest.mark.parametrize(
    "status",
    [Licence.Status.REVOKED, Licence.Status.SUSPENDED, Licence.Status.REPLACED],
)
def test_revoked_or_suspended_licence_is_not_used(
    applicant, service, licence_type, status
):
    LicenceFactory(holder=applicant, licence_type=licence_type, status=status)
    requirement(service, "居住证", licence_type=licence_type)

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.UPLOADED
    assert resolution.licence is None


def test_expired_licence_is_not_used(applicant, service, licence_type):
    LicenceFactory(
        holder=applicant,
        licence_type=licence_type,
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    requirement(service, "居住证", licence_type=licence_type)
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_someone_elses_licence_is_not_used(applicant, service, licence_type):
    LicenceFactory(holder=PersonFactory().user, licence_type=licence_type)
    requirement(service, "居住证", licence_type=licence_type)
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_registry_record_satisfies_its_requirement(applicant, service, resident_id):
    registry_data.person(resident=resident_id)
    requirement(service, "户口簿", shared_resource="population.person")

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.REGISTRY
    record = AccessRecord.objects.get(pk=int(resolution.registry_reference))
    assert record.resource_code == "population.person"
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert "已核验" in resolution.summary
    # The summary carries no personal data.
    assert resident_id not in resolution.summary
    assert "林晓明" not in resolution.summary


def test_company_registry_record_is_read_by_credit_code_when_acting_for_it(service):
    organisation, admin = organisation_with_admin()
    requirement(service, "营业执照", shared_resource="legal-entity.basic")

    [resolution] = resolve(admin, service, organisation)

    assert resolution.source == Source.REGISTRY
    assert resolution.registry_reference


def test_earlier_material_is_reused(applicant, service):
    form = requirement(service, "申请书")
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement=form,
        uploaded_file=pdf_upload(),
    )

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_expired_material_is_not_reused(applicant, service):
    material_store(
        owner=applicant,
        organisation=None,
        requirement=requirement(service, "申请书"),
        uploaded_file=pdf_upload(),
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_material_older_than_the_reuse_window_is_not_reused(
    applicant, service, settings
):
    settings.MATERIAL_REUSE_DAYS = 30
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement=requirement(service, "申请书"),
        uploaded_file=pdf_upload(),
    )
    Material.objects.filter(pk=material.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_another_users_material_is_not_reused(applicant, service):
    material_store(
        owner=PersonFactory().user,
        organisation=None,
        requirement=requirement(service, "申请书"),
        uploaded_file=pdf_upload(),
    )
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_nothing_available_asks_for_upload_or_marks_optional_missing(
    applicant, service
):
    requirement(service, "申请书", required=True, sort_order=1)
    requirement(service, "补充说明", required=False, sort_order=2)

    needed, optional = resolve(applicant, service)

    assert needed.source == Source.UPLOADED and needed.needs_upload
    assert optional.source == Source.MISSING and not optional.needs_upload


def test_resolutions_follow_requirement_order_with_each_source(
    applicant, service, licence_type, resident_id
):
    LicenceFactory(holder=applicant, licence_type=licence_type)
    registry_data.person(resident=resident_id)
    requirement(service, "居住证", licence_type=licence_type, sort_order=1)
    requirement(service, "户口簿", shared_resource="population.person", sort_order=2)
    photo = requirement(service, "照片", sort_order=3)
    requirement(service, "申请书", sort_order=4)
    material_store(
        owner=applicant,
        organisation=None,
        requirement=photo,
        uploaded_file=pdf_upload(),
    )

    sources = [r.source for r in resolve(applicant, service)]

    assert sources == [Source.LICENCE, Source.REGISTRY, Source.REUSED, Source.UPLOADED]


def test_licence_is_preferred_to_registry_and_library(
    applicant, service, licence_type, resident_id
):
    LicenceFactory(holder=applicant, licence_type=licence_type)
    registry_data.person(resident=resident_id)
    requirement(
        service,
        "居住证",
        licence_type=licence_type,
        shared_resource="population.person",
    )
    assert resolve(applicant, service)[0].source == Source.LICENCE


def test_library_read_once_for_several_licence_requirements(
    applicant, service, licence_type
):
    LicenceFactory(holder=applicant, licence_type=licence_type)
    requirement(service, "居住证", licence_type=licence_type, sort_order=1)
    requirement(service, "居住证复印件", licence_type=licence_type, sort_order=2)

    resolve(applicant, service)

    assert AccessRecord.objects.filter(resource_code="licences.by-holder").count() == 1


def test_library_down_falls_back_to_upload(applicant, service, licence_type):
    LicenceFactory(holder=applicant, licence_type=licence_type)
    Resource.objects.filter(code="licences.by-holder").update(
        backend=Resource.Backend.UNAVAILABLE
    )
    from sharing import catalogue_cache

    catalogue_cache.bump()
    requirement(service, "居住证", licence_type=licence_type)

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.UPLOADED
    record = AccessRecord.objects.get(resource_code="licences.by-holder")
    assert record.outcome == AccessRecord.Outcome.ERROR


def test_registry_without_record_falls_back_to_earlier_material(applicant, service):
    household = requirement(service, "户口簿", shared_resource="population.person")
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement=household,
        uploaded_file=pdf_upload(),
    )

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_unknown_resource_falls_back_to_upload(applicant, service):
    requirement(service, "证明", shared_resource="no.such-resource")
    assert resolve(applicant, service)[0].source == Source.UPLOADED
