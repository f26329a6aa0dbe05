"""The Content-Security-Policy in the Debian Chromium: the portal's pages, My
Portal, the window desk and both admins (signed in through the real sign-in form)
load without a single violation, and the OpenID Connect consent and sign-in forms
still reach the client through the redirect that ``form-action`` governs.

Every browser test fails on a violation anyway (the ``context`` fixture in
tests/e2e/conftest.py, tests/e2e/csp.py); these tests check after each page, so
that a failure names the page, and check that the header is really there.
"""

import base64
import hashlib
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from allauth.idp.oidc.models import Client
from playwright.sync_api import Page, Route, expect

from cms.models import ArticlePage, DepartmentPage, PolicyDocumentPage
from services.models import Service
from tests.e2e.applying import fresh_totp_code, sign_in, sign_out
from tests.factories import (
    PASSWORD,
    TOTP_SECRET,
    PersonFactory,
    StaffUserFactory,
    UserFactory,
    enrol_totp,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

HEADER = "content-security-policy"
ADMIN_TOTP_SECRET = "CSPTESTADMINTOTPSECRETFORSUPERUS"  # noqa: S105 (base32, test)
CALLBACK = "https://rp.example.gov.cn/oidc/callback"


@pytest.fixture
def demo_site() -> None:
    from demo.catalogue_load import load_catalogue
    from demo.website import seed_cms_demo
    from opendata.publishing import dataset_generate_all

    load_catalogue()
    dataset_generate_all()
    seed_cms_demo()


def first_live(model) -> str:
    page = model.objects.live().order_by("path").first()
    assert page is not None, f"the demo website has no {model.__name__}"
    return page.url


def visit(page: Page, base: str, path: str, csp_violations) -> str:
    """Open ``path``; fail when it is not answered with a policy, or when the
    browser reports a violation while loading it. Returns the policy."""
    response = page.goto(f"{base}{path}")
    assert response is not None
    page.wait_for_load_state("networkidle")
    assert response.status == 200, f"{path} answered {response.status}"
    policy = response.headers.get(HEADER)
    assert policy, f"{path} has no Content-Security-Policy"
    csp_violations.assert_none(where=f"on {path}")
    return policy


def test_portal_my_portal_desk_and_admins_have_no_violation(
    page: Page, live_server, csp_violations, demo_site
):
    base = live_server.url
    service = Service.objects.active().order_by("code").first()
    public_paths = [
        "/",
        "/services/",
        "/services/?q=社保卡",
        f"/services/{service.code}/",
        first_live(ArticlePage),
        first_live(PolicyDocumentPage),
        first_live(DepartmentPage),
        "/search/?q=营业执照",
        "/opendata/",
        "/verify/",
        "/en/",
        "/accounts/login/",
        "/accounts/signup/",
        "/api/v1/docs",
    ]
    for path in public_paths:
        policy = visit(page, base, path, csp_violations)
        assert "'unsafe-inline'" not in policy, path
    # A missing page and the elder-friendly mode.
    missing = page.goto(f"{base}/no-such-page/")
    assert missing is not None and missing.status == 404
    assert missing.headers.get(HEADER)
    page.goto(f"{base}/")
    page.get_by_role("button", name="长者模式").click()
    expect(page.locator("html")).to_have_class("elder")
    csp_violations.assert_none(where="in elder-friendly mode")
    page.context.clear_cookies()

    citizen = PersonFactory().user
    page.goto(f"{base}/accounts/login/")
    sign_in(page, citizen.email)
    for path in ["/my/", "/my/notifications/", "/my/licences/", "/my/identity/"]:
        visit(page, base, path, csp_violations)
    visit(page, base, "/accounts/phone/change/", csp_violations)
    sign_out(page)

    staff = StaffUserFactory()
    page.goto(f"{base}/accounts/login/")
    sign_in(page, staff.email, totp_secret=TOTP_SECRET)
    visit(page, base, "/desk/", csp_violations)
    sign_out(page)

    admin = UserFactory(is_superuser=True, is_staff=True, totp=False)
    enrol_totp(admin, ADMIN_TOTP_SECRET)
    page.goto(f"{base}/accounts/login/")
    sign_in(page, admin.email, totp_secret=ADMIN_TOTP_SECRET)
    article = ArticlePage.objects.live().order_by("path").first()
    for path in ["/admin/", f"/admin/pages/{article.get_parent().pk}/"]:
        visit(page, base, path, csp_violations)
    visit(page, base, f"/admin/pages/{article.pk}/edit/", csp_violations)
    # The preview panel shows the page in an iframe of the editor.
    page.get_by_role("button", name="预览").first.click()
    preview = page.frame_locator("iframe[src*='/edit/preview/']").first
    expect(preview.get_by_role("heading", level=1)).to_have_text(article.title)
    csp_violations.assert_none(where="in the page editor's preview panel")
    for path in ["/admin/images/", "/django-admin/", "/django-admin/identity/user/"]:
        visit(page, base, path, csp_violations)


def test_violations_are_reported_with_what_was_blocked(page: Page, csp_violations):
    # The check must be able to fail: a page whose policy refuses its own
    # inline script and style attribute.
    page.route(
        "http://csp-check.test/",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            headers={HEADER: "default-src 'self'"},
            body='<p style="color:red">x</p><script>document.title="ran"</script>',
        ),
    )
    page.goto("http://csp-check.test/")
    page.wait_for_load_state("load")
    assert page.title() != "ran"
    with pytest.raises(AssertionError) as failure:
        csp_violations.assert_none(where="on the check page")
    message = str(failure.value)
    assert "script-src-elem blocked inline" in message
    assert "style-src-attr blocked inline" in message
    assert "on the check page" in message


