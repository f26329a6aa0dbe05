"""The application form step loses nothing the applicant typed or chose: files
of e-form upload fields are kept across errors, a form version published
meanwhile is shown with the answers carried over, every error is listed with a
link to its input, and "report an error" saves the draft first (no JavaScript:
the test client)."""

import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reportlab.pdfgen import canvas

from applications.actions.materials import material_store
from applications.models import Material
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.models import Draft, FormVersion
from tests.factories import (
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    next_resident_id,
)
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

APPLICANT = section(
    "申请人信息",
    field("text", "name", "姓名", prefill="population.name"),
    field("phone", "phone", "手机号码"),
    field("long_text", "reason", "申请事由"),
    field("file", "photo", "照片"),
)
HOLDERS = field(
    "group",
    "holders",
    "股东",
    min_rows=1,
    max_rows=3,
    initial_rows=1,
    fields=[field("text", "holder_name", "股东姓名")],
)


def pdf(name="照片.pdf") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, name)
    document.showPage()
    document.save()
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


@pytest.fixture
def setup():
    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    service = ServiceFactory(name="居住证签注")
    upload = MaterialRequirementFactory(service=service, name="申请书", sort_order=1)
    definition_publish(service=service, title="居住证签注申请表", body=[APPLICANT])
    return applicant, service, upload


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def current_version(service) -> FormVersion:
    return FormVersion.objects.filter(definition__service=service).latest("number")


