"""Accessibility of the public pages: axe-core (WCAG 2.0/2.1 A and AA) in the Debian
Chromium finds no serious or critical violation at desktop width and on a 375px
phone, where the page also must not scroll sideways and the main navigation and
the search box stay visible and usable.

The audit is one test per viewport that opens every page in turn and reports
every page that fails, not only the first: loading the demo catalogue, open
datasets and website content into the database the live server reads (the
transactional pattern of test_spine.py: ``serialized_rollback`` plus
``migrated_data``) is most of a test's time, so it is done once per viewport.
To check another page add one line to ``AUDITED_PAGES``: a name and a function
returning its path, called once the demo data exists, plus, for a page behind
sign-in, a function returning the user to sign in as (the browser gets that
user's session cookie; such pages come last).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from cms.models import ArticlePage, DepartmentPage, PolicyDocumentPage
from services.models import Service
from tests.e2e.applying import sign_in_browser
from tests.e2e.axe import assert_no_serious_violations, axe_violations
from tests.factories import PersonFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 667}


@dataclass(frozen=True)
class AuditedPage:
    name: str
    path: Callable[[], str]
    user: Callable[[], Any] | None = None
    # Pages that hide the header search box must say so.
    has_search: bool = True
    # Opened in the elder-friendly mode (larger type and spacing).
    elder: bool = False

    def __str__(self) -> str:
        return self.name


def _first_service_path() -> str:
    service = Service.objects.active().order_by("code").first()
    assert service is not None, "the demo catalogue has no active service"
    return f"/services/{service.code}/"


def _first_live(model) -> str:
    page = model.objects.live().order_by("path").first()
    assert page is not None, f"the demo website has no {model.__name__}"
    return page.url


AUDITED_PAGES = [
    AuditedPage("home", lambda: "/"),
    AuditedPage("catalogue", lambda: "/services/"),
    AuditedPage("catalogue-search", lambda: "/services/?q=社保卡"),
    AuditedPage("guide", _first_service_path),
    AuditedPage("policy", lambda: _first_live(PolicyDocumentPage)),
    AuditedPage("news-article", lambda: _first_live(ArticlePage)),
    AuditedPage("department", lambda: _first_live(DepartmentPage)),
    AuditedPage("site-search", lambda: "/search/?q=营业执照"),
    AuditedPage("opendata", lambda: "/opendata/"),
    AuditedPage("english-home", lambda: "/en/"),
    AuditedPage("elder-mode-home", lambda: "/", elder=True),
    AuditedPage("my-portal", lambda: "/my/", user=lambda: PersonFactory().user),
]


@pytest.fixture
def demo_site() -> None:
    from demo.catalogue_load import load_catalogue
    from demo.website import seed_cms_demo
    from opendata.publishing import dataset_generate_all

    load_catalogue()
    dataset_generate_all()
    seed_cms_demo()


def open_page(page: Page, base: str, audited: AuditedPage, viewport: dict) -> None:
    if audited.user is not None:
        sign_in_browser(page, base, audited.user())
    page.context.clear_cookies(name="elder_mode")
    if audited.elder:
        page.context.add_cookies([{"name": "elder_mode", "value": "1", "url": base}])
    page.set_viewport_size(viewport)
    response = page.goto(f"{base}{audited.path()}")
    assert response is not None
    assert response.status == 200, f"{audited} answered {response.status}"
    assert "/accounts/login/" not in page.url, f"{audited} asked to sign in"
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    if audited.elder:
        expect(page.locator("html")).to_have_class("elder")


def check_phone_layout(page: Page, audited: AuditedPage) -> None:
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"], f"{audited} scrolls sideways"
    navigation = page.locator("header").get_by_role("navigation").first
    expect(navigation).to_be_visible()
    services_link = navigation.get_by_role("link").first
    expect(services_link).to_be_in_viewport()
    if audited.has_search:
        expect(page.get_by_role("searchbox").first).to_be_in_viewport()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_page_is_accessible(
    page: Page, live_server, axe_check, demo_site, viewport: dict
):
    failures = []
    for audited in AUDITED_PAGES:
        try:
            open_page(page, live_server.url, audited, viewport)
            axe_check(page, where=f"{audited} at {viewport['width']}px")
            if viewport == PHONE:
                check_phone_layout(page, audited)
        except AssertionError as failure:
            failures.append(f"{audited}: {failure}")
    assert not failures, "\n\n".join(failures)


def test_phone_search_box_and_main_navigation(page: Page, live_server, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/services/")
    search = page.locator("header").get_by_role("searchbox")
    search.fill("社保卡")
    search.press("Enter")
    page.wait_for_url("**/services/?q=*")
    # 社保卡 is a synonym: the first result is the social security card service.
    expect(page.locator(".service-card").first).to_contain_text("社会保障卡")

    page.goto(f"{live_server.url}/")
    navigation = page.get_by_role("navigation", name="主导航")
    navigation.get_by_role("link", name="办事服务").click()
    page.wait_for_url("**/services/")
    expect(page.get_by_role("heading", level=1, name="办事指南")).to_be_visible()


def test_axe_check_fails_listing_serious_violations(page: Page, axe_check):
    # The check must be able to fail: an unlabelled image and grey-on-white text.
    page.set_content(
        '<html lang="en"><body><main><h1>Broken</h1>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<p style="color:#ccc;background:#fff">faint text</p></main></body></html>'
    )
    with pytest.raises(AssertionError) as failure:
        assert_no_serious_violations(axe_violations(page), where="broken page")
    message = str(failure.value)
    assert "image-alt" in message
    assert "color-contrast" in message
    assert "broken page" in message
