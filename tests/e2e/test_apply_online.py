"""The electronic-first application (issue 7) in a real browser, in Chinese.

A citizen with a registry-verified identity who holds an e-licence applies for a
service whose materials are that e-licence, a registry record and one upload: the
form arrives prefilled, only the upload is asked for; the window desk accepts the
application and sends a one-time notice; the citizen supplements once, the case
returns to the same handler, who reviews and approves it. A second test completes
the online application with the keyboard alone; a third runs axe-core on the form,
review and tracking pages, on a desktop and a 375 px wide screen.

Data is made with the factories in the test's thread (committed: the tests are
transactional, see tests/e2e/test_spine.py for ``serialized_rollback`` and
``migrated_data``); the live server serves it.
"""

import datetime
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from reportlab.pdfgen import canvas

from eforms.demo import definition_publish, field, section
from identity.models import IdentityLink
from notifications.models import Notification
from services.actions import application_accept, notice_issue
from services.models import Application, ApplicationMaterial, OneTimeNotice
from tests.celery_worker import wait_for
from tests.factories import (
    PASSWORD,
    TOTP_SECRET,
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
    totp_code,
)
from tests.sharing import registry_data

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

Source = ApplicationMaterial.Source
NAME = "林晓明"
PHONE = "13912345678"
REASON = "在榕城市居住满一年，申请居住证签注。"
SMALL_SCREEN = {"width": 375, "height": 812}
BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


class Scenario:
    """The citizen, the service and its three material requirements."""

    def __init__(self) -> None:
        resident_id = next_resident_id()
        registry_data.person(resident=resident_id, name=NAME)
        person = PersonFactory(resident_id=resident_id, name=NAME)
        link = IdentityLink(
            person=person,
            kind=IdentityLink.Kind.RESIDENT_ID,
            method=IdentityLink.Method.REGISTRY,
        )
        link.set_identifier(resident_id)
        link.save()
        self.citizen = person.user
        licence_type = LicenceTypeFactory(code="JZZ", name="居住证")
        self.licence = LicenceFactory(holder=self.citizen, licence_type=licence_type)
        # Only a registry-verified identity may apply (assurance level 2).
        self.service = ServiceFactory(
            name="居住证签注", licence_type=licence_type, min_assurance_level=2
        )
        self.licence_requirement = MaterialRequirementFactory(
            service=self.service, name="居住证", licence_type=licence_type, sort_order=1
        )
        self.registry_requirement = MaterialRequirementFactory(
            service=self.service,
            name="户口簿",
            shared_resource="population.person",
            sort_order=2,
        )
        self.upload = MaterialRequirementFactory(
            service=self.service, name="申请书", sort_order=3
        )
        definition_publish(service=self.service, title="居住证签注申请表", body=BODY)

    @property
    def apply_path(self) -> str:
        return f"/services/{self.service.code}/apply/"


def make_pdf(path: Path, text: str = "application") -> Path:
    document = canvas.Canvas(str(path))
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    return path


_used_codes: dict[str, str] = {}


def fresh_totp_code(secret: str) -> str:
    """A code not used before: a code is accepted once (replay protection), so a
    second sign-in within one period waits for the next code."""
    code = wait_for(
        lambda: (code := totp_code(secret)) != _used_codes.get(secret) and code,
        timeout=35,
        interval=0.5,
        message="the next TOTP code",
    )
    _used_codes[secret] = code
    return code


def sign_in(page: Page, email: str, *, totp_secret: str = "") -> None:
    if "/accounts/login/" not in page.url:
        page.goto("/accounts/login/")
    page.get_by_label("电子邮件").fill(email)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    page.wait_for_load_state()
    if totp_secret:
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
        page.get_by_label("代码").fill(fresh_totp_code(totp_secret))
        page.get_by_role("button", name="登录", exact=True).click()
        page.wait_for_load_state()
    expect(page.get_by_role("button", name="退出登录")).to_be_visible()


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="退出登录").click()
    expect(page.get_by_role("link", name="登录", exact=True).first).to_be_visible()


