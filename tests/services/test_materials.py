import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from reportlab.pdfgen import canvas

from identity import acting, business
from licences.models import Licence
from services.material_library import MaterialInUse, material_delete, material_store
from services.materials import resolve_materials
from services.models import Application, ApplicationMaterial, Material
from sharing.models import AccessRecord, Resource
from tests.factories import (
    ApplicationFactory,
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
)
from tests.identity.business_support import organisation_with_admin
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source


def pdf_upload(text="page", name="申请书.pdf") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


@pytest.fixture
def resident_id():
    return next_resident_id()


@pytest.fixture
def applicant(resident_id):
    return PersonFactory(resident_id=resident_id).user


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
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )
    requirement(service, "申请书")

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_expired_material_is_not_reused(applicant, service):
    material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    requirement(service, "申请书")
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_material_older_than_the_reuse_window_is_not_reused(
    applicant, service, settings
):
    settings.MATERIAL_REUSE_DAYS = 30
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )
    Material.objects.filter(pk=material.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    requirement(service, "申请书")
    assert resolve(applicant, service)[0].source == Source.UPLOADED


def test_another_users_material_is_not_reused(applicant, service):
    material_store(
        owner=PersonFactory().user,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )
    requirement(service, "申请书")
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
    material_store(
        owner=applicant,
        organisation=None,
        requirement_name="照片",
        uploaded_file=pdf_upload(),
    )
    requirement(service, "居住证", licence_type=licence_type, sort_order=1)
    requirement(service, "户口簿", shared_resource="population.person", sort_order=2)
    requirement(service, "照片", sort_order=3)
    requirement(service, "申请书", sort_order=4)

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
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="户口簿",
        uploaded_file=pdf_upload(),
    )
    requirement(service, "户口簿", shared_resource="population.person")

    [resolution] = resolve(applicant, service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_unknown_resource_falls_back_to_upload(applicant, service):
    requirement(service, "证明", shared_resource="no.such-resource")
    assert resolve(applicant, service)[0].source == Source.UPLOADED


# --- storing ----------------------------------------------------------------------


def test_material_is_stored_privately_under_the_owner(applicant):
    material = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )
    assert material.file.name.startswith(f"materials/{applicant.pk}/")
    assert "申请书" not in material.file.name
    assert default_storage.exists(material.file.name)
    assert material.original_name == "申请书.pdf"
    assert (material.content_type, material.pages) == ("application/pdf", 1)


def test_same_file_for_same_owner_and_name_reuses_the_row(applicant):
    content = pdf_upload().read()
    first = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=SimpleUploadedFile("a.pdf", content),
    )
    second = material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=SimpleUploadedFile("b.pdf", content),
    )
    assert second.pk == first.pk
    assert Material.objects.count() == 1


def test_different_file_makes_a_new_row(applicant):
    material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload("one"),
    )
    material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload("two"),
    )
    assert Material.objects.count() == 2


def test_bad_upload_is_refused_and_nothing_is_stored(applicant):
    exe = SimpleUploadedFile("x.pdf", b"MZ" + b"\0" * 100, "application/pdf")
    with pytest.raises(ValidationError):
        material_store(
            owner=applicant,
            organisation=None,
            requirement_name="申请书",
            uploaded_file=exe,
        )
    assert not Material.objects.exists()


def test_storing_for_an_organisation_one_may_not_act_for_is_refused(applicant):
    organisation, _admin = organisation_with_admin()
    with pytest.raises(PermissionDenied):
        material_store(
            owner=applicant,
            organisation=organisation,
            requirement_name="申请书",
            uploaded_file=pdf_upload(),
        )


# --- download and library page ----------------------------------------------------


@pytest.fixture
def material(applicant):
    return material_store(
        owner=applicant,
        organisation=None,
        requirement_name="申请书",
        uploaded_file=pdf_upload(),
    )


def download_url(material):
    return reverse("services:material_download", kwargs={"pk": material.pk})


def test_owner_downloads_as_attachment_with_nosniff(client, applicant, material):
    client.force_login(applicant)
    response = client.get(download_url(material))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_another_user_gets_404(client, material, other_citizen):
    client.force_login(other_citizen)
    assert client.get(download_url(material)).status_code == 404


