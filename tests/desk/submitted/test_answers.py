"""The desk shows the e-form's answers labelled as in the version filled in, with
identifiers masked."""

import pytest
from django.utils import translation

from eforms.actions import definition_publish
from eforms.definitions import field, section
from tests.desk.submitted.support import (
    attach,
    desk_page,
    file_url,
    make_application,
    part,
    stored,
)
from tests.eforms.residence_form import masked
from tests.factories import ApplicationFactory, next_resident_id

pytestmark = pytest.mark.django_db


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
    assert masked(number) in part(content, "desk-answers")


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
