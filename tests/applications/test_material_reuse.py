"""Reusing what an applicant supplied earlier (不重复提交) follows the requirement,
not its name: the same requirement, or another service's requirement with the
same material code. A reused material can be replaced by a new upload on the
form step; one staff found defective is never reused again and the library says
why. (The data migrations for materials supplied before these rules:
``test_material_migrations``.)"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from applications.actions.materials import material_store
from applications.materials import resolve_materials
from applications.models import Application, ApplicationMaterial, Material
from desk.actions import notice_issue
from desk.actions.notices import default_notice_deadline
from tests.applications.materials_support import pdf_upload, submitted_with
from tests.factories import (
    MaterialRequirementFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source


def resolve(applicant, service):
    return resolve_materials(applicant=applicant, organisation=None, service=service)


def supplied(applicant, requirement, text="earlier"):
    return material_store(
        owner=applicant,
        organisation=None,
        requirement=requirement,
        uploaded_file=pdf_upload(text=text, name="earlier.pdf"),
    )


# --- reuse follows the requirement ------------------------------------------------


def test_material_is_reused_for_the_requirement_it_was_supplied_for(applicant):
    requirement = MaterialRequirementFactory(name="身份证明")
    material = supplied(applicant, requirement)

    [resolution] = resolve(applicant, requirement.service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_another_services_requirement_of_the_same_name_is_not_satisfied(applicant):
    supplied(applicant, MaterialRequirementFactory(name="身份证明"))
    other = MaterialRequirementFactory(name="身份证明")

    [resolution] = resolve(applicant, other.service)

    assert resolution.source == Source.UPLOADED
    assert resolution.material is None


def test_file_of_an_eform_field_is_not_reused_for_a_requirement_of_its_label(
    applicant,
):
    material_store(
        owner=applicant,
        organisation=None,
        requirement_name="身份证明",
        uploaded_file=pdf_upload(),
    )
    requirement = MaterialRequirementFactory(name="身份证明")

    assert resolve(applicant, requirement.service)[0].source == Source.UPLOADED


def test_same_material_code_reuses_across_services_whatever_the_name(applicant):
    material = supplied(
        applicant, MaterialRequirementFactory(name="身份证明", material_code="ID-01")
    )
    other = MaterialRequirementFactory(name="居民身份证复印件", material_code="ID-01")

    [resolution] = resolve(applicant, other.service)

    assert resolution.source == Source.REUSED
    assert resolution.material == material


def test_different_material_codes_with_the_same_name_are_not_reused(applicant):
    supplied(
        applicant, MaterialRequirementFactory(name="身份证明", material_code="ID-01")
    )
    other = MaterialRequirementFactory(name="身份证明", material_code="RESIDENCE-02")

    assert resolve(applicant, other.service)[0].source == Source.UPLOADED


def test_newest_material_of_the_same_kind_is_reused(applicant):
    own = MaterialRequirementFactory(name="照片", material_code="PHOTO")
    older = supplied(applicant, own, text="older")
    newer = supplied(
        applicant,
        MaterialRequirementFactory(name="近期照片", material_code="PHOTO"),
        text="newer",
    )
    Material.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=3)
    )

    [resolution] = resolve(applicant, own.service)

    assert resolution.material == newer


# --- replacing a reused material on the form step ---------------------------------


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def review_url(service):
    return reverse("applications:apply_review", kwargs={"code": service.code})


BASIC_FORM = {
    "applicant_name": "林晓明",
    "phone": "13912345678",
    "address": "榕城市鼓楼区政务路1号",
    "details": "申请办理。",
    "_continue": "1",
}


@pytest.fixture
def reused(citizen):
    requirement = MaterialRequirementFactory(name="申请书")
    return requirement, supplied(citizen, requirement)


def test_reused_material_offers_an_upload_instead(client, citizen, reused):
    requirement, _material = reused
    client.force_login(citizen)

    with translation.override("en"):  # the English pages are under /en/
        content = client.get(apply_url(requirement.service)).content.decode()

    assert "Upload a new one instead" in content
    assert f'type="file" id="material-{requirement.pk}"' in content


def test_new_upload_replaces_the_reused_material_and_both_stay_in_the_library(
    client, citizen, reused
):
    requirement, earlier = reused
    service = requirement.service
    client.force_login(citizen)

    response = client.post(
        apply_url(service),
        {**BASIC_FORM, f"material-{requirement.pk}": pdf_upload("new", "新.pdf")},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "新.pdf" in client.get(review_url(service)).content.decode()
    key = client.session[f"apply:{service.code}"]["submission_key"]
    client.post(review_url(service), {"submission_key": key, "declaration": "on"})

    row = Application.objects.get().materials.get(requirement=requirement)
    assert row.source == Source.UPLOADED
    assert row.material != earlier
    assert row.material.original_name == "新.pdf"
    assert row.material.requirement == requirement
    assert Material.objects.filter(pk=earlier.pk).exists()


def test_without_a_new_file_the_reused_material_is_submitted(client, citizen, reused):
    requirement, earlier = reused
    service = requirement.service
    client.force_login(citizen)

    client.post(apply_url(service), BASIC_FORM)
    key = client.session[f"apply:{service.code}"]["submission_key"]
    client.post(review_url(service), {"submission_key": key, "declaration": "on"})

    row = Application.objects.get().materials.get(requirement=requirement)
    assert row.source == Source.REUSED
    assert row.material == earlier


def test_refused_replacement_keeps_the_reused_material_and_shows_the_error(
    client, citizen, reused
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    requirement, _earlier = reused
    client.force_login(citizen)
    fake = SimpleUploadedFile("新.pdf", b"MZ\x90\x00" + b"\x00" * 200)

    response = client.post(
        apply_url(requirement.service),
        {**BASIC_FORM, f"material-{requirement.pk}": fake},
    )

    # Shown again (not sent on to the review), whatever the status code says.
    assert f"apply:{requirement.service.code}" not in client.session
    [row] = response.context["rows"]
    assert row.resolution.source == Source.REUSED
    assert row.errors
    assert '<details class="material-replace" open>' in response.content.decode()
    assert Material.objects.filter(owner=citizen).count() == 1


def test_someone_elses_material_posted_as_the_replacement_is_ignored(
    client, citizen, other_citizen, reused
):
    requirement, earlier = reused
    theirs = supplied(other_citizen, requirement, text="theirs")
    client.force_login(citizen)

    client.post(
        apply_url(requirement.service),
        {**BASIC_FORM, f"material-{requirement.pk}-kept": theirs.pk},
    )

    pending = client.session[f"apply:{requirement.service.code}"]
    assert pending["uploaded"] == {}
    assert [entry["material"] for entry in pending["obtained"]] == [earlier.pk]


# --- a material found defective ---------------------------------------------------


def found_defective(application, staff, requirement=None, name="", reason="模糊"):
    return notice_issue(
        application=application,
        actor=staff,
        items=[
            {
                "requirement_id": requirement.pk if requirement else None,
                "name": name or requirement.name,
                "problem": "defective",
                "reason": reason,
            }
        ],
        deadline=default_notice_deadline(),
    )


def test_material_found_defective_is_not_reused(applicant, staff_user):
    requirement = MaterialRequirementFactory(name="申请书", material_code="FORM")
    material = supplied(applicant, requirement)
    found_defective(
        submitted_with(applicant, requirement, material), staff_user, requirement
    )
    same_kind = MaterialRequirementFactory(name="申请表", material_code="FORM")

    assert resolve(applicant, requirement.service)[0].source == Source.UPLOADED
    assert resolve(applicant, same_kind.service)[0].source == Source.UPLOADED


def test_the_same_file_supplied_again_stays_defective(applicant, staff_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = pdf_upload(text="blurred").read()
    requirement = MaterialRequirementFactory(name="申请书")

    def store():
        return material_store(
            owner=applicant,
            organisation=None,
            requirement=requirement,
            uploaded_file=SimpleUploadedFile("scan.pdf", content),
        )

    material = store()
    found_defective(
        submitted_with(applicant, requirement, material), staff_user, requirement
    )

    again = store()

    assert again == material
    assert resolve(applicant, requirement.service)[0].source == Source.UPLOADED


def test_material_named_defective_in_a_free_row_is_not_reused(applicant, staff_user):
    requirement = MaterialRequirementFactory(name="申请书")
    material = supplied(applicant, requirement)
    application = submitted_with(applicant, requirement, material, Source.REUSED)
    found_defective(application, staff_user, name="申请书")

    assert resolve(applicant, requirement.service)[0].source == Source.UPLOADED


def test_material_listed_only_as_missing_is_still_reused(applicant, staff_user):
    requirement = MaterialRequirementFactory(name="申请书")
    material = supplied(applicant, requirement)
    application = submitted_with(applicant, requirement, material)
    notice_issue(
        application=application,
        actor=staff_user,
        items=[{"name": "营业执照", "problem": "missing", "reason": "未提交"}],
        deadline=default_notice_deadline(),
    )

    assert resolve(applicant, requirement.service)[0].material == material


def test_file_supplied_after_the_notice_is_reused_later(applicant, staff_user):
    from applications.actions import application_supplement

    requirement = MaterialRequirementFactory(name="申请书")
    application = submitted_with(
        applicant, requirement, supplied(applicant, requirement)
    )
    found_defective(application, staff_user, requirement)
    [item] = application.notices.get().items.all()

    application_supplement(
        application=application,
        applicant=applicant,
        files={item.pk: pdf_upload(text="better", name="更正.pdf")},
    )

    [resolution] = resolve(applicant, requirement.service)
    assert resolution.source == Source.REUSED
    assert resolution.material.original_name == "更正.pdf"


def test_library_page_says_when_and_why_a_material_was_found_defective(
    client, applicant, staff_user
):
    requirement = MaterialRequirementFactory(name="申请书")
    application = submitted_with(
        applicant, requirement, supplied(applicant, requirement)
    )
    notice = found_defective(application, staff_user, requirement, reason="缺少签名")
    client.force_login(applicant)

    with translation.override("en"):  # the English pages are under /en/
        content = client.get(reverse("applications:my_materials")).content.decode()

    found_on = timezone.localdate(notice.issued_at).isoformat()
    assert (
        f"Found defective on {found_on} (application {application.number}): 缺少签名"
    ) in content
    assert "Used again automatically" not in content


# --- the catalogue admin ----------------------------------------------------------


def test_editor_sets_the_material_code_of_a_requirement(client):
    from tests.factories import UserFactory
    from tests.services.test_catalogue_admin import edit_url, form_data

    requirement = MaterialRequirementFactory(name="身份证明")
    service = requirement.service
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True, totp=True))
    row = {
        "id": requirement.pk,
        "name": requirement.name,
        "form": requirement.form,
        "quantity": 1,
        "required": "on",
        "licence_type": "",
        "shared_resource": "",
        "material_code": "ID-01",
        "note": "",
        "sample": "",
        "ORDER": 1,
    }
    data = form_data(
        service,
        **{"materials-TOTAL_FORMS": "1", "materials-INITIAL_FORMS": "1"},
        **{f"materials-0-{key}": value for key, value in row.items()},
    )

    response = client.post(edit_url(service), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    requirement.refresh_from_db()
    assert requirement.material_code == "ID-01"


def test_a_material_code_with_spaces_is_refused():
    from django.core.exceptions import ValidationError

    requirement = MaterialRequirementFactory.build(
        service=ServiceFactory(), material_code="ID 01"
    )

    with pytest.raises(ValidationError) as refused:
        requirement.full_clean()
    assert "material_code" in refused.value.message_dict