def test_signed_out_visitor_is_sent_to_login(client, material):
    response = client.get(download_url(material))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def attach(material, application):
    ApplicationMaterial.objects.create(
        application=application,
        name=material.name,
        source=Source.UPLOADED,
        material=material,
    )


def test_staff_downloads_for_an_application_they_handle(client, material):
    staff = StaffUserFactory()
    application = ApplicationFactory(
        applicant=material.owner, status=Application.Status.ACCEPTED, handler=staff
    )
    attach(material, application)
    client.force_login(staff)
    assert client.get(download_url(material)).status_code == 200


def test_staff_gets_404_for_an_application_someone_else_handles(client, material):
    application = ApplicationFactory(
        applicant=material.owner,
        status=Application.Status.ACCEPTED,
        handler=StaffUserFactory(),
    )
    attach(material, application)
    client.force_login(StaffUserFactory())
    assert client.get(download_url(material)).status_code == 404


def test_staff_gets_404_for_a_material_in_no_application(client, material):
    client.force_login(StaffUserFactory())
    assert client.get(download_url(material)).status_code == 404


def test_member_acting_for_the_organisation_downloads_its_material(client):
    organisation, admin = organisation_with_admin()
    material = material_store(
        owner=admin,
        organisation=organisation,
        requirement_name="章程",
        uploaded_file=pdf_upload(),
    )
    agent = PersonFactory().user
    business.agent_grant(
        organisation=organisation,
        agent=agent,
        granted_by=admin,
        expires_at=timezone.now() + datetime.timedelta(days=9),
    )
    client.force_login(agent)
    session = client.session
    session[acting.SESSION_KEY] = organisation.pk
    session.save()
    assert client.get(download_url(material)).status_code == 200


def test_library_page_lists_own_materials_only(client, applicant, material):
    material_store(
        owner=PersonFactory().user,
        organisation=None,
        requirement_name="别人的材料",
        uploaded_file=pdf_upload("x"),
    )
    client.force_login(applicant)
    response = client.get(reverse("services:my_materials"))
    content = response.content.decode()
    assert response.status_code == 200
    assert "申请书.pdf" in content
    assert "别人的材料" not in content


def test_unused_material_is_deleted_with_its_file(
    client, applicant, material, django_capture_on_commit_callbacks
):
    name = material.file.name
    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("services:material_delete", kwargs={"pk": material.pk})
        )
    assert response.status_code == 302
    assert not Material.objects.filter(pk=material.pk).exists()
    assert not default_storage.exists(name)


def test_material_kept_in_a_decided_applications_record_is_not_deleted(
    applicant, material
):
    attach(
        material,
        ApplicationFactory(applicant=applicant, status=Application.Status.APPROVED),
    )
    with pytest.raises(MaterialInUse) as refused:
        material_delete(material=material, user=applicant)
    assert refused.value.message == (
        f"该材料属于办件 {use_number(material)} 的档案，将随办件保存。"
    )


def use_number(material) -> str:
    return ApplicationMaterial.objects.get(material=material).application.number


def test_material_of_an_open_application_is_not_deleted(applicant, material):
    attach(material, ApplicationFactory(applicant=applicant))
    with pytest.raises(MaterialInUse) as refused:
        material_delete(material=material, user=applicant)
    assert "尚未办结" in refused.value.message
    assert Material.objects.filter(pk=material.pk).exists()


def test_another_user_cannot_delete(client, material, other_citizen):
    client.force_login(other_citizen)
    response = client.post(
        reverse("services:material_delete", kwargs={"pk": material.pk})
    )
    assert response.status_code == 404
    assert Material.objects.filter(pk=material.pk).exists()


# --- request size cap -------------------------------------------------------------


def test_oversized_request_gets_a_friendly_413_page(client, applicant, settings):
    settings.MATERIAL_MAX_REQUEST_BYTES = 2000
    client.force_login(applicant)
    response = client.post(
        reverse("services:my_materials"),
        {"file": SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 5000)},
    )
    assert response.status_code == 413
    assert "上传的内容过大" in response.content.decode()


def test_huge_declared_body_is_refused_without_reading_it(client, applicant):
    client.force_login(applicant)
    response = client.generic(
        "POST",
        reverse("services:my_materials"),
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(500 * 1024 * 1024),
    )
    assert response.status_code == 413
