"""Staff kinds must enrol TOTP before any staff page (identity.mfa)."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from applications.models import Application
from identity import groups
from identity.mfa import has_mfa, is_staff_kind, is_staff_url
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


def desk_detail() -> str:
    application = ApplicationFactory(status=Application.Status.SUBMITTED)
    return reverse("desk:detail", args=[application.number])


# name, address (a callable for addresses that need a row), the kind of staff user
# that works there, the status that user gets once enrolled, the citizen's status.
STAFF_PAGES = [
    ("desk queue", lambda: reverse("desk:queue"), "window", 200, 403),
    ("desk detail", desk_detail, "window", 200, 403),
    ("catalogue", lambda: reverse("sharing:catalogue"), "steward", 200, 403),
    ("requests", lambda: reverse("sharing:request_list"), "steward", 200, 403),
    ("audit", lambda: reverse("sharing:audit_list"), "steward", 200, 403),
    ("audit csv", lambda: reverse("sharing:audit_export"), "steward", 200, 403),
    (
        "discrepancies",
        lambda: reverse("sharing:discrepancy_queue"),
        "steward",
        200,
        403,
    ),
    ("wagtail admin", lambda: "/admin/", "superuser", 200, 302),
    ("django admin", lambda: "/django-admin/", "superuser", 200, 302),
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


@pytest.mark.parametrize("name,address,kind,ok,_citizen", STAFF_PAGES, ids=PAGE_IDS)
def test_unenrolled_staff_is_sent_to_totp_activation(
    client, name, address, kind, ok, _citizen
):
    client.force_login(staff_of_kind(kind, enrolled=False))
    target = address()
    response = client.get(target)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{ACTIVATE}?next=")
    assert target in response["Location"].replace("%2F", "/")


@pytest.mark.parametrize("name,address,kind,ok,_citizen", STAFF_PAGES, ids=PAGE_IDS)
def test_enrolled_staff_reaches_the_page(client, name, address, kind, ok, _citizen):
    client.force_login(staff_of_kind(kind, enrolled=True))
    response = client.get(address())
    assert response.status_code == ok


@pytest.mark.parametrize("name,address,kind,_ok,expected", STAFF_PAGES, ids=PAGE_IDS)
def test_citizen_is_not_sent_to_activation(
    client, citizen, name, address, kind, _ok, expected
):
    client.force_login(citizen)
    response = client.get(address())
    assert response.status_code == expected
    assert ACTIVATE not in response.get("Location", "")


@pytest.mark.parametrize("name,address,kind,_ok,_citizen", STAFF_PAGES, ids=PAGE_IDS)
def test_signed_out_visitor_is_sent_to_login(
    client, name, address, kind, _ok, _citizen
):
    response = client.get(address())
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert ACTIVATE not in response["Location"]


def test_english_staff_pages_are_enforced_too(client):
    client.force_login(StaffUserFactory(totp=False))
    response = client.get("/en/desk/")
    assert response.status_code == 302
    with translation.override("en"):
        assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert response["Location"].startswith("/en/accounts/")


def test_own_discrepancy_reports_need_no_enrolment(client):
    operator = UserFactory()
    RequesterSystemFactory().operators.add(operator)
    client.force_login(operator)
    response = client.get(reverse("sharing:discrepancy_mine"))
    assert response.status_code == 200


def test_unenrolled_staff_may_use_the_public_site_and_enrol(client, password):
    staff = StaffUserFactory(totp=False)
    client.post(reverse("account_login"), {"login": staff.email, "password": password})
    assert client.session["_auth_user_id"] == str(staff.pk)
    assert client.get(reverse("services:catalogue")).status_code == 200
    assert client.get("/healthz/").status_code == 200
    response = client.get(reverse("desk:queue"), follow=True)
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
    assert client.get(reverse("desk:queue")).status_code == 200


def test_enforcement_can_be_switched_off(client, settings):
    settings.STAFF_MFA_REQUIRED = False
    client.force_login(StaffUserFactory(totp=False))
    assert client.get(reverse("desk:queue")).status_code == 200


def test_staff_kinds():
    assert not is_staff_kind(UserFactory())
    assert is_staff_kind(UserFactory(is_superuser=True))
    assert is_staff_kind(UserFactory(is_staff=True))
    for name in groups.STAFF_GROUPS:
        user = UserFactory()
        user.groups.add(Group.objects.get_or_create(name=name)[0])
        assert is_staff_kind(user), name
    steward, operator = UserFactory(), UserFactory()
    ProviderFactory().stewards.add(steward)
    RequesterSystemFactory().operators.add(operator)
    assert is_staff_kind(steward)
    assert is_staff_kind(operator)


def test_staff_urls():
    assert is_staff_url("/desk/")
    assert is_staff_url("/en/sharing/audit/")
    assert is_staff_url("/django-admin/identity/user/")
    assert not is_staff_url("/sharing/discrepancies/mine/")
    assert not is_staff_url("/en/sharing/discrepancies/mine/")
    assert not is_staff_url("/services/")
    assert not is_staff_url("/my/")


def test_has_mfa_counts_only_totp():
    user = UserFactory()
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.RECOVERY_CODES, data={}
    )
    assert not has_mfa(user)
    enrol_totp(user)
    assert has_mfa(user)


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