def make_client(*, skip_consent: bool = False) -> Client:
    client = Client(
        name="社会保障业务系统",
        type=Client.Type.CONFIDENTIAL,
        scopes="openid",
        redirect_uris=CALLBACK,
        grant_types="authorization_code",
        response_types="code",
        skip_consent=skip_consent,
    )
    client.set_secret("rp-secret-for-the-browser-test")
    client.save()
    return client


def authorize_path(client: Client) -> str:
    verifier = "browser-test-code-verifier-0123456789-abcdefghijklmnop"
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        .rstrip(b"=")
        .decode()
    )
    query = urlencode(
        {
            "client_id": client.id,
            "response_type": "code",
            "scope": "openid",
            "redirect_uri": CALLBACK,
            "state": "xyz-state",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"/identity/o/authorize?{query}"


@pytest.fixture
def relying_party(page: Page) -> list[str]:
    """The client's callback, answered in the browser (no network): the URLs it
    received."""
    received: list[str] = []

    def answer(route: Route) -> None:
        received.append(route.request.url)
        route.fulfill(status=200, content_type="text/plain", body="signed in")

    page.route(re.compile(r"^https://rp\.example\.gov\.cn/"), answer)
    return received


def assert_code_delivered(received: list[str]) -> None:
    assert received, "the browser never reached the client's callback"
    query = parse_qs(urlsplit(received[-1]).query)
    assert query["state"] == ["xyz-state"]
    assert query["code"][0]


def grant_consent(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_contain_text("社会保障业务系统")
    page.locator("button[name=action][value=grant]").click()
    page.wait_for_url(re.compile(r"^https://rp\.example\.gov\.cn/"))


def test_oidc_consent_form_redirects_to_the_client(
    page: Page, live_server, csp_violations, relying_party
):
    client = make_client()
    citizen = PersonFactory().user
    page.goto(f"{live_server.url}/accounts/login/")
    sign_in(page, citizen.email)
    page.goto(f"{live_server.url}{authorize_path(client)}")
    grant_consent(page)
    assert_code_delivered(relying_party)
    csp_violations.assert_none(where="in the consent flow")


def test_oidc_consent_redirect_is_refused_without_the_client_origin(
    page: Page, live_server, csp_violations, relying_party, monkeypatch
):
    # Why the clients' origins are in form-action: Chromium applies it to the
    # redirect that answers the consent form.
    monkeypatch.setattr(
        "citizen_portal.content_security.client_redirect_sources", lambda: []
    )
    client = make_client()
    citizen = PersonFactory().user
    page.goto(f"{live_server.url}/accounts/login/")
    sign_in(page, citizen.email)
    page.goto(f"{live_server.url}{authorize_path(client)}")
    page.locator("button[name=action][value=grant]").click()
    page.wait_for_timeout(1500)
    assert not relying_party
    violations = csp_violations.take()
    assert any("form-action" in message for message in violations), violations


def test_sign_in_for_a_client_without_consent_screen_reaches_the_client(
    page: Page, live_server, csp_violations, relying_party
):
    client = make_client(skip_consent=True)
    citizen = PersonFactory().user
    # Signed out: the authorization endpoint sends the browser to the sign-in
    # form, whose submission is answered by redirects ending at the client.
    page.goto(f"{live_server.url}{authorize_path(client)}")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.get_by_label("电子邮件").fill(citizen.email)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    page.wait_for_url(re.compile(r"^https://rp\.example\.gov\.cn/"))
    assert_code_delivered(relying_party)
    csp_violations.assert_none(where="in the sign-in flow")


def test_staff_sign_in_with_second_factor_for_a_client_reaches_the_client(
    page: Page, live_server, csp_violations, relying_party
):
    # The second factor's form is the one submitted last before the redirects.
    client = make_client(skip_consent=True)
    staff = StaffUserFactory()
    page.goto(f"{live_server.url}{authorize_path(client)}")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.get_by_label("电子邮件").fill(staff.email)
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录", exact=True).click()
    page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
    page.get_by_label("代码").fill(fresh_totp_code(TOTP_SECRET))
    page.get_by_role("button", name="登录", exact=True).click()
    page.wait_for_url(re.compile(r"^https://rp\.example\.gov\.cn/"))
    assert_code_delivered(relying_party)
    csp_violations.assert_none(where="in the two-factor sign-in flow")
