"""The electronic-first application (issue 7) in a real browser, in Chinese.

A citizen with a registry-verified identity who holds an e-licence applies for a
service whose materials are that e-licence, a registry record and one upload: the
form arrives prefilled, only the upload is asked for; the window desk accepts the
application and sends a one-time notice; the citizen supplements once, the case
returns to the same handler, who reviews and approves it. The keyboard-only
application and the axe-core checks of the form, review and tracking pages use a
rich form with every field type: tests/e2e/test_apply_rich_form.py.

Data is made with the factories in the test's thread (committed: the tests are
transactional, see tests/e2e/test_spine.py for ``serialized_rollback`` and
``migrated_data``); the live server serves it (tests/e2e/applying.py).
"""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from applications.models import Application, ApplicationMaterial, OneTimeNotice
from eforms.definitions import field, section
from notifications.models import Notification
from tests.celery_worker import wait_for
from tests.e2e.applying import (
    NAME,
    Applicant,
    make_pdf,
    material_row,
    sign_in,
    sign_out,
)
from tests.factories import TOTP_SECRET, StaffUserFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

Source = ApplicationMaterial.Source
PHONE = "13912345678"
REASON = "在榕城市居住满一年，申请居住证签注。"
BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


def make_scenario() -> Applicant:
    """The citizen and the service with the three-field form."""
    return Applicant(body=BODY)


def test_prefilled_application_notice_supplement_and_approval(
    page: Page, live_server, tmp_path, task_runner
):
    scenario = make_scenario()
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