def material_row(page: Page, requirement):
    return page.locator(f"#material-row-{requirement.pk}")


def test_prefilled_application_notice_supplement_and_approval(
    page: Page, live_server, tmp_path, task_runner
):
    scenario = Scenario()
    staff = StaffUserFactory()
    page.goto(scenario.apply_path)
    sign_in(page, scenario.citizen.email)
    assert page.url == f"{live_server.url}{scenario.apply_path}"

    # Prefilled: the registry name is read-only and says where it comes from.
    name = page.get_by_label("姓名", exact=True)
    expect(name).to_have_value(NAME)
    expect(name).not_to_be_editable()
    expect(page.locator("#item-name .eform-source")).to_contain_text("自动填入")
    # The licence and the registry record are obtained; only the upload is asked.
    for requirement in (scenario.licence_requirement, scenario.registry_requirement):
        row = material_row(page, requirement)
        expect(row).to_contain_text("无需提交")
        expect(row.locator("input[type=file]")).to_have_count(0)
    expect(page.locator("input[type=file]")).to_have_count(1)
    upload_row = material_row(page, scenario.upload)
    expect(upload_row.locator("input[type=file]")).to_have_count(1)

    page.get_by_label("手机号码").fill(PHONE)
    page.get_by_label("申请事由").fill(REASON)
    pdf = make_pdf(tmp_path / "申请书.pdf")
    page.get_by_label("申请书").set_input_files(pdf)
    page.get_by_role("button", name="下一步：核对信息").click()
    page.wait_for_url(re.compile(r"/apply/review/$"))
    materials = page.locator("#review-materials")
    expect(materials).to_contain_text("居住证")
    expect(materials).to_contain_text("户口簿")
    expect(materials).to_contain_text("申请书.pdf")
    page.get_by_label("本人承诺").check()
    page.get_by_role("button", name="提交申请").click()
    page.wait_for_url(re.compile(r"/my/applications/SQ\d+/$"))
    application_url = page.url
    application = Application.objects.get(applicant=scenario.citizen)
    assert application.data["name"] == NAME
    assert {m.name: m.source for m in application.materials.all()} == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
    }
    assert application.materials.get(name="居住证").licence == scenario.licence

    # The window desk accepts it, then sends a one-time notice.
    sign_out(page)
    sign_in(page, staff.email, totp_secret=TOTP_SECRET)
    page.goto("/desk/")
    page.get_by_role("link", name=application.number).click()
    status = page.locator("#application-status")
    page.get_by_role("button", name="受理", exact=True).click()
    expect(status).to_have_text("已受理，审查中")
    deadline = timezone.localdate() + datetime.timedelta(days=10)
    page.locator("#id_item_1_name").fill("房屋租赁合同")
    page.locator("#id_item_1_problem").select_option("missing")
    page.locator("#id_item_1_reason").fill("需提供房屋租赁合同以证明居住地址")
    page.locator("#id_deadline").fill(deadline.isoformat())
    page.get_by_role("button", name="发送一次性告知书").click()
    page.wait_for_load_state()
    expect(page.locator(".notice--issued")).to_contain_text("房屋租赁合同")
    notice = OneTimeNotice.objects.get(application=application)
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert notice.deadline == deadline
    application.refresh_from_db()
    assert application.status == Application.Status.NOTICE
    assert application.handler == staff

    # The citizen sees the notice and supplements it once.
    sign_out(page)
    sign_in(page, scenario.citizen.email)
    page.goto(application_url)
    shown = page.locator(".notice--issued")
    expect(shown).to_contain_text("房屋租赁合同")
    expect(shown).to_contain_text("需提供房屋租赁合同以证明居住地址")
    expect(shown).to_contain_text(deadline.isoformat())
    [item] = notice.items.all()
    contract = make_pdf(tmp_path / "租赁合同.pdf", "lease")
    page.locator(f"#supplement-item-{item.pk}").set_input_files(contract)
    page.get_by_role("button", name="提交补正材料").click()
    page.wait_for_load_state()
    expect(page.locator(".notice--supplemented")).to_be_visible()
    expect(page.get_by_role("button", name="提交补正材料")).to_have_count(0)
    notice.refresh_from_db()
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.SUPPLEMENTED
    assert application.status == Application.Status.ACCEPTED
    assert application.handler == staff
    supplied = application.materials.get(name="房屋租赁合同")
    assert supplied.source == Source.UPLOADED
    assert supplied.material.original_name == "租赁合同.pdf"
    assert Notification.objects.filter(
        user=staff, subject__contains=application.number
    ).exists()

    # Back with the same handler, who reviews and approves it.
    sign_out(page)
    sign_in(page, staff.email, totp_secret=TOTP_SECRET)
    page.goto(f"/desk/applications/{application.number}/")
    expect(status).to_have_text("已受理，审查中")
    page.get_by_role("button", name="开始审查", exact=True).click()
    expect(page.get_by_role("button", name="开始审查", exact=True)).to_have_count(0)
    page.get_by_role("button", name="准予许可", exact=True).click()
    expect(status).to_have_text("已办结（准予）")
    application.refresh_from_db()
    assert application.status == Application.Status.APPROVED
    assert application.handler == staff

    # The citizen's timeline shows every step.
    sign_out(page)
    sign_in(page, scenario.citizen.email)
    page.goto(application_url)
    timeline = page.locator(".timeline")
    steps = [
        ("submitted", "已提交"),
        ("accepted", "窗口已受理"),
        ("notice_issued", "一次性告知补正材料"),
        ("supplemented", "已补正材料"),
        ("review_started", "审查中"),
        ("approved", "审批通过"),
        ("licence_issued", "电子证照已签发"),
    ]
    for action, label in steps:
        expect(timeline.locator(f".timeline__event--{action}")).to_contain_text(label)
    order = list(
        application.events.order_by("created_at", "pk").values_list("action", flat=True)
    )
    assert order == [action for action, _label in steps]
    if task_runner is not None:  # the licence PDF comes from the real worker
        licence = application.licence
        wait_for(
            lambda: licence.refresh_from_db() or bool(licence.pdf),
            timeout=30,
            message="the licence PDF",
        )


