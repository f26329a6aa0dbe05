"""The spine, end to end in a real browser and in Chinese: find a service, apply
online, the window desk accepts and approves, the citizen downloads the e-licence and
anybody can verify it.

With PostgreSQL and Redis configured the licence PDF is rendered by a real Celery
worker; otherwise (the embedded SQLite default) tasks run eagerly in the live
server's thread. ``serialized_rollback`` restores the Wagtail home page (created by a
data migration) that the flush after each transactional test removes, and the
``migrated_data`` fixture (tests/conftest.py) leaves it in place for the tests
and runs that follow.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from applications.models import Application
from licences.models import Licence
from services.models import Service
from tests.celery_worker import wait_for
from tests.e2e.applying import sign_in, sign_out

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

DEMO_PASSWORD = "Demo-Portal-2026"
CITIZEN = "citizen@example.com"
CITIZEN_NAME = "林晓明"
OTHER_CITIZEN = "citizen2@example.com"
STAFF = "staff@example.com"
# Staff kinds sign in with a second factor; seed_demo publishes the demo secret.
DEMO_TOTP_SECRET = "DEMOPORTALTOTPTWOZEROTWOSIXSTAFF"  # noqa: S105


def licensed_online_service() -> Service:
    return (
        Service.objects.active()
        .filter(
            licence_type__isnull=False,
            online_level=Service.OnlineLevel.FULL_ONLINE,
        )
        .order_by("code")
        .first()
    )


def pdf_text(path: Path) -> str | None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None
    return subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout


def material_pdf(directory: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = directory / "材料.pdf"
    if not path.exists():
        document = canvas.Canvas(str(path))
        document.drawString(72, 720, "material")
        document.showPage()
        document.save()
    return path


def test_spine_apply_accept_approve_download_verify(
    page: Page, live_server, task_runner, tmp_path
):
    call_command("seed_demo", "--force", verbosity=0)
    service = licensed_online_service()
    assert service is not None, "the demo catalogue has no licensed online service"
    base = live_server.url

    # Home page: search box and a link to the catalogue.
    page.goto(f"{base}/")
    expect(page).to_have_title(re.compile("示范省政务服务网"))
    expect(page.get_by_role("searchbox", name="搜索办事服务")).to_be_visible()
    catalogue_link = page.get_by_role("navigation", name="主导航").get_by_role(
        "link", name="办事服务"
    )
    expect(catalogue_link).to_have_attribute("href", "/services/")

    # Catalogue: open the service, searching for it if it is not on page 1.
    catalogue_link.click()
    expect(page.get_by_role("heading", level=1, name="办事指南")).to_be_visible()
    service_link = page.locator(f'a[href="/services/{service.code}/"]')
    if service_link.count() == 0:
        page.locator("#site-search").fill(service.name)
        page.locator("#site-search").press("Enter")
        page.wait_for_url(re.compile(r"/services/\?q="))
    expect(service_link).to_have_text(service.name)
    service_link.click()
    expect(page.get_by_role("heading", level=1, name=service.name)).to_be_visible()

    # Apply online: sign in first, then back to the form, prefilled.
    page.get_by_role("link", name="在线申请").click()
    page.wait_for_url(re.compile(r"/accounts/login/\?next="))
    assert f"/services/{service.code}/apply/" in page.url
    sign_in(page, CITIZEN, password=DEMO_PASSWORD)
    assert page.url == f"{base}/services/{service.code}/apply/"
    expect(page.get_by_label("申请人姓名")).to_have_value(CITIZEN_NAME)

    # An invalid phone number is refused; what was typed is kept.
    page.get_by_label("手机号码").fill("12345")
    page.get_by_label("联系地址").fill("榕城市鼓楼区政务路1号")
    page.get_by_label("申请事由").fill("申请办理电子证照。")
    # Materials the platform does not obtain itself are uploaded.
    for upload in page.locator('input[type="file"]').all():
        upload.set_input_files(material_pdf(tmp_path))
    page.get_by_role("button", name="下一步：核对信息").click()
    page.wait_for_load_state()
    expect(page.locator("#id_phone_error")).to_contain_text("请输入11位大陆手机号码")
    expect(page.get_by_role("alert")).to_contain_text("请输入11位大陆手机号码")
    expect(page.get_by_label("手机号码")).to_have_value("12345")
    expect(page.get_by_label("联系地址")).to_have_value("榕城市鼓楼区政务路1号")
    expect(page.get_by_label("申请事由")).to_have_value("申请办理电子证照。")
    expect(page.get_by_label("申请人姓名")).to_have_value(CITIZEN_NAME)
    assert Application.objects.count() == 0

    # Fix it, review, declare, and double-click submit: one application.
    page.get_by_label("手机号码").fill("13912345678")
    page.get_by_label("申请事由").fill("申请办理电子证照，请予审批。")
    page.get_by_role("button", name="下一步：核对信息").click()
    page.wait_for_url(re.compile(r"/apply/review/$"))
    expect(page.locator("#review-answers")).to_contain_text("13912345678")
    page.get_by_label("本人承诺").check()
    page.get_by_role("button", name="提交申请").dblclick()
    page.wait_for_url(re.compile(r"/my/applications/SQ\d+/$"))
    expect(page.locator(".status")).to_have_text("待受理")
    assert Application.objects.count() == 1
    application = Application.objects.get()
    assert application.service == service
    assert application.data["phone"] == "13912345678"
    application_url = page.url
    assert application_url == f"{base}/my/applications/{application.number}/"

    # The window desk accepts and approves.
    sign_out(page)
    sign_in(page, STAFF, password=DEMO_PASSWORD, totp_secret=DEMO_TOTP_SECRET)
    page.goto(f"{base}/desk/")
    page.get_by_role("link", name=application.number).click()
    status = page.locator("#application-status")
    expect(status).to_have_text("待受理")
    page.get_by_role("button", name="受理", exact=True).click()
    expect(status).to_have_text("已受理，审查中")
    page.get_by_role("button", name="准予许可", exact=True).click()
    expect(status).to_have_text("已办结（准予）")

    # The citizen downloads the licence once it is rendered.
    sign_out(page)
    sign_in(page, CITIZEN, password=DEMO_PASSWORD)
    page.goto(f"{base}/my/")
    download_link = page.get_by_role("link", name="下载证照")

    def download_link_shown() -> bool:
        if download_link.count():
            return True
        page.reload()
        return download_link.count() > 0

    wait_for(download_link_shown, timeout=30, interval=0.5, message="下载证照 link")
    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    pdf_path = Path(download.path())
    assert pdf_path.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf_path)
    if text is not None:
        assert CITIZEN_NAME in text

    licence = Licence.objects.get(holder__email=CITIZEN)
    assert download.suggested_filename == f"{licence.number}.pdf"
    if task_runner is not None:  # rendered by the real worker, not in-process
        log = wait_for(
            lambda: " succeeded in " in task_runner.log() and task_runner.log(),
            timeout=10,
            message="the worker to log the task's success",
        )
        assert "Task licences.tasks.licence_render_pdf[" in log

    # Anybody can verify the licence; the holder's name is masked.
    page.goto(
        f"{base}/verify/?number={licence.number}&code={licence.verification_code}"
    )
    expect(page.get_by_role("heading", name="该证照有效。")).to_be_visible()
    expect(page.locator(".verify-result")).to_contain_text("林**")
    expect(page.locator(".verify-result")).not_to_contain_text(CITIZEN_NAME)

    # Another citizen cannot open the first citizen's application.
    sign_out(page)
    sign_in(page, OTHER_CITIZEN, password=DEMO_PASSWORD)
    response = page.goto(application_url)
    assert response is not None
    assert response.status == 404
    expect(page.get_by_text(application.number)).to_have_count(0)


def test_english_home_and_small_screens(page: Page, live_server):
    base = live_server.url

    page.goto(f"{base}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(
        page.get_by_role("heading", level=1, name="Demo Province Government Services")
    ).to_be_visible()
    chinese = page.get_by_role("link", name="中文")
    expect(chinese).to_have_attribute("hreflang", "zh-Hans")
    chinese.click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    chinese_title = page.get_by_role("heading", level=1, name="示范省政务服务网")
    expect(chinese_title).to_be_visible()

    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"{base}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 375
