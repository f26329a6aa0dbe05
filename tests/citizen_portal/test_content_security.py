"""The Content-Security-Policy header (citizen_portal.content_security): the strict
public policy on every kind of response, the admins' own policies, the per-request
nonce, framing by Wagtail's preview and the OpenID Connect clients' origins in
``form-action``."""

import re
from pathlib import Path

import pytest
from allauth.idp.oidc.models import Client
from django.test import Client as HttpClient

from tests.factories import PersonFactory, ServiceFactory, StaffUserFactory, UserFactory
from tests.test_project import PRODUCTION_ENV, run_manage

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"
ROOT = Path(__file__).resolve().parents[2]
SKIPPED_DIRS = {".venv", "node_modules", "staticfiles", "var", "tests", ".git"}
# What the public policy refuses in a template: a <script> with code in it and
# no nonce, a <style> element, a style or event handler attribute, a
# javascript: URL.
REFUSED_MARKUP = {
    "inline script": re.compile(
        r"<script(?![^>]*\b(?:src|nonce)=)(?![^>]*type=\"application/json\")[^>]*>",
        re.IGNORECASE,
    ),
    "style element": re.compile(r"<style\b", re.IGNORECASE),
    "style attribute": re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE),
    "event handler": re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE),
    "javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


def policy(response) -> dict[str, list[str]]:
    """The header as {directive: [sources]}; fails when the header is missing."""
    assert HEADER in response, f"no {HEADER} on {response.status_code} response"
    directives = {}
    for part in response[HEADER].split(";"):
        name, *sources = part.split()
        assert name not in directives, f"{name} twice in {response[HEADER]}"
        directives[name] = sources
    return directives


def assert_strict_public_policy(response) -> None:
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert "upgrade-insecure-requests" not in directives


def nonce_in_header(response) -> str | None:
    sources = policy(response)["script-src"]
    nonces = [s[len("'nonce-") : -1] for s in sources if s.startswith("'nonce-")]
    assert len(nonces) <= 1
    return nonces[0] if nonces else None


@pytest.fixture
def superuser_client(client):
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True, totp=True))
    return client


def test_public_page_has_the_strict_policy(client):
    response = client.get("/services/")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_home_page_has_the_strict_policy(client):
    response = client.get("/")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_cached_public_page_keeps_the_policy(client):
    service = ServiceFactory()
    client.get(service.get_absolute_url())
    response = client.get(service.get_absolute_url())
    assert response["X-Page-Cache"] == "hit"
    assert_strict_public_policy(response)


def test_api_response_has_the_policy(client):
    response = client.get("/api/v1/services")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert_strict_public_policy(response)


def test_api_docs_load_their_scripts_from_the_portal(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    content = response.content.decode()
    scripts = re.findall(r'<script[^>]*\bsrc="([^"]+)"', content)
    assert scripts
    assert all(src.startswith("/static/") for src in scripts), scripts
    assert "https://" not in content
    assert_strict_public_policy(response)


def test_not_found_page_has_the_policy(client):
    response = client.get("/no-such-page-anywhere/")
    assert response.status_code == 404
    assert_strict_public_policy(response)


def test_csrf_failure_page_has_the_policy_and_no_inline_style():
    client = HttpClient(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"login": "a@example.com"})
    assert response.status_code == 403
    assert_strict_public_policy(response)
    content = response.content.decode()
    assert "<style" not in content
    assert "/static/css/portal.css" in content
    assert "请返回上一页，刷新后重新提交。" in content


@pytest.mark.urls("tests.citizen_portal.csp_urls")
def test_server_error_page_has_the_policy():
    client = HttpClient(raise_request_exception=False)
    response = client.get("/csp-test/broken/")
    assert response.status_code == 500
    assert_strict_public_policy(response)


def test_static_file_has_the_policy(client):
    response = client.get("/static/css/portal.css")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_my_portal_has_the_strict_policy(client):
    client.force_login(PersonFactory().user)
    response = client.get("/my/")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_desk_page_has_the_strict_policy(client):
    client.force_login_mfa(StaffUserFactory())
    response = client.get("/desk/")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_wagtail_admin_has_its_own_policy_without_nonce(superuser_client):
    response = superuser_client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["img-src"] == ["'self'", "data:", "blob:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]


def test_sign_in_to_the_wagtail_admin_is_the_portal_page_under_its_policy(client):
    # The admin's own sign-in page is gone (one sign-in: allauth's page).
    redirect = client.get("/admin/login/")
    assert redirect.status_code == 302
    response = client.get(redirect["Location"])
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_django_admin_has_the_strict_policy(superuser_client):
    response = superuser_client.get("/django-admin/identity/user/add/")
    assert response.status_code == 200
    assert_strict_public_policy(response)


def test_view_allowing_same_origin_framing_may_be_framed_by_the_portal(
    superuser_client,
):
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="zh-hans")
    # Without an edited form to show, Wagtail's preview view answers its error
    # page, marked SAMEORIGIN like the preview itself.
    response = superuser_client.get(f"/admin/pages/{home.pk}/edit/preview/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_wagtail_preview_of_a_page_keeps_the_public_policy_but_may_be_framed(
    rf,
):
    from cms.models import HomePage

    home = HomePage.objects.get(depth=2, locale__language_code="zh-hans")
    request = rf.get("/admin/pages/edit/preview/")
    request.user = UserFactory(is_superuser=True, is_staff=True, totp=True)
    # Wagtail runs a simulated request for the page's public URL through the
    # middleware, so the header is written for that URL.
    response = home.make_preview_request(request, "")
    directives = policy(response)
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]


