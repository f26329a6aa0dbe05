"""Shared set-up of the browser tests of online applications.

``Applicant(body=...)`` makes, in the test's thread (committed: the tests are
transactional), a citizen with a registry-verified identity who holds an
e-licence, and a service whose published e-form is ``body`` and whose materials
are that e-licence, a population registry record (both obtained through sharing:
nothing to upload) and one document to upload. The live server serves them; the
browser signs in with ``sign_in`` (the form) or ``sign_in_browser`` (a session
cookie, when the sign-in form is not what is tested).

``check_page`` runs axe-core at desktop width and on a 375 px phone.
"""

import re
from pathlib import Path

from django.conf import settings
from django.test import Client
from playwright.sync_api import Page, expect
from reportlab.pdfgen import canvas

from eforms.actions import definition_publish
from identity.models import IdentityLink
from tests.celery_worker import wait_for
from tests.factories import (
    PASSWORD,
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    next_resident_id,
    totp_code,
)
from tests.sharing import registry_data

NAME = "林晓明"
DESKTOP = {"width": 1280, "height": 900}
SMALL_SCREEN = {"width": 375, "height": 812}


class Applicant:
    """The citizen, the service and its three material requirements."""

    def __init__(self, *, body: list, title: str = "居住证签注申请表") -> None:
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
        definition_publish(service=self.service, title=title, body=body)

    @property
    def apply_path(self) -> str:
        return f"/services/{self.service.code}/apply/"


def make_pdf(path: Path, text: str = "application") -> Path:
    document = canvas.Canvas(str(path))
    document.drawString(72, 720, text)
    document.showPage()
    document.save()
    return path


def material_row(page: Page, requirement):
    return page.locator(f"#material-row-{requirement.pk}")


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


def sign_in(
    page: Page, email: str, *, password: str = PASSWORD, totp_secret: str = ""
) -> None:
    """Through the sign-in form (and the second factor with ``totp_secret``)."""
    if "/accounts/login/" not in page.url:
        page.goto("/accounts/login/")
    page.get_by_label("电子邮件").fill(email)
    page.get_by_label("密码").fill(password)
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


def sign_in_browser(page: Page, base: str, user) -> None:
    """Give the browser a session of ``user`` without going through the sign-in
    form (test_spine.py and test_apply_online.py cover that form)."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": base}]
    )


def check_page(page: Page, axe_check, where: str) -> None:
    """No serious or critical violation, on a desktop and a small screen, and no
    horizontal scroll on the small one."""
    page.set_viewport_size(DESKTOP)
    axe_check(page, where=f"{where} ({DESKTOP['width']} px)")
    page.set_viewport_size(SMALL_SCREEN)
    axe_check(page, where=f"{where} ({SMALL_SCREEN['width']} px)")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= SMALL_SCREEN["width"], f"{where}: {scroll_width} px wide"
    page.set_viewport_size(DESKTOP)
