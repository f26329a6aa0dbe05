"""The electronic-first application (issue 7) with a rich e-form, in a real
browser and in Chinese: the whole online application can be completed with the
keyboard alone, and axe-core finds no serious or critical violation on the form,
review and tracking pages, at desktop width and on a 375 px phone.

The form has every field type an editor can publish (tests/e2e/rich_form.py);
the service's materials are an e-licence and a registry record, both obtained
through sharing, and one document to upload (tests/e2e/applying.py). The
keyboard test goes through the address cascade, makes the conditional field
appear, adds two rows to the repeating group and removes one, makes one mistake
and follows the error summary to it, then reviews, declares and submits.

The keyboard test uses Tab, Shift+Tab, Space, Enter, the arrow keys and typing
only; a file chooser opened by the keyboard is answered through the chooser
Chromium reports (the operating system's dialog is outside the page).
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from applications.models import Application, ApplicationMaterial
from desk.actions import application_accept, notice_issue
from tests.e2e.applying import NAME, Applicant, check_page, make_pdf, material_row
from tests.e2e.keyboard import (
    assert_focus_visible,
    choose_by_arrows,
    focused,
    tab_to,
    tab_to_element,
    tab_to_id,
    type_date,
)
from tests.e2e.rich_form import EMPLOYER, PHONE, REASON, STREET, fill_rich_form
from tests.factories import StaffUserFactory, next_resident_id

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

Source = ApplicationMaterial.Source
CONTINUE = "下一步：核对信息"
ADD_ROW = "增加一行"
SHORT_PHONE = "1391234567"  # ten digits: refused


def press_and_load(page: Page, key: str = "Enter") -> None:
    """Press ``key`` on a control that submits the form, and wait for the page
    that answers."""
    with page.expect_navigation():
        page.keyboard.press(key)


def add_row_by_keyboard(page: Page, new_field_id: str) -> None:
    """Tab to "Add a row" and press Enter: the form comes back with one more row
    and the focus, visibly, in its first field."""
    tab_to(page, lambda now: now["text"] == ADD_ROW)
    press_and_load(page)
    expect(page.locator(f"#{new_field_id}")).to_be_focused()
    assert_focus_visible(focused(page))


def choose_file_by_keyboard(page: Page, path) -> None:
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(path)


def expect_autosave_going_on(page: Page) -> None:
    """Autosave runs at every focus change, here quicker than any person tabs:
    it never took its own earlier save, made from the page before, for another
    device's (which stops it and says so)."""
    page.wait_for_load_state("networkidle")
    expect(page.locator("[data-autosave-status]")).not_to_contain_text("另一台设备")


