"""A file over the per-file limit loses nothing else: under the request ceiling the
body is parsed, the big part is read and dropped (``eforms.upload_limits``), and
the page comes back (400) with "<name> is larger than the 10 MB limit" against
that file's field - the e-form upload field, the material row, the notice item -
and everything else typed or chosen kept. Only a body over the ceiling gets the
413 page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.urls import reverse
from django.utils import timezone, translation

import applications.actions.materials
from applications.models import Application, Material
from desk.actions import notice_issue
from tests.applications.eform_step_support import (
    MB,
    TOO_LARGE,
    apply_url,
    big_scan,
    eform_fixture,  # noqa: F401
    eform_post,
)
from tests.applications.materials_support import pdf_upload
from tests.desk.notices.support import REAL_MATERIAL_STORE, install_stubs
from tests.factories import (
    ApplicationFactory,
    MaterialRequirementFactory,
    ServiceFactory,
)
from workdays.calendar import add_working_days

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """The pages in English (URLs reversed under /en/); conftest restores the
    default language afterwards."""
    translation.activate("en")


@pytest.fixture
def spooled(monkeypatch) -> dict[str, int]:
    """Bytes of each file (by name) that reached Django's temporary-file upload
    handler, i.e. could be written to disk."""
    written: dict[str, int] = {}
    receive = TemporaryFileUploadHandler.receive_data_chunk

    def counting(self, raw_data, start):
        written[self.file_name] = written.get(self.file_name, 0) + len(raw_data)
        return receive(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", counting)
    return written


# --- the e-form step ------------------------------------------------------------


def test_a_50_mb_file_in_an_eform_field_is_an_error_of_that_field(client, eform):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    response = client.post(
        apply_url(service), eform_post(requirement, version, photo=big_scan())
    )
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert message.startswith("“扫描件.pdf” " + TOO_LARGE)
    assert 'href="#id_photo"' in response.content.decode()
    assert not Material.objects.filter(owner=applicant, name="照片").exists()


def test_every_answer_is_kept_beside_a_50_mb_eform_file(client, eform):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    response = client.post(
        apply_url(service), eform_post(requirement, version, photo=big_scan())
    )
    content = response.content.decode()
    assert 'value="13912345678"' in content
    assert "签注：在本市连续居住满一年。" in content
    kept = Material.objects.get(owner=applicant, name="申请书")
    assert f'name="material-{requirement.pk}-kept" value="{kept.pk}"' in content


def test_a_50_mb_material_is_an_error_of_its_row_and_the_eform_file_is_kept(
    client, eform
):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    response = client.post(
        apply_url(service),
        eform_post(requirement, version, **{f"material-{requirement.pk}": big_scan()}),
    )
    assert response.status_code == 400
    [row] = [row for row in response.context["rows"] if row.errors]
    assert row.requirement == requirement
    assert TOO_LARGE in row.errors[0]
    photo = Material.objects.get(owner=applicant, name="照片")
    assert f'name="photo__kept" value="{photo.pk}"' in response.content.decode()


def test_the_50_mb_file_never_reaches_the_disk(client, eform, spooled):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    client.post(apply_url(service), eform_post(requirement, version, photo=big_scan()))
    assert spooled["扫描件.pdf"] <= 10 * MB
    assert spooled["申请书.pdf"] > 0  # the valid file went the usual way


def test_an_exe_renamed_pdf_is_still_refused_by_its_content(client, eform):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    program = SimpleUploadedFile("照片.pdf", b"MZ\x90\x00" + bytes(200))
    response = client.post(
        apply_url(service), eform_post(requirement, version, photo=program)
    )
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert "a program" in message


def test_saving_a_draft_with_a_50_mb_file_says_so_and_keeps_the_answers(client, eform):
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    data = eform_post(requirement, version, photo=big_scan(), _save_draft="1")
    del data["_continue"]
    response = client.post(apply_url(service), data)
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert TOO_LARGE in message
    assert "签注：在本市连续居住满一年。" in response.content.decode()


# --- the basic form's material step -----------------------------------------------


def test_a_50_mb_material_on_the_basic_form_keeps_what_was_typed(client, citizen):
    service = ServiceFactory()
    requirement = MaterialRequirementFactory(service=service, name="身份证明")
    client.force_login(citizen)
    response = client.post(
        apply_url(service),
        {
            "applicant_name": "林晓明",
            "phone": "13912345678",
            "address": "榕城市鼓楼区政务路1号",
            "details": "申请办理居住证。",
            f"material-{requirement.pk}": big_scan(),
        },
    )
    assert response.status_code == 400
    [row] = response.context["rows"]
    assert row.errors == [
        "“扫描件.pdf” is larger than the 10 MB limit. Choose a smaller file: scan "
        "at a lower resolution, or only the pages required."
    ]
    assert "榕城市鼓楼区政务路1号" in response.content.decode()
    assert Application.objects.count() == 0


# --- the supplement to a one-time notice ------------------------------------------


@pytest.fixture
def notice(monkeypatch, citizen, staff_user):
    install_stubs(monkeypatch)
    monkeypatch.setattr(
        applications.actions.materials, "material_store", REAL_MATERIAL_STORE
    )
    application = ApplicationFactory(applicant=citizen)
    return notice_issue(
        application=application,
        actor=staff_user,
        items=[
            {"name": "营业执照复印件", "problem": "missing", "reason": "未提交"},
            {"name": "章程", "problem": "defective", "reason": "缺页"},
        ],
        deadline=add_working_days(timezone.localdate(), 5),
    )


def supplement_url(application):
    return reverse("applications:application_supplement", args=[application.number])


def test_a_50_mb_supplement_file_is_an_error_of_its_item(client, citizen, notice):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    response = client.post(
        supplement_url(notice.application),
        {
            f"item_{licence.pk}": pdf_upload(name="执照.pdf"),
            f"item_{statute.pk}": big_scan(),
        },
    )
    assert response.status_code == 400
    content = response.content.decode()
    error = content.split(f'id="supplement-item-{statute.pk}-error">')[1]
    assert error.startswith("“扫描件.pdf” " + TOO_LARGE)
    assert f'id="supplement-item-{licence.pk}-error"' not in content
    notice.application.refresh_from_db()
    assert notice.application.status == Application.Status.NOTICE


def test_the_valid_supplement_file_beside_a_50_mb_one_is_kept(client, citizen, notice):
    licence, statute = notice.items.all()
    client.force_login(citizen)
    response = client.post(
        supplement_url(notice.application),
        {
            f"item_{licence.pk}": pdf_upload(name="执照.pdf"),
            f"item_{statute.pk}": big_scan(),
        },
    )
    kept = Material.objects.get(owner=citizen, name="营业执照复印件")
    assert f'name="kept_{licence.pk}" value="{kept.pk}"' in response.content.decode()


# --- the ceiling and the client-side check ------------------------------------------


def test_a_body_over_the_ceiling_still_gets_the_413_page(client, eform, settings):
    settings.MATERIAL_MAX_REQUEST_BYTES = 20 * MB
    applicant, service, requirement, version = eform
    client.force_login(applicant)
    response = client.post(
        apply_url(service), eform_post(requirement, version, photo=big_scan())
    )
    assert response.status_code == 413
    assert "The upload is too large" in response.content.decode()
    assert not Material.objects.filter(owner=applicant).exists()


def test_the_default_ceiling_takes_several_full_files_and_one_50_mb_mistake(
    settings,
):
    assert settings.MATERIAL_MAX_REQUEST_BYTES >= 7 * 10 * MB + 5 * MB + 50 * MB


def test_the_apply_form_tells_the_browser_the_limit_and_the_message(client, eform):
    applicant, service, _requirement, _version = eform
    client.force_login(applicant)
    content = client.get(apply_url(service)).content.decode()
    assert f'data-max-bytes="{10 * MB}"' in content
    assert 'data-too-large="“{name}” is larger than the 10 MB limit.' in content
    assert "eforms/upload_limit.js" in content


def test_the_supplement_form_tells_the_browser_the_limit(client, citizen, notice):
    client.force_login(citizen)
    for url in (
        supplement_url(notice.application),
        notice.application.get_absolute_url(),
    ):
        content = client.get(url).content.decode()
        assert f'data-max-bytes="{10 * MB}"' in content, url
        assert "eforms/upload_limit.js" in content, url