def valid(upload, version, **overrides) -> dict:
    data = {
        "phone": "13912345678",
        "reason": "签注。",
        f"material-{upload.pk}": pdf("申请书.pdf"),
        "form_version": version.pk,
        "_continue": "1",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def pending(client, service):
    return client.session.get(f"apply:{service.code}")


def test_a_file_chosen_in_an_eform_field_is_kept_when_another_field_is_wrong(
    client, setup
):
    applicant, service, upload = setup
    client.force_login(applicant)
    version = current_version(service)
    response = client.post(
        apply_url(service), valid(upload, version, phone="123", photo=pdf())
    )
    assert response.status_code == 400
    kept = Material.objects.get(owner=applicant, name="照片")
    content = response.content.decode()
    assert f'name="photo__kept" value="{kept.pk}"' in content
    assert 'id="id_photo_kept"' in content
    assert "照片.pdf" in content


def test_the_kept_eform_file_is_used_on_the_next_submit(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    version = current_version(service)
    client.post(apply_url(service), valid(upload, version, phone="123", photo=pdf()))
    kept = Material.objects.get(owner=applicant, name="照片")
    response = client.post(
        apply_url(service), valid(upload, version, photo__kept=kept.pk)
    )
    assert response.status_code == 302
    assert pending(client, service)["data"]["photo"] == {"material": kept.pk}


def test_someone_elses_material_posted_as_a_kept_eform_file_is_refused(client, setup):
    applicant, service, upload = setup
    theirs = material_store(
        owner=PersonFactory().user,
        organisation=None,
        requirement_name="照片",
        uploaded_file=pdf(),
    )
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        valid(upload, current_version(service), photo__kept=theirs.pk),
    )
    assert response.status_code == 400
    assert "photo" in response.context["form"].errors
    assert 'name="photo__kept"' not in response.content.decode()
    assert pending(client, service) is None


def test_a_form_updated_meanwhile_is_shown_again_with_the_answers_kept(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    opened = current_version(service)
    added = field("email", "email", "电子邮箱")
    definition_publish(
        service=service,
        title="居住证签注申请表",
        body=[section(*_section_title_and_fields(APPLICANT), added)],
    )
    response = client.post(
        apply_url(service), valid(upload, opened, reason="原来的回答", photo=pdf())
    )
    assert response.status_code == 400
    assert pending(client, service) is None
    assert response.context["stale_version"]
    assert response.context["changed_keys"] == ["email"]
    content = response.content.decode()
    assert "原来的回答" in content
    assert 'class="eform-item eform-item--changed"' in content
    assert 'href="#item-email"' in content
    assert f'name="form_version" value="{current_version(service).pk}"' in content
    kept = Material.objects.get(owner=applicant, name="照片")
    assert f'name="photo__kept" value="{kept.pk}"' in content


def test_continuing_on_the_updated_form_proceeds_to_review(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    added = field("email", "email", "电子邮箱")
    definition_publish(
        service=service,
        title="居住证签注申请表",
        body=[section(*_section_title_and_fields(APPLICANT), added)],
    )
    response = client.post(
        apply_url(service),
        valid(
            upload,
            current_version(service),
            email="lin@example.com",
            photo=pdf(),
        ),
    )
    assert response.status_code == 302
    assert pending(client, service)["data"]["email"] == "lin@example.com"


def _section_title_and_fields(block):
    return [block["value"]["title"], *block["value"]["fields"]]


def test_error_summary_links_each_eform_error_to_its_field(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        valid(upload, current_version(service), phone="123", reason=""),
    )
    summary = _summary(response)
    assert 'href="#id_phone"' in summary
    assert 'href="#id_reason"' in summary
    assert 'href="#id_photo"' in summary
    assert 'role="alert"' in summary and 'tabindex="-1"' in summary


def test_error_summary_is_shown_when_only_a_material_upload_failed(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    fake = SimpleUploadedFile("申请书.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(
        apply_url(service),
        valid(
            upload,
            current_version(service),
            photo=pdf(),
            **{f"material-{upload.pk}": fake},
        ),
    )
    assert response.status_code == 400
    assert not response.context["form"].errors
    assert f'href="#material-{upload.pk}"' in _summary(response)


def test_error_summary_links_a_group_error_to_the_group(client, setup):
    applicant, service, upload = setup
    definition_publish(
        service=service,
        title="居住证签注申请表",
        body=[APPLICANT, section("股东信息", HOLDERS)],
    )
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        valid(upload, current_version(service), photo=pdf(), holders__rows="1"),
    )
    assert 'href="#group-holders"' in _summary(response)


def test_several_errors_of_one_material_share_one_described_container(
    client, setup, monkeypatch
):
    applicant, service, upload = setup

    def refuse(_file):
        raise ValidationError(["文件类型不符。", "文件过大。"])

    monkeypatch.setattr("applications.actions.materials.validate_upload", refuse)
    client.force_login(applicant)
    response = client.post(apply_url(service), valid(upload, current_version(service)))
    content = response.content.decode()
    name = f"material-{upload.pk}"
    assert content.count(f'id="{name}-errors"') == 1
    [described] = re.findall(rf'id="{name}" [^>]*aria-describedby="([^"]+)"', content)
    assert f"{name}-errors" in described.split()
    ids = re.findall(r'\sid="([^"]+)"', content)
    assert len(ids) == len(set(ids))


def test_report_an_error_saves_the_typed_input_then_opens_the_report_page(
    client, setup
):
    applicant, service, upload = setup
    client.force_login(applicant)
    version = current_version(service)
    response = client.post(
        apply_url(service),
        {
            "phone": "13912345678",
            "reason": "还没保存的回答",
            "form_version": version.pk,
            "_report": "name",
        },
    )
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == reverse("eforms:report_error")
    query = parse_qs(target.query)
    assert query["field"] == ["name"]
    assert query["next"] == [apply_url(service)]
    assert Draft.objects.get(user=applicant).data["reason"] == "还没保存的回答"
    assert client.get(response["Location"]).status_code == 200
    assert "还没保存的回答" in client.get(apply_url(service)).content.decode()


def test_report_an_error_keeps_a_chosen_file_in_the_draft(client, setup):
    applicant, service, upload = setup
    client.force_login(applicant)
    client.post(
        apply_url(service),
        {
            "reason": "x",
            "photo": pdf(),
            "form_version": current_version(service).pk,
            "_report": "name",
        },
    )
    kept = Material.objects.get(owner=applicant, name="照片")
    page = client.get(apply_url(service)).content.decode()
    assert f'name="photo__kept" value="{kept.pk}"' in page


def test_report_an_error_is_a_button_of_the_application_form(client, setup):
    applicant, service, _upload = setup
    client.force_login(applicant)
    content = client.get(apply_url(service)).content.decode()
    assert re.search(r'<button type="submit" name="_report" value="name"', content)
    assert reverse("eforms:report_error") not in content


def _summary(response) -> str:
    content = response.content.decode()
    match = re.search(r'<div class="error-summary".*?</div>', content, re.S)
    assert match, "no error summary"
    return match.group(0)


def test_enter_in_a_field_continues_rather_than_reporting_an_error(client, setup):
    applicant, service, _upload = setup
    client.force_login(applicant)
    content = client.get(apply_url(service)).content.decode()
    form = content[content.index('<form method="post" enctype="multipart/form-data"') :]
    first = re.search(r'<button type="submit" name="([^"]+)"', form)
    assert first.group(1) == "_continue"


def test_adding_a_row_keeps_a_chosen_file(client, setup):
    applicant, service, upload = setup
    definition_publish(
        service=service,
        title="居住证签注申请表",
        body=[APPLICANT, section("股东信息", HOLDERS)],
    )
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        valid(
            upload,
            current_version(service),
            photo=pdf(),
            holders__rows="1",
            _add_row="holders",
        ),
    )
    kept = Material.objects.get(owner=applicant, name="照片")
    assert f'name="photo__kept" value="{kept.pk}"' in response.content.decode()
