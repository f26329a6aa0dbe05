"""Staff pages are served only to a session that passed the second factor in this
sign-in (identity.mfa, identity.permissions). Sessions are made through allauth's
forms (``client.sign_in``) unless a test is about a session made otherwise."""

from urllib.parse import parse_qs, urlparse

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import path, reverse
from django.utils import translation

from applications.models import Application
from citizen_portal.urls import urlpatterns as portal_urlpatterns
from identity import groups
from identity.admin_sites import PortalAdminSite
from identity.mfa import has_mfa, is_staff_kind, mfa_passed, note_sign_in
from tests.factories import (
    ApplicationFactory,
    StaffUserFactory,
    UserFactory,
    enrol_totp,
    totp_code,
)
from tests.factories.sharing_ui import ProviderFactory, RequesterSystemFactory

pytestmark = pytest.mark.django_db

ACTIVATE = reverse("mfa_activate_totp")
REAUTHENTICATE = reverse("mfa_reauthenticate")


def desk_detail() -> str:
    application = ApplicationFactory(status=Application.Status.SUBMITTED)
    return reverse("desk:detail", args=[application.number])


# name, address (a callable for addresses that need a row), the kind of staff
# user that works there.
STAFF_PAGES = [
    ("desk queue", lambda: reverse("desk:queue"), "window"),
    ("desk detail", desk_detail, "window"),
    ("desk lookup", lambda: reverse("desk:lookup"), "window"),
    ("catalogue", lambda: reverse("sharing:catalogue"), "steward"),
    ("requests", lambda: reverse("sharing:request_list"), "steward"),
    ("audit", lambda: reverse("sharing:audit_list"), "steward"),
    ("audit csv", lambda: reverse("sharing:audit_export"), "steward"),
    ("discrepancies", lambda: reverse("sharing:discrepancy_queue"), "steward"),
    ("wagtail admin", lambda: "/admin/", "superuser"),
    ("django admin", lambda: "/django-admin/", "superuser"),
]
PAGE_IDS = [page[0] for page in STAFF_PAGES]


def staff_of_kind(kind: str, *, enrolled: bool):
    if kind == "window":
        return StaffUserFactory(totp=enrolled)
    if kind == "steward":
        user = UserFactory(totp=enrolled)
        ProviderFactory().stewards.add(user)
        return user
    return UserFactory(is_superuser=True, is_staff=True, totp=enrolled)


def next_of(response) -> tuple[str, str]:
    location = urlparse(response["Location"])
    return location.path, parse_qs(location.query).get("next", [""])[0]


@pytest.mark.parametrize("name,address,kind", STAFF_PAGES, ids=PAGE_IDS)
def test_enrolled_staff_reaches_the_page(client, name, address, kind):
    client.sign_in(staff_of_kind(kind, enrolled=True))
    assert client.get(address()).status_code == 200


@pytest.mark.parametrize("name,address,kind", STAFF_PAGES, ids=PAGE_IDS)
def test_staff_session_without_the_second_factor_is_asked_for_it(
    client, name, address, kind
):
    # A session made outside allauth's forms: the password may have been given
    # somewhere, the second factor was not.
    client.force_login(staff_of_kind(kind, enrolled=True))
    target = address()
    response = client.get(target)
    assert response.status_code == 302
    assert next_of(response) == (REAUTHENTICATE, target)
    assert response.content == b""


@pytest.mark.parametrize("name,address,kind", STAFF_PAGES, ids=PAGE_IDS)
def test_unenrolled_staff_is_sent_to_totp_activation(client, name, address, kind):
    client.sign_in(staff_of_kind(kind, enrolled=False))
    target = address()
    response = client.get(target)
    assert response.status_code == 302
    assert next_of(response) == (ACTIVATE, target)


@pytest.mark.parametrize("name,address,kind", STAFF_PAGES, ids=PAGE_IDS)
def test_citizen_gets_403(client, citizen, name, address, kind):
    client.sign_in(citizen)
    response = client.get(address())
    assert response.status_code == 403


@pytest.mark.parametrize("name,address,kind", STAFF_PAGES, ids=PAGE_IDS)
def test_signed_out_visitor_is_sent_to_login(client, name, address, kind):
    target = address()
    response = client.get(target)
    assert response.status_code == 302
    assert next_of(response) == (reverse("account_login"), target)


def test_english_staff_pages_are_enforced_too(client):
    client.sign_in(StaffUserFactory(totp=False))
    response = client.get("/en/desk/")
    assert response.status_code == 302
    with translation.override("en"):
        assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert response["Location"].startswith("/en/accounts/")


def test_own_discrepancy_reports_need_no_second_factor(client):
    operator = UserFactory()
    RequesterSystemFactory().operators.add(operator)
    client.sign_in(operator)
    response = client.get(reverse("sharing:discrepancy_mine"))
    assert response.status_code == 200


