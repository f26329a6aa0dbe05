"""One sign-in (identity.sign_in): every login page sends to allauth's, and a password
posted to an old login page signs nobody in."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from tests.factories import PASSWORD, StaffUserFactory, UserFactory, totp_code

pytestmark = pytest.mark.django_db

OLD_LOGIN_PAGES = [
    ("/admin/login/", "/admin/"),
    ("/django-admin/login/", "/django-admin/"),
    ("/_util/login/", ""),
    ("/en/_util/login/", ""),
]
OLD_IDS = [page[0] for page in OLD_LOGIN_PAGES]


def target(response) -> tuple[str, str]:
    location = urlparse(response["Location"])
    return location.path, parse_qs(location.query).get("next", [""])[0]


@pytest.mark.parametrize("page,_default", OLD_LOGIN_PAGES, ids=OLD_IDS)
def test_old_login_page_sends_to_allauth_with_next(client, page, _default):
    response = client.get(page, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert target(response) == (reverse("account_login"), "/admin/pages/")


@pytest.mark.parametrize("page,default", OLD_LOGIN_PAGES, ids=OLD_IDS)
def test_old_login_page_drops_a_next_of_another_site(client, page, default):
    response = client.get(page, {"next": "https://evil.example/admin/"})
    assert target(response) == (reverse("account_login"), default)


@pytest.mark.parametrize("page,_default", OLD_LOGIN_PAGES, ids=OLD_IDS)
def test_password_posted_to_an_old_login_page_signs_nobody_in(client, page, _default):
    staff = UserFactory(is_superuser=True, is_staff=True, totp=False)
    for field in ("username", "email"):
        response = client.post(
            page, {field: getattr(staff, field), "password": PASSWORD}
        )
        assert response.status_code == 302
        assert target(response)[0] == reverse("account_login")
        assert "_auth_user_id" not in client.session
    for staff_page in ("/desk/", "/admin/", "/django-admin/"):
        response = client.get(staff_page)
        assert target(response) == (reverse("account_login"), staff_page)


def test_wagtail_admin_sends_to_allauth_login(client):
    response = client.get("/admin/pages/")
    assert target(response) == (reverse("account_login"), "/admin/pages/")


def test_private_page_sends_to_allauth_login(client):
    home = Page.objects.get(depth=2, slug="home")
    PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.LOGIN
    )
    address = home.get_url()
    response = client.get(address)
    assert response.status_code == 302
    assert target(response) == (reverse("account_login"), address)


def test_wagtail_admin_password_reset_is_off(client):
    assert client.get("/admin/password_reset/").status_code == 404


def test_staff_signs_in_once_and_lands_on_the_admin(client):
    staff = UserFactory(is_superuser=True, is_staff=True)
    login = client.get("/admin/login/", follow=True)
    assert login.redirect_chain[-1][0] == f"{reverse('account_login')}?next=/admin/"
    response = client.post(
        login.redirect_chain[-1][0], {"login": staff.email, "password": PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_window_staff_lands_on_the_desk_after_the_second_factor(client):
    staff = StaffUserFactory()
    desk = reverse("desk:queue")
    response = client.get(desk, follow=True)
    assert response.status_code == 200
    response = client.post(
        response.redirect_chain[-1][0], {"login": staff.email, "password": PASSWORD}
    )
    response = client.post(response["Location"], {"code": totp_code()})
    assert response["Location"] == desk
    assert client.get(desk).status_code == 200
