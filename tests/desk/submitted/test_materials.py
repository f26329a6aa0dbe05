"""The desk lists every material with how it was obtained; staff handling the
case open uploaded files, nobody else does."""

import pytest

from applications.models import Application, ApplicationMaterial
from tests.desk.submitted.support import (
    Source,
    attach,
    desk_page,
    file_url,
    part,
    stored,
)
from tests.factories import ApplicationFactory, LicenceFactory, StaffUserFactory

pytestmark = pytest.mark.django_db


# --- materials --------------------------------------------------------------------


def test_desk_lists_every_material_with_how_it_was_obtained(
    client, staff, applicant, service
):
    application = ApplicationFactory(applicant=applicant, service=service)
    licence = LicenceFactory(holder=applicant)
    ApplicationMaterial.objects.create(
        application=application, name="居住证", source=Source.LICENCE, licence=licence
    )
    ApplicationMaterial.objects.create(
        application=application,
        name="户口簿",
        source=Source.REGISTRY,
        registry_reference="AUD-20261121-0001",
        summary="户籍信息",
    )
    attach(application, stored(applicant, "租房合同"), name="租房合同")
    attach(application, stored(applicant, "照片"), source=Source.REUSED, name="照片")
    ApplicationMaterial.objects.create(
        application=application, name="婚姻证明", source=Source.MISSING
    )
    materials = part(desk_page(client, staff, application), "desk-materials")
    for name, source in [
        ("居住证", "licence"),
        ("户口簿", "registry"),
        ("租房合同", "uploaded"),
        ("照片", "reused"),
        ("婚姻证明", "missing"),
    ]:
        row = materials[materials.index(f'data-source="{source}"') :]
        assert row.index(name) < row.index("</tr>")
    assert licence.number in materials
    assert "AUD-20261121-0001" in materials


def test_desk_links_uploaded_and_reused_files_for_the_handling_staff(
    client, staff, applicant, service
):
    application = ApplicationFactory(applicant=applicant, service=service)
    uploaded, reused = stored(applicant, "租房合同"), stored(applicant, "照片")
    attach(application, uploaded)
    attach(application, reused, source=Source.REUSED, name="照片")
    materials = part(desk_page(client, staff, application), "desk-materials")
    assert f'href="{file_url(application, uploaded)}"' in materials
    assert f'href="{file_url(application, reused)}"' in materials


def test_desk_does_not_link_files_for_staff_not_handling_the_case(
    client, applicant, service
):
    application = ApplicationFactory(
        applicant=applicant,
        service=service,
        status=Application.Status.ACCEPTED,
        handler=StaffUserFactory(),
    )
    material = stored(applicant)
    attach(application, material)
    materials = part(
        desk_page(client, StaffUserFactory(), application), "desk-materials"
    )
    assert "平面图.pdf" in materials
    assert file_url(application, material) not in materials


# --- staff download ----------------------------------------------------------------


def test_staff_opens_an_uploaded_file_from_the_desk(client, staff, applicant):
    application = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(application, material)
    client.force_login_mfa(staff)
    response = client.get(file_url(application, material))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_the_applicant_gets_404_on_the_desk_file_link(client, applicant):
    application = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(application, material)
    client.force_login(applicant)
    assert client.get(file_url(application, material)).status_code == 403


def test_another_citizen_gets_404_on_the_desk_file_link(
    client, applicant, other_citizen
):
    application = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(application, material)
    client.force_login(other_citizen)
    assert client.get(file_url(application, material)).status_code == 403


def test_a_material_of_another_application_is_404(client, staff, applicant):
    theirs = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(theirs, material)
    other = ApplicationFactory()
    client.force_login_mfa(staff)
    assert client.get(file_url(other, material)).status_code == 404


def test_staff_not_handling_the_case_gets_404_on_its_file(client, applicant):
    application = ApplicationFactory(
        applicant=applicant,
        status=Application.Status.ACCEPTED,
        handler=StaffUserFactory(),
    )
    material = stored(applicant)
    attach(application, material)
    client.force_login_mfa(StaffUserFactory())
    assert client.get(file_url(application, material)).status_code == 404