def test_enrolled_staff_signing_in_is_asked_for_the_totp_code(client, password):
    staff = StaffUserFactory()
    response = client.post(
        reverse("account_login"), {"login": staff.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(reverse("desk:queue")).status_code == 302

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get(reverse("desk:queue")).status_code == 200


def test_a_recovery_code_passes_the_second_factor(client):
    staff = StaffUserFactory()
    code = RecoveryCodes.activate(staff).get_unused_codes()[0]
    client.sign_in(staff, code=code)
    assert client.get(reverse("desk:queue")).status_code == 200


def test_the_code_at_the_second_factor_step_opens_the_page(client):
    client.force_login(StaffUserFactory())
    desk = reverse("desk:queue")
    step = client.get(desk)["Location"]
    assert step.startswith(REAUTHENTICATE)
    response = client.post(step, {"code": "000000"})
    assert response.status_code == 200
    assert client.get(desk).status_code == 302

    response = client.post(step, {"code": totp_code()})
    assert response.status_code == 302
    assert response["Location"] == desk
    assert client.get(desk).status_code == 200


def test_the_password_again_does_not_pass_the_second_factor(client, password):
    client.force_login(StaffUserFactory())
    client.post(reverse("account_reauthenticate"), {"password": password})
    response = client.get(reverse("desk:queue"))
    assert response.status_code == 302
    assert response["Location"].startswith(REAUTHENTICATE)


def test_second_factor_of_an_earlier_sign_in_does_not_count(client):
    staff = StaffUserFactory()
    client.sign_in(staff)
    desk = reverse("desk:queue")
    assert client.get(desk).status_code == 200
    # Signed in again in the same browser without allauth's forms (as the old
    # admin login pages did): allauth's records of the first sign-in stay in the
    # session, but they are not of this sign-in.
    client.force_login(staff)
    assert client.get(desk)["Location"].startswith(REAUTHENTICATE)


def test_second_factor_of_another_user_does_not_count(client):
    client.sign_in(StaffUserFactory())
    client.force_login(StaffUserFactory())
    assert client.get(reverse("desk:queue")).status_code == 302


def test_unenrolled_staff_may_use_the_public_site_enrol_and_pass(client, password):
    staff = StaffUserFactory(totp=False)
    client.sign_in(staff)
    assert client.get(reverse("services:catalogue")).status_code == 200
    assert client.get("/healthz/").status_code == 200
    desk = reverse("desk:queue")
    response = client.get(desk, follow=True)
    assert response.redirect_chain[0][0].startswith(ACTIVATE)
    # allauth asks for the password again before adding an authenticator.
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": password})
    response = client.get(ACTIVATE)
    assert response.status_code == 200
    assert "totp_url" in response.context
    secret = client.session["mfa.totp.secret"]
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert has_mfa(staff)
    # Enrolled: now the code, as at every sign-in from here on.
    step = client.get(desk)["Location"]
    assert step.startswith(REAUTHENTICATE)
    client.post(step, {"code": totp_code(secret)})
    assert client.get(desk).status_code == 200


def _request_with(user, *steps: str):
    """A request of ``user`` whose session recorded ``steps`` ("password", "mfa")
    as allauth does, then the login."""
    request = RequestFactory().get("/")
    request.session = SessionStore()
    request.user = user
    for step in steps:
        record_authentication(request, user, method=step)
    note_sign_in(None, request=request, user=user)
    return request


def test_mfa_passed_needs_an_mfa_record_of_this_sign_in():
    staff = StaffUserFactory()
    assert mfa_passed(_request_with(staff, "password", "mfa"))
    assert not mfa_passed(_request_with(staff, "password"))
    assert not mfa_passed(_request_with(staff))
    assert not mfa_passed(_request_with(staff, "mfa", "password"))


def test_django_admin_permission_needs_the_second_factor():
    superuser = UserFactory(is_superuser=True, is_staff=True)
    site = PortalAdminSite()
    assert site.has_permission(_request_with(superuser, "password", "mfa"))
    assert not site.has_permission(_request_with(superuser, "password"))


def _unguarded_admin_page(request):
    return HttpResponse("an admin page added without the gate")


urlpatterns = [
    path("django-admin/unguarded/", _unguarded_admin_page),
    *portal_urlpatterns,
]


@pytest.mark.urls(__name__)
def test_admin_safety_net_asks_for_the_second_factor(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get("/django-admin/unguarded/")
    assert response.status_code == 302
    assert next_of(response) == (REAUTHENTICATE, "/django-admin/unguarded/")


def test_staff_kinds():
    assert not is_staff_kind(UserFactory())
    assert is_staff_kind(UserFactory(is_superuser=True))
    assert is_staff_kind(UserFactory(is_staff=True))
    for name in groups.STAFF_GROUPS:
        user = UserFactory()
        user.groups.add(Group.objects.get_or_create(name=name)[0])
        assert is_staff_kind(user), name
    steward, operator, editor = UserFactory(), UserFactory(), UserFactory()
    ProviderFactory().stewards.add(steward)
    RequesterSystemFactory().operators.add(operator)
    editor.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    assert is_staff_kind(steward)
    assert is_staff_kind(operator)
    assert is_staff_kind(editor)


def test_has_mfa_counts_only_totp():
    user = UserFactory()
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={}
    )
    assert not has_mfa(user)
    enrol_totp(user)
    assert has_mfa(user)