def test_page_without_inline_script_gets_no_nonce(client):
    response = client.get("/services/")
    assert nonce_in_header(response) is None


@pytest.mark.urls("tests.citizen_portal.csp_urls")
def test_inline_script_nonce_matches_the_header(client):
    response = client.get("/csp-test/inline-script/")
    attribute = re.search(r'<script nonce="([^"]+)">', response.content.decode())
    assert attribute is not None
    assert nonce_in_header(response) == attribute.group(1)


@pytest.mark.urls("tests.citizen_portal.csp_urls")
def test_nonce_differs_per_request(client):
    first = nonce_in_header(client.get("/csp-test/inline-script/"))
    second = nonce_in_header(client.get("/csp-test/inline-script/"))
    assert first and second
    assert first != second


def make_oidc_client(redirect_uri: str) -> Client:
    client = Client(
        name="社保系统",
        type=Client.Type.CONFIDENTIAL,
        scopes="openid",
        redirect_uris=redirect_uri,
        grant_types="authorization_code",
        response_types="code",
    )
    client.set_secret("s3cret-for-the-test")
    client.save()
    return client


def test_oidc_authorize_page_allows_posting_to_the_client_origin(client):
    rp = make_oidc_client("https://rp.example.gov.cn/oidc/callback")
    client.force_login(PersonFactory().user)
    response = client.get(
        "/identity/o/authorize",
        {
            "client_id": rp.id,
            "response_type": "code",
            "scope": "openid",
            "redirect_uri": "https://rp.example.gov.cn/oidc/callback",
            "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method": "S256",
        },
    )
    assert response.status_code == 200
    assert 'name="request"' in response.content.decode()
    assert policy(response)["form-action"] == ["'self'", "https://rp.example.gov.cn"]


def test_sign_in_page_allows_posting_to_registered_client_origins(client):
    make_oidc_client("https://rp.example.gov.cn:8443/cb")
    response = client.get("/accounts/login/")
    assert policy(response)["form-action"] == [
        "'self'",
        "https://rp.example.gov.cn:8443",
    ]


def test_other_pages_keep_form_action_self_with_clients_registered(client):
    make_oidc_client("https://rp.example.gov.cn/oidc/callback")
    assert policy(client.get("/services/"))["form-action"] == ["'self'"]


def test_production_policy_upgrades_insecure_requests():
    result = run_manage(
        "shell",
        "-c",
        "from csp.utils import build_policy; print(build_policy())",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    header = result.stdout.strip().splitlines()[-1]
    directives = [part.strip() for part in header.split(";")]
    assert "upgrade-insecure-requests" in directives
    assert "default-src 'self'" in directives


def test_change_phone_page_hides_its_resend_form_without_a_style_attribute(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get("/accounts/phone/change/")
    assert response.status_code == 200
    content = response.content.decode()
    assert re.search(r'<form id="verify-phone"[^>]*\bhidden\b', content)
    assert "style=" not in content


def project_templates() -> list[Path]:
    return [
        path
        for path in ROOT.rglob("*.html")
        if not SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts)
    ]


def test_refused_markup_patterns_find_what_they_describe():
    samples = {
        "inline script": '<script defer>alert(1)</script><script src="/a.js"></script>',
        "style element": "<style>p{}</style>",
        "style attribute": '<p class="x" style="color:red">',
        "event handler": '<button type="button" onclick="go()">',
        "javascript: URL": '<a href="javascript:void(0)">',
    }
    for name, sample in samples.items():
        assert REFUSED_MARKUP[name].search(sample), name
    allowed = (
        "<script src=\"{% static 'js/portal.js' %}\" defer></script>"
        '<script nonce="{{ request.csp_nonce }}">x()</script>'
        '<script type="application/json" id="d">{}</script>'
        '<p class="stylish" data-onboard="1">'
    )
    for name, pattern in REFUSED_MARKUP.items():
        assert not pattern.search(allowed), name


def test_project_templates_have_nothing_the_policy_refuses():
    templates = project_templates()
    assert len(templates) > 50
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in templates
        for name, pattern in REFUSED_MARKUP.items()
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, "\n".join(found)
