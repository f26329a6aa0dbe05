"""The desk case page shows what the applicant submitted: the e-form's answers
labelled as in the version filled in (identifiers masked) and every material with
how it was obtained; staff handling the case open uploaded files, nobody else
does; an e-form file upload becomes an application material kept in the
library."""

import pytest
from django.urls import reverse
from django.utils import translation

from eforms.demo import definition_publish, field, options, section
from services.material_library import MaterialInUse, material_delete, material_store
from services.models import Application, ApplicationMaterial
from tests.factories import (
    ApplicationFactory,
    LicenceFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
)
from tests.services.materials_support import pdf_upload

pytestmark = pytest.mark.django_db
Source = ApplicationMaterial.Source

BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名"),
        field("resident_id", "id_number", "公民身份号码"),
        field(
            "choice",
            "marital",
            "婚姻状况",
            options=options(("married", "已婚"), ("single", "未婚")),
        ),
        field("long_text", "reason", "申请事由"),
        field("address", "home", "居住地址"),
        field("file", "plan", "场所平面图", required=False),
    ),
    section(
        "家庭成员",
        field(
            "group",
            "members",
            "家庭成员",
            min_rows=0,
            max_rows=3,
            initial_rows=1,
            required=False,
            fields=[
                field("text", "member_name", "成员姓名"),
                field("text", "relation", "关系"),
            ],
        ),
    ),
]


@pytest.fixture
def service():
    service = ServiceFactory(name="居住登记")
    definition_publish(service=service, title="居住登记申请表", body=BODY)
    return service


@pytest.fixture
def version(service):
    return service.form_definition.versions.get()


@pytest.fixture
def applicant():
    return PersonFactory(name="林晓明").user


@pytest.fixture
def staff():
    return StaffUserFactory()


def make_application(applicant, service, version, **data):
    values = {"name": "林晓明", "marital": "married", "reason": "在本市居住。"}
    values.update(data)
    return ApplicationFactory(
        applicant=applicant, service=service, form_version=version, data=values
    )


def desk_page(client, staff, application) -> str:
    client.force_login(staff)
    response = client.get(
        reverse("services:desk_detail", kwargs={"number": application.number})
    )
    assert response.status_code == 200
    return response.content.decode()


def part(content: str, element_id: str, end: str = "</section>") -> str:
    start = content.index(f'id="{element_id}"')
    return content[start : content.index(end, start)]


def file_url(application, material) -> str:
    return reverse(
        "services:desk_material_download",
        kwargs={"number": application.number, "pk": material.pk},
    )


def stored(owner, name="场所平面图"):
    return material_store(
        owner=owner,
        organisation=None,
        requirement_name=name,
        uploaded_file=pdf_upload(name="平面图.pdf"),
    )


def attach(application, material, *, source=Source.UPLOADED, name="申请书"):
    return ApplicationMaterial.objects.create(
        application=application, name=name, source=source, material=material
    )


# --- answers ----------------------------------------------------------------------


def test_desk_shows_an_eform_answer_under_its_label(client, staff, applicant, version):
    application = make_application(applicant, version.definition.service, version)
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert "申请事由" in answers
    assert "在本市居住。" in answers


def test_desk_shows_a_choice_by_its_label_not_its_code(
    client, staff, applicant, version
):
    application = make_application(applicant, version.definition.service, version)
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert "已婚" in answers
    assert "married" not in answers


def test_desk_labels_answers_as_in_the_version_they_were_filled_in(
    client, staff, applicant, service, version
):
    application = make_application(applicant, service, version)
    renamed = [section("申请人信息", field("long_text", "reason", "新的事由标签"))]
    definition_publish(service=service, title="居住登记申请表", body=renamed)
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert "申请事由" in answers
    assert "新的事由标签" not in answers


def test_desk_shows_sections_as_headings(client, staff, applicant, version):
    application = make_application(applicant, version.definition.service, version)
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert "<h3>申请人信息</h3>" in answers


def test_desk_masks_a_resident_id_answer(client, staff, applicant, version):
    number = next_resident_id()
    application = make_application(
        applicant, version.definition.service, version, id_number=number
    )
    content = desk_page(client, staff, application)
    assert number not in content
    assert number[:6] + "********" + number[-4:] in part(content, "desk-answers")


def test_desk_masks_a_resident_id_typed_into_free_text(
    client, staff, applicant, version
):
    number = next_resident_id()
    application = make_application(
        applicant,
        version.definition.service,
        version,
        reason=f"本人身份证号{number}，申请登记。",
    )
    content = desk_page(client, staff, application)
    assert number not in content
    assert "申请登记" in part(content, "desk-answers")


