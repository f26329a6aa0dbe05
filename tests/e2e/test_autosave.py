"""Draft autosave (eforms/static/eforms/autosave.js) in a real browser.

The script saves the draft at each focus change, one save at a time, with the
revision it loaded; the server refuses a save whose revision is no longer the
latest (409). A save still on its way when the form is submitted can land after
the next page has read the revision: that page's first save is then refused
although the newer draft is this tab's own. The script knows it (the refused
draft holds exactly what the tab sent last) and goes on; a draft saved by
another device stops it, and the person is told.

The later landing is simulated by bumping the stored revision between the two
pages, as the late save would.
"""

import pytest
from django.db.models import F
from playwright.sync_api import Page, expect

from eforms.actions import draft_save
from eforms.models import Draft
from eforms.selectors import form_for_service
from tests.e2e.applying import Applicant
from tests.e2e.rich_form import PHONE

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

EMAIL = "lin.xiaoming@example.com"
OTHER_DEVICE = "另一台设备"


def is_autosave(response, status: int) -> bool:
    return "/autosave/" in response.url and response.status == status


def draft_of(applicant: Applicant) -> Draft:
    return Draft.objects.get(user=applicant.citizen, service=applicant.service)


def test_autosave_goes_on_after_its_own_save_from_the_page_before(
    page: Page, rich_applicant: Applicant
):
    page.goto(rich_applicant.apply_path)
    page.locator("#id_phone").fill(PHONE)
    page.locator("#id_needs_1").check()  # a list among the values compared
    page.locator("#id_members__0__name").fill("林小雨")
    page.locator("#id_members__0__name").press("Tab")
    page.wait_for_load_state("networkidle")
    page.reload()
    read = draft_of(rich_applicant).revision
    Draft.objects.filter(pk=draft_of(rich_applicant).pk).update(
        revision=F("revision") + 1
    )

    with page.expect_response(lambda r: is_autosave(r, 409)):
        with page.expect_response(lambda r: is_autosave(r, 200), timeout=10_000):
            page.locator("#id_email").fill(EMAIL)
            page.locator("#id_email").press("Tab")

    draft = draft_of(rich_applicant)
    assert draft.revision == read + 2
    assert draft.data["email"] == EMAIL
    expect(page.locator("[data-autosave-status]")).not_to_contain_text(OTHER_DEVICE)


def test_autosave_stops_and_says_so_when_another_device_saved(
    page: Page, rich_applicant: Applicant
):
    page.goto(rich_applicant.apply_path)
    draft_save(
        user=rich_applicant.citizen,
        service=rich_applicant.service,
        version=form_for_service(rich_applicant.service),
        data={"phone": "13700000000"},
        expected_revision=None,
    )

    with page.expect_response(lambda r: is_autosave(r, 409)):
        page.locator("#id_email").fill(EMAIL)
        page.locator("#id_email").press("Tab")

    expect(page.locator("[data-autosave-status]")).to_contain_text(OTHER_DEVICE)
    assert draft_of(rich_applicant).data == {"phone": "13700000000"}
