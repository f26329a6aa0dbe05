"""A file refused while the application form is only saved ("Save draft", "Add a
row") is reported as on "Continue": an error of its own e-form field or material
row, linked from the error summary, with a 400; the draft is still saved with
everything typed, and every valid file chosen alongside is kept."""

import pytest
from django.contrib.messages import constants
from django.utils import translation
from django.utils.html import escape

from applications.models import Material
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.models import Draft
from tests.applications.eform_step_support import (
    APPLICANT,
    REASON,
    TOO_LARGE,
    apply_url,
    big_scan,
    eform_fixture,  # noqa: F401
    eform_post,
    program,
)

pytestmark = pytest.mark.django_db

PROGRAM = "a program"
SAVED = "Draft saved. You can continue on any device."
SAVED_WITHOUT = "Draft saved without the files marked below"


@pytest.fixture(autouse=True)
def english():
    """The pages in English; conftest restores the default language after."""
    with translation.override("en"):
        yield


@pytest.fixture
def setup(client, eform):
    """``eform`` with its applicant signed in."""
    client.force_login(eform[0])
    return eform


def save_draft(client, setup, *, photo=None, material=None):
    """ "Save draft" with the form filled in; each file valid unless given."""
    _applicant, service, requirement, version = setup
    files = {"photo": photo, f"material-{requirement.pk}": material}
    data = eform_post(
        requirement,
        version,
        **{key: upload for key, upload in files.items() if upload is not None},
        _save_draft="1",
    )
    del data["_continue"]
    return client.post(apply_url(service), data)


def messages_of(response) -> list[tuple[int, str]]:
    return [(message.level, str(message)) for message in response.context["messages"]]


def summary_links(content: str) -> str:
    start = content.index('id="error-summary-list"')
    return content[start : content.index("</ul>", start)]


# --- an e-form upload field ------------------------------------------------------


def test_a_program_in_an_eform_file_field_is_an_error_of_that_field(client, setup):
    response = save_draft(client, setup, photo=program())
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert PROGRAM in message
    content = response.content.decode()
    assert '<div class="error" id="id_photo_errors">' in content
    assert 'aria-invalid="true"' in content
    assert 'aria-describedby="id_photo_errors"' in content
    assert f'href="#id_photo">照片: {escape(message)}' in summary_links(content)


def test_the_draft_is_saved_beside_a_refused_eform_file(client, setup):
    applicant, *_ = setup
    save_draft(client, setup, photo=program())
    draft = Draft.objects.get(user=applicant)
    assert draft.data["phone"] == "13912345678"
    assert draft.data["reason"] == REASON
    assert "photo__kept" not in draft.data
    assert not Material.objects.filter(owner=applicant, name="照片").exists()


def test_the_valid_material_beside_a_refused_eform_file_is_kept(client, setup):
    applicant, _service, requirement, _version = setup
    response = save_draft(client, setup, photo=program())
    kept = Material.objects.get(owner=applicant, name="申请书")
    content = response.content.decode()
    assert f'name="material-{requirement.pk}-kept" value="{kept.pk}"' in content
    assert 'value="13912345678"' in content
    assert REASON in content


def test_the_page_says_the_draft_was_saved_without_the_refused_file(client, setup):
    response = save_draft(client, setup, photo=program())
    [(level, text)] = messages_of(response)
    assert level == constants.WARNING
    assert text.startswith(SAVED_WITHOUT)
    # The reason is told once, on the field, not also at the top of the page.
    assert response.content.decode().count(PROGRAM) == 2  # field and summary


# --- a material row -----------------------------------------------------------------


def test_a_program_as_a_material_is_an_error_of_its_row(client, setup):
    _applicant, _service, requirement, _version = setup
    response = save_draft(client, setup, material=program("申请书.pdf"))
    assert response.status_code == 400
    [row] = [row for row in response.context["rows"] if row.errors]
    assert row.requirement == requirement
    [message] = row.errors
    assert PROGRAM in message
    content = response.content.decode()
    errors_id = f"material-{requirement.pk}-errors"
    assert f'<div class="error" id="{errors_id}">' in content
    assert (
        f'href="#material-{requirement.pk}">申请书: {escape(message)}'
        in summary_links(content)
    )
    assert SAVED_WITHOUT in messages_of(response)[0][1]


def test_the_draft_keeps_the_valid_eform_file_beside_a_refused_material(client, setup):
    applicant, *_ = setup
    response = save_draft(client, setup, material=program("申请书.pdf"))
    photo = Material.objects.get(owner=applicant, name="照片")
    draft = Draft.objects.get(user=applicant)
    assert draft.data["photo__kept"] == str(photo.pk)
    assert draft.data["reason"] == REASON
    assert f'name="photo__kept" value="{photo.pk}"' in response.content.decode()
    assert not Material.objects.filter(owner=applicant, name="申请书").exists()


# --- a file over the size limit ------------------------------------------------------


def test_a_50_mb_eform_file_is_an_error_of_its_field_and_the_draft_is_saved(
    client, setup
):
    applicant, *_ = setup
    response = save_draft(client, setup, photo=big_scan())
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert message.startswith("“扫描件.pdf” " + TOO_LARGE)
    assert 'href="#id_photo"' in summary_links(response.content.decode())
    assert Draft.objects.get(user=applicant).data["phone"] == "13912345678"
    assert Material.objects.filter(owner=applicant, name="申请书").exists()


def test_a_50_mb_material_is_an_error_of_its_row_and_the_draft_is_saved(client, setup):
    applicant, _service, requirement, _version = setup
    response = save_draft(client, setup, material=big_scan())
    assert response.status_code == 400
    [row] = [row for row in response.context["rows"] if row.errors]
    assert TOO_LARGE in row.errors[0]
    assert f'href="#material-{requirement.pk}"' in summary_links(
        response.content.decode()
    )
    photo = Material.objects.get(owner=applicant, name="照片")
    assert Draft.objects.get(user=applicant).data["photo__kept"] == str(photo.pk)


# --- nothing refused, and adding a row ----------------------------------------------


def test_a_draft_with_only_valid_files_is_saved_as_before(client, setup):
    response = save_draft(client, setup)
    assert response.status_code == 302
    page = client.get(response.url)
    assert messages_of(page) == [(constants.SUCCESS, SAVED)]
    assert "error-summary-list" not in page.content.decode()


def test_a_program_chosen_when_adding_a_row_is_an_error_of_its_field(client, setup):
    _applicant, service, _requirement, _version = setup
    holders = field(
        "group",
        "holders",
        "股东",
        min_rows=1,
        max_rows=3,
        initial_rows=1,
        fields=[field("text", "holder_name", "股东姓名")],
    )
    # A new version of the form, with a group of rows.
    published = definition_publish(
        service=service,
        title="居住证签注申请表",
        body=[APPLICANT, section("股东信息", holders)],
    )
    response = client.post(
        apply_url(service),
        {
            "phone": "13912345678",
            "photo": program(),
            "holders__rows": "1",
            "_add_row": "holders",
            "form_version": published.versions.latest("number").pk,
        },
    )
    assert response.status_code == 400
    [message] = response.context["form"].errors["photo"]
    assert PROGRAM in message
    links = summary_links(response.content.decode())
    assert 'href="#id_photo"' in links
    assert "A row was added" not in links  # news, not an error to correct
    assert messages_of(response) == []