def test_desk_shows_an_address_as_region_names_and_detail(
    client, staff, applicant, version
):
    home = {
        "province": "350000",
        "city": "350100",
        "county": "350102",
        "detail": "五一路 8 号",
        "text": "示范省榕城市鼓楼区五一路 8 号",
    }
    application = make_application(
        applicant, version.definition.service, version, home=home
    )
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert "示范省榕城市鼓楼区 五一路 8 号" in answers
    assert "350102" not in answers


def test_desk_shows_a_repeating_group_as_a_table(client, staff, applicant, version):
    members = [
        {"member_name": "林大明", "relation": "父亲"},
        {"member_name": "陈小红", "relation": "母亲"},
    ]
    application = make_application(
        applicant, version.definition.service, version, members=members
    )
    answers = part(desk_page(client, staff, application), "desk-answers")
    table = answers[answers.index('data-answer="members"') :]
    assert '<th scope="col">成员姓名</th>' in table
    assert table.index("林大明") < table.index("陈小红")


def test_desk_links_a_file_answer_to_the_staff_download(
    client, staff, applicant, version
):
    material = stored(applicant)
    application = make_application(
        applicant,
        version.definition.service,
        version,
        plan={"material": material.pk},
    )
    attach(application, material, name="场所平面图")
    answers = part(desk_page(client, staff, application), "desk-answers")
    assert f'href="{file_url(application, material)}"' in answers
    assert "平面图.pdf" in answers


def test_desk_shows_the_basic_form_answers_of_an_application_without_eform(
    client, staff
):
    application = ApplicationFactory(data={"details": "申请补办。", "phone": "1"})
    with translation.override("en"):
        answers = part(desk_page(client, staff, application), "desk-answers")
    assert "Details of the request" in answers
    assert "申请补办。" in answers


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
    client.force_login(staff)
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
    assert client.get(file_url(application, material)).status_code == 404


def test_another_citizen_gets_404_on_the_desk_file_link(
    client, applicant, other_citizen
):
    application = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(application, material)
    client.force_login(other_citizen)
    assert client.get(file_url(application, material)).status_code == 404


def test_a_material_of_another_application_is_404(client, staff, applicant):
    theirs = ApplicationFactory(applicant=applicant)
    material = stored(applicant)
    attach(theirs, material)
    other = ApplicationFactory()
    client.force_login(staff)
    assert client.get(file_url(other, material)).status_code == 404


def test_staff_not_handling_the_case_gets_404_on_its_file(client, applicant):
    application = ApplicationFactory(
        applicant=applicant,
        status=Application.Status.ACCEPTED,
        handler=StaffUserFactory(),
    )
    material = stored(applicant)
    attach(application, material)
    client.force_login(StaffUserFactory())
    assert client.get(file_url(application, material)).status_code == 404


# --- e-form file uploads at submission ---------------------------------------------


def apply_with_a_file(client, applicant, service):
    """Fill in the form with a file in its upload field, reach the review page;
    returns the submission key."""
    client.force_login(applicant)
    response = client.post(
        reverse("services:apply", kwargs={"code": service.code}),
        {
            "name": "林晓明",
            "id_number": next_resident_id(),
            "marital": "single",
            "reason": "在本市居住。",
            "home__province": "350000",
            "home__city": "350100",
            "home__county": "350102",
            "home__detail": "五一路 8 号",
            "members__rows": "1",
            "plan": pdf_upload(name="平面图.pdf"),
            "_continue": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.session[f"apply:{service.code}"]["submission_key"]


def submit(client, service, key):
    return client.post(
        reverse("services:apply_review", kwargs={"code": service.code}),
        {"submission_key": key, "declaration": "on"},
    )


def test_an_eform_file_upload_becomes_an_uploaded_application_material(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    submit(client, service, key)
    application = Application.objects.get()
    [item] = application.materials.all()
    assert item.source == Source.UPLOADED
    assert item.name == "场所平面图"
    assert item.material_id == application.data["plan"]["material"]
    assert item.material.owner == applicant


def test_an_eform_file_upload_cannot_be_deleted_from_the_library_once_submitted(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    submit(client, service, key)
    application = Application.objects.get()
    material = application.materials.get().material
    with pytest.raises(MaterialInUse):
        material_delete(material=material, user=applicant)


def test_an_eform_file_deleted_before_submitting_sends_the_applicant_back(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    pending = client.session[f"apply:{service.code}"]
    material = applicant.materials.get(pk=pending["data"]["plan"]["material"])
    material_delete(material=material, user=applicant)
    response = submit(client, service, key)
    assert response["Location"] == reverse(
        "services:apply", kwargs={"code": service.code}
    )
    assert Application.objects.count() == 0


def test_review_page_shows_a_choice_by_its_label(client, applicant, service):
    apply_with_a_file(client, applicant, service)
    response = client.get(
        reverse("services:apply_review", kwargs={"code": service.code})
    )
    answers = part(response.content.decode(), "review-answers", "</dl>")
    assert "未婚" in answers
    assert "single" not in answers