def test_rich_application_with_the_keyboard_alone(
    page: Page, live_server, tmp_path, rich_applicant: Applicant
):
    # File choosers are intercepted from the start: Playwright turns interception
    # on without waiting for the browser's answer, so a key pressed right after
    # expect_file_chooser() could beat it on a loaded machine (seen once on CI).
    page.on("filechooser", lambda _chooser: None)
    page.goto(rich_applicant.apply_path)
    expect(page.locator("#id_name")).to_have_value(NAME)
    expect(page.locator("#id_name")).not_to_be_editable()

    # The registry name cannot be typed into; its "report an error" button can
    # be reached.
    report = tab_to(page, lambda now: now["name"] == "_report")
    assert report["text"] == "报告数据有误"
    tab_to_id(page, "id_phone")
    page.keyboard.type(SHORT_PHONE)  # the one mistake, corrected below
    tab_to_id(page, "id_email")
    page.keyboard.type("lin.xiaoming@example.com")
    tab_to_id(page, "id_contact_id")
    page.keyboard.type(next_resident_id())

    # The address cascade: the city list offers the province's cities, the
    # county list only the counties of the chosen city.
    tab_to_id(page, "id_residence__province")
    choose_by_arrows(page, "示范省")
    tab_to_id(page, "id_residence__city")
    choose_by_arrows(page, "鹭岛市")
    tab_to_id(page, "id_residence__county")
    page.keyboard.press("ArrowDown")
    assert focused(page)["chosen"] == "海湾区"  # not 鼓楼区 of 榕城市
    tab_to_id(page, "id_residence__detail")
    page.keyboard.type(STREET)
    tab_to_id(page, "id_resident_since")
    type_date(page, timezone.localdate() - datetime.timedelta(days=400))
    tab_to_id(page, "id_years")
    page.keyboard.type("1")

    # Choosing "employment" with the arrow keys shows the employer field.
    employer = page.locator("#id_employer")
    expect(employer).to_be_hidden()
    tab_to_id(page, "id_basis_0")
    page.keyboard.press("ArrowDown")
    assert focused(page)["id"] == "id_basis_1"
    expect(page.locator("#id_basis_1")).to_be_checked()
    expect(employer).to_be_visible()
    tab_to_id(page, "id_employer")
    page.keyboard.type(EMPLOYER)
    tab_to_id(page, "id_housing")
    choose_by_arrows(page, "租赁")
    tab_to_id(page, "id_needs_0")
    page.keyboard.press("Space")
    tab_to_id(page, "id_needs_1")
    page.keyboard.press("Space")
    expect(page.locator("#id_needs_1")).to_be_checked()
    tab_to_id(page, "id_reason")
    page.keyboard.type(REASON)
    tab_to_id(page, "id_lease")
    choose_file_by_keyboard(page, make_pdf(tmp_path / "租赁合同.pdf", "lease"))

    # The first person living here; rows added by the keyboard: the page comes
    # back with the focus in the new row.
    tab_to_id(page, "id_members__0__name")
    page.keyboard.type("林小雨")
    tab_to_id(page, "id_members__0__relation")
    choose_by_arrows(page, "子女")
    add_row_by_keyboard(page, "id_members__1__name")
    page.keyboard.type("张三")  # by mistake: removed below
    add_row_by_keyboard(page, "id_members__2__name")
    page.keyboard.type("王芳")
    tab_to_id(page, "id_members__2__relation")
    choose_by_arrows(page, "配偶")
    tab_to_id(page, "id_members__2__phone")
    page.keyboard.type("13700000000")
    # Removing the second row: the third moves up and takes the focus.
    rows = page.locator("#group-members > .eform-row")
    remove = rows.nth(1).locator("[data-remove-row]")
    expect(remove).to_have_accessible_name(re.compile(r"\b2\b"))
    tab_to_element(page, remove, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(rows).to_have_count(2)
    expect(page.locator("#id_members__1__name")).to_be_focused()
    expect(page.locator("#id_members__1__name")).to_have_value("王芳")
    expect(rows.nth(1).locator("legend").first).to_have_text("第 2 行")
    expect(page.locator("#id_members__2__name")).to_have_count(0)

    expect_autosave_going_on(page)

    upload_id = f"material-{rich_applicant.upload.pk}"
    tab_to_id(page, upload_id)
    choose_file_by_keyboard(page, make_pdf(tmp_path / "申请书.pdf"))

    # The short phone number is refused: the error summary takes the focus, and
    # its link takes it on to the field.
    tab_to(page, lambda now: now["text"] == CONTINUE)
    press_and_load(page)
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    assert_focus_visible(focused(page))
    links = page.locator("#error-summary-list a")
    expect(links).to_have_count(1)
    expect(links).to_contain_text("手机号码")
    page.keyboard.press("Tab")
    expect(links).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#id_phone")).to_be_focused()
    assert_focus_visible(focused(page))
    page.keyboard.press("Control+A")
    page.keyboard.type(PHONE)
    # Everything else was kept, the files included.
    expect(employer).to_be_visible()
    expect(page.locator("#id_residence__county")).to_have_value("350203")
    expect(page.locator("#id_members__1__name")).to_have_value("王芳")
    expect(page.locator("#item-lease")).to_contain_text("租赁合同.pdf")
    expect(material_row(page, rich_applicant.upload)).to_contain_text("申请书.pdf")
    expect_autosave_going_on(page)
    # Back and forth: Shift+Tab returns to the report button.
    tab_to(page, lambda now: now["name"] == "_report", key="Shift+Tab")
    tab_to(page, lambda now: now["text"] == CONTINUE)
    press_and_load(page)
    assert re.search(r"/apply/review/$", page.url), page.url

    answers = page.locator("#review-answers")
    for text in (NAME, PHONE, f"示范省鹭岛市海湾区 {STREET}", EMPLOYER, "王芳", "配偶"):
        expect(answers).to_contain_text(text)
    materials = page.locator("#review-materials")
    for text in ("居住证", "户口簿", "申请书.pdf"):
        expect(materials).to_contain_text(text)
    tab_to_id(page, "id_declaration")
    page.keyboard.press("Space")
    expect(page.locator("#id_declaration")).to_be_checked()
    tab_to(page, lambda now: now["text"] == "提交申请")
    press_and_load(page)
    assert re.search(r"/my/applications/SQ\d+/$", page.url), page.url

    application = Application.objects.get(applicant=rich_applicant.citizen)
    expect(page.locator(".breadcrumb")).to_contain_text(application.number)
    expect(page.locator("#application-materials")).to_contain_text("房屋租赁合同")
    data = application.data
    assert data["phone"] == PHONE
    assert data["employer"] == EMPLOYER
    assert data["basis"] == "work"
    assert data["needs"] == ["school", "medical"]
    assert data["residence"]["county"] == "350203"
    assert [row["name"] for row in data["members"]] == ["林小雨", "王芳"]
    assert {m.name: m.source for m in application.materials.all()} == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
        "房屋租赁合同": Source.UPLOADED,
    }