def focused(page: Page) -> dict:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          return {
            id: el ? el.id : "",
            name: el ? (el.getAttribute("name") || "") : "",
            tag: el ? el.tagName.toLowerCase() : "",
            text: el ? el.textContent.trim().slice(0, 40) : "",
            visible: !!el && el.matches(":focus-visible"),
            outline: el ? getComputedStyle(el).outlineStyle : "",
          };
        }"""
    )


def tab_to(page: Page, matches, *, key: str = "Tab", limit: int = 80) -> dict:
    """Press Tab (or Shift+Tab) until the focused element satisfies ``matches``;
    the focus there must be visible."""
    seen = []
    for _press in range(limit):
        page.keyboard.press(key)
        now = focused(page)
        if matches(now):
            assert now["visible"] and now["outline"] != "none", now
            return now
        seen.append(now["id"] or now["name"] or now["text"])
    raise AssertionError(f"focus never reached the control; it went {seen}")


def test_online_application_with_the_keyboard_alone(page: Page, live_server, tmp_path):
    scenario = Scenario()
    # File choosers are intercepted from the start: Playwright turns interception
    # on without waiting for the browser's answer, so a key pressed right after
    # expect_file_chooser() could beat it on a loaded machine (seen once on CI).
    page.on("filechooser", lambda _chooser: None)
    page.goto(scenario.apply_path)
    sign_in(page, scenario.citizen.email)
    page.goto(scenario.apply_path)

    # The registry name is skipped or read-only; the phone is typed.
    tab_to(page, lambda f: f["id"] == "id_phone")
    page.keyboard.type(PHONE)
    # The upload is reached and opened by the keyboard (the OS dialog itself is
    # not: its file is set through the file chooser Chromium reports).
    upload_id = f"material-{scenario.upload.pk}"
    tab_to(page, lambda f: f["id"] == upload_id)
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(make_pdf(tmp_path / "申请书.pdf"))
    # The reason (required) is left empty: the error summary takes the focus.
    tab_to(page, lambda f: f["text"] == "下一步：核对信息")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    on_summary = focused(page)
    assert on_summary["id"] == "error-summary"
    assert on_summary["visible"] and on_summary["outline"] != "none", on_summary
    expect(page.locator("#id_reason_errors")).to_be_visible()
    # The upload was kept; the phone too.
    expect(material_row(page, scenario.upload)).to_contain_text("申请书.pdf")
    expect(page.get_by_label("手机号码")).to_have_value(PHONE)

    tab_to(page, lambda f: f["id"] == "id_reason")
    page.keyboard.type(REASON)
    # Back and forth: Shift+Tab returns to the phone field.
    tab_to(page, lambda f: f["id"] == "id_phone", key="Shift+Tab")
    tab_to(page, lambda f: f["text"] == "下一步：核对信息")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/apply/review/$"))

    # Review: Enter without the declaration is refused, focus on the summary.
    tab_to(page, lambda f: f["id"] == "id_declaration")
    page.keyboard.press("Space")
    expect(page.get_by_label("本人承诺")).to_be_checked()
    tab_to(page, lambda f: f["text"] == "提交申请")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/my/applications/SQ\d+/$"))
    application = Application.objects.get(applicant=scenario.citizen)
    assert application.data["reason"] == REASON
    assert application.data["phone"] == PHONE
    assert application.materials.filter(source=Source.UPLOADED).count() == 1


def check_page(page: Page, axe_check, where: str) -> None:
    """No serious or critical violation, on a desktop and a small screen, and no
    horizontal scroll on the small one."""
    page.set_viewport_size({"width": 1280, "height": 900})
    axe_check(page, where=f"{where} (1280 px)")
    page.set_viewport_size(SMALL_SCREEN)
    axe_check(page, where=f"{where} (375 px)")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= SMALL_SCREEN["width"], f"{where}: {scroll_width} px wide"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_form_review_and_tracking_pages_pass_axe(
    page: Page, live_server, tmp_path, axe_check
):
    scenario = Scenario()
    staff = StaffUserFactory()
    page.goto(scenario.apply_path)
    sign_in(page, scenario.citizen.email)
    page.goto(scenario.apply_path)
    check_page(page, axe_check, "the apply form")

    # With errors shown, too.
    page.get_by_role("button", name="下一步：核对信息").click()
    page.wait_for_load_state()
    expect(page.locator("#error-summary")).to_be_visible()
    check_page(page, axe_check, "the apply form with errors")

    page.get_by_label("手机号码").fill(PHONE)
    page.get_by_label("申请事由").fill(REASON)
    page.get_by_label("申请书").set_input_files(make_pdf(tmp_path / "申请书.pdf"))
    page.get_by_role("button", name="下一步：核对信息").click()
    page.wait_for_url(re.compile(r"/apply/review/$"))
    check_page(page, axe_check, "the review page")

    page.get_by_label("本人承诺").check()
    page.get_by_role("button", name="提交申请").click()
    page.wait_for_url(re.compile(r"/my/applications/SQ\d+/$"))
    application = Application.objects.get(applicant=scenario.citizen)
    application = application_accept(application=application, actor=staff)
    notice_issue(
        application=application,
        actor=staff,
        items=[{"name": "房屋租赁合同", "reason": "需提供房屋租赁合同以证明居住地址"}],
    )
    page.reload()
    expect(page.locator(".notice--issued")).to_be_visible()
    expect(page.locator(".timeline__event--notice_issued")).to_be_visible()
    check_page(page, axe_check, "the application tracking page")
