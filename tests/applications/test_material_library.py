"""The material library (``applications.material_library``): storing uploads
privately, downloading them (owner, organisation members, handling staff; 404 for
anyone else), the library page, deleting unused materials, and the request size
cap."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from applications.actions.materials import (
    MaterialInUse,
    material_delete,
    material_store,
)
from applications.models import Application, ApplicationMaterial, Material
from identity import acting
from identity.actions import business
from tests.applications.materials_support import pdf_upload
from tests.factories import (
    ApplicationFactory,
    PersonFactory,
    StaffUserFactory,
)
from tests.identity.business_support import organisation_with_admin

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source


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
    return reverse("applications:material_download", kwargs={"pk": material.pk})


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
    response = client.get(reverse("applications:my_materials"))
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
            reverse("applications:material_delete", kwargs={"pk": material.pk})
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
        reverse("applications:material_delete", kwargs={"pk": material.pk})
    )
    assert response.status_code == 404
    assert Material.objects.filter(pk=material.pk).exists()


# --- request size cap -------------------------------------------------------------


def test_oversized_request_gets_a_friendly_413_page(client, applicant, settings):
    settings.MATERIAL_MAX_REQUEST_BYTES = 2000
    client.force_login(applicant)
    response = client.post(
        reverse("applications:my_materials"),
        {"file": SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * 5000)},
    )
    assert response.status_code == 413
    assert "上传的内容过大" in response.content.decode()


def test_huge_declared_body_is_refused_without_reading_it(client, applicant):
    client.force_login(applicant)
    response = client.generic(
        "POST",
        reverse("applications:my_materials"),
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(500 * 1024 * 1024),
    )
    assert response.status_code == 413
