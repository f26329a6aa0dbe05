"""The online application with an e-form: prefilled from the registry, materials
the platform obtains are not asked for, only the rest is uploaded; bad uploads,
a stale form version and someone else's draft are handled."""

import io
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reportlab.pdfgen import canvas

from applications.models import Application, ApplicationMaterial
from eforms.actions import definition_publish
from eforms.definitions import field, section
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

BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


def pdf(name="申请书.pdf") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "application")
    document.showPage()
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


@pytest.fixture
def setup():
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
    upload = MaterialRequirementFactory(service=service, name="申请书", sort_order=3)
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    return applicant, service, licence, upload


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def review_url(service):
    return reverse("applications:apply_review", kwargs={"code": service.code})


def test_form_is_prefilled_and_only_the_remaining_material_is_asked_for(client, setup):
    applicant, service, licence, upload = setup
    client.force_login(applicant)
    response = client.get(apply_url(service))
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="林晓明"' in content
    assert 'name="material-' + str(upload.pk) + '"' in content
    file_inputs = content.count('type="file"')
    assert file_inputs == 1
    rows = {row.requirement.name: row for row in response.context["rows"]}
    assert rows["居住证"].resolution.source == Source.LICENCE
    assert rows["户口簿"].resolution.source == Source.REGISTRY


def test_full_application_records_where_each_material_came_from(client, setup):
    applicant, service, licence, upload = setup
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        {
            "phone": "13912345678",
            "reason": "签注。",
            f"material-{upload.pk}": pdf(),
            "_continue": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    key = client.session[f"apply:{service.code}"]["submission_key"]
    review = client.get(review_url(service)).content.decode()
    assert "居住证" in review and "申请书.pdf" in review
    client.post(review_url(service), {"submission_key": key, "declaration": "on"})
    application = Application.objects.get()
    assert application.data["name"] == "林晓明"
    assert application.form_version is not None
    sources = {m.name: m.source for m in application.materials.all()}
    assert sources == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
    }
    assert application.materials.get(name="居住证").licence == licence


def test_registry_field_ignores_a_posted_value(client, setup):
    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {
            "name": "冒名",
            "phone": "13912345678",
            "reason": "x",
            f"material-{upload.pk}": pdf(),
        },
    )
    assert client.session[f"apply:{service.code}"]["data"]["name"] == "林晓明"


def test_exe_renamed_pdf_is_refused_and_the_rest_is_kept(client, setup):
    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    fake = SimpleUploadedFile("申请书.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(
        apply_url(service),
        {"phone": "13912345678", "reason": "保留我", f"material-{upload.pk}": fake},
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "保留我" in content
    [row] = [r for r in response.context["rows"] if r.errors]
    assert row.requirement == upload
    assert Application.objects.count() == 0


def test_an_upload_survives_an_error_elsewhere_in_the_form(client, setup):
    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    first = client.post(
        apply_url(service),
        {"phone": "123", "reason": "x", f"material-{upload.pk}": pdf()},
    )
    kept = first.context["rows"][2].material
    assert kept is not None
    assert f'name="material-{upload.pk}-kept" value="{kept.pk}"' in (
        first.content.decode()
    )
    second = client.post(
        apply_url(service),
        {"phone": "13912345678", "reason": "x", f"material-{upload.pk}-kept": kept.pk},
    )
    assert second.status_code == 302


def test_someone_elses_kept_material_is_ignored(client, setup):
    from applications.actions.materials import material_store

    applicant, service, _licence, upload = setup
    other = PersonFactory().user
    theirs = material_store(
        owner=other, organisation=None, requirement_name="申请书", uploaded_file=pdf()
    )
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        {
            "phone": "13912345678",
            "reason": "x",
            f"material-{upload.pk}-kept": theirs.pk,
        },
    )
    assert response.status_code == 400
    assert response.context["rows"][2].errors


def test_stale_form_version_sends_the_applicant_back_losing_nothing(client, setup):
    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {
            "phone": "13912345678",
            "reason": "原来的回答",
            f"material-{upload.pk}": pdf(),
        },
    )
    key = client.session[f"apply:{service.code}"]["submission_key"]
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    response = client.post(
        review_url(service), {"submission_key": key, "declaration": "on"}
    )
    assert response["Location"] == apply_url(service)
    assert Application.objects.count() == 0
    form_page = client.get(apply_url(service)).content.decode()
    assert "原来的回答" in form_page


def test_save_draft_then_resume_on_another_device(client, setup, django_user_model):
    from django.test import Client

    applicant, service, _licence, _upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {"phone": "13912345678", "reason": "草稿内容", "_save_draft": "1"},
    )
    other_device = Client()
    other_device.force_login(applicant)
    assert "草稿内容" in other_device.get(apply_url(service)).content.decode()


def test_draft_saved_meanwhile_on_another_device_is_not_overwritten_silently(
    client, setup
):
    applicant, service, _licence, _upload = setup
    client.force_login(applicant)
    client.post(apply_url(service), {"reason": "第一台", "_save_draft": "1"})
    page = client.get(apply_url(service))
    revision = page.context["draft"].revision
    client.post(  # the other device saves first
        apply_url(service),
        {"reason": "第二台", "_save_draft": "1", "draft_revision": revision},
    )
    stale = client.post(
        apply_url(service),
        {"reason": "过时的", "_save_draft": "1", "draft_revision": revision},
    )
    assert stale.status_code == 200
    assert "过时的" in stale.content.decode()
    from eforms.models import Draft

    assert Draft.objects.get().data["reason"] == "第二台"


def test_double_submit_makes_one_application_with_one_set_of_materials(client, setup):
    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {"phone": "13912345678", "reason": "x", f"material-{upload.pk}": pdf()},
    )
    key = client.session[f"apply:{service.code}"]["submission_key"]
    for _ in range(2):
        client.post(review_url(service), {"submission_key": key, "declaration": "on"})
    assert Application.objects.count() == 1
    assert ApplicationMaterial.objects.count() == 3


def test_a_submission_key_of_nobody_is_not_a_shortcut(client, setup):
    applicant, service, _licence, _upload = setup
    client.force_login(applicant)
    response = client.post(
        review_url(service), {"submission_key": str(uuid.uuid4()), "declaration": "on"}
    )
    assert response["Location"] == apply_url(service)


def test_submitted_application_notifies_the_applicant(client, setup):
    from notifications.models import Notification

    applicant, service, _licence, upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {"phone": "13912345678", "reason": "x", f"material-{upload.pk}": pdf()},
    )
    key = client.session[f"apply:{service.code}"]["submission_key"]
    client.post(review_url(service), {"submission_key": key, "declaration": "on"})
    application = Application.objects.get()
    notification = Notification.objects.get(user=applicant)
    assert application.number in notification.subject