def test_rich_form_review_and_tracking_pages_pass_axe(
    page: Page, live_server, tmp_path, axe_check, rich_applicant: Applicant
):
    page.goto(rich_applicant.apply_path)
    check_page(page, axe_check, "the rich form")

    page.get_by_role("button", name=CONTINUE).click()
    page.wait_for_load_state()
    expect(page.locator("#error-summary")).to_be_visible()
    check_page(page, axe_check, "the rich form with errors")

    page.locator("#id_basis_1").check()
    page.get_by_role("button", name=ADD_ROW).click()
    page.wait_for_load_state()
    expect(page.locator("#id_members__1__name")).to_be_visible()
    expect(page.locator("#id_employer")).to_be_visible()
    check_page(page, axe_check, "the rich form with the employer and two rows shown")

    fill_rich_form(page, tmp_path, rich_applicant)
    page.get_by_role("button", name=CONTINUE).click()
    page.wait_for_url(re.compile(r"/apply/review/$"))
    check_page(page, axe_check, "the review page of the rich form")

    page.get_by_label("本人承诺").check()
    page.get_by_role("button", name="提交申请").click()
    page.wait_for_url(re.compile(r"/my/applications/SQ\d+/$"))
    staff = StaffUserFactory()
    application = Application.objects.get(applicant=rich_applicant.citizen)
    application = application_accept(application=application, actor=staff)
    notice_issue(
        application=application,
        actor=staff,
        items=[{"name": "房屋租赁合同", "reason": "合同已过期，请提供有效合同"}],
    )
    page.reload()
    expect(page.locator(".notice--issued")).to_be_visible()
    check_page(page, axe_check, "the tracking page of the rich form")


def test_every_error_summary_link_moves_the_focus_to_its_field(
    page: Page, live_server, rich_applicant: Applicant
):
    page.goto(rich_applicant.apply_path)
    page.get_by_role("button", name=CONTINUE).click()
    page.wait_for_load_state()
    links = page.locator("#error-summary-list a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    # Every required field is empty: one of each kind is listed.
    upload = f"#material-{rich_applicant.upload.pk}"
    for target in (
        "#id_phone",  # text input
        "#id_residence__province",  # address
        "#id_resident_since",  # date
        "#id_basis_0",  # radio buttons: the first one
        "#id_needs_0",  # check boxes: the first one
        "#id_housing",  # select
        "#id_lease",  # e-form file
        "#group-members",  # repeating group
        upload,  # material
    ):
        assert target in hrefs, hrefs
    for index, href in enumerate(hrefs):
        links.nth(index).focus()
        page.keyboard.press("Enter")
        now = focused(page)
        assert f"#{now['id']}" == href, (href, now)
        assert_focus_visible(now)
