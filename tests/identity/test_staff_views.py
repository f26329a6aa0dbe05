"""Every staff view, found by walking all URL patterns (tests/identity/url_walk.py),
refuses whoever may not use it: signed-out visitors are sent to sign in, citizens
get 403 (or 404), staff without the second factor of this sign-in are sent to the
second-factor step without the page, and staff of another role get 403.

Sessions are made through allauth's forms, password then TOTP code
(``client.sign_in``), never with ``force_login``. Each check asks every staff view
by GET and by POST and reports all the views that fail it at once.
"""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from identity.permissions import has_role
from tests.factories import StaffUserFactory, UserFactory
from tests.factories.sharing_ui import ProviderFactory, RequesterSystemFactory
from tests.identity.url_walk import staff_views, url_views
from tests.staff_sign_in import PortalClient

pytestmark = pytest.mark.django_db

KNOWN_STAFF_VIEWS = (
    "desk:queue",
    "desk:detail",
    "desk:action",
    "desk:lookup",
    "desk:notice_issue",
    "desk:material_download",
    "licences:desk_licences",
    "licences:desk_licence_action",
    "notifications:desk_messages",
    "sharing:catalogue",
    "sharing:request_list",
    "sharing:request_new",
    "sharing:audit_list",
    "sharing:audit_export",
    "sharing:discrepancy_queue",
    "wagtailadmin_home",
    "wagtailadmin_pages:edit",
    "wagtailsnippets_workdays_calendarday:list",
    "wagtailsnippets_workdays_calendarday:schedule",
    "admin:index",
    "admin:identity_user_changelist",
    "admin:sharing_accessrecord_changelist",
)

STAFF_PREFIXES = ("/desk/", "/sharing/", "/admin/", "/django-admin/")
OPEN_UNDER_STAFF_PREFIXES = {
    # Sign-in and sign-out of the admin sites (the sign-in pages only redirect to
    # allauth's), what Wagtail's pages load before signing in, and its password
    # reset (switched off).
    "admin:login",
    "admin:logout",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    # Any reporter's own discrepancy reports.
    "sharing:discrepancy_mine",
}


def _target(response) -> tuple[str, str]:
    location = urlparse(response["Location"])
    return location.path, parse_qs(location.query).get("next", [""])[0]


def _failures(client, check) -> list[str]:
    """Ask every staff view by GET and POST; the answers ``check`` objects to."""
    failures = []
    for view in staff_views():
        for method in ("get", "post"):
            response = getattr(client, method)(view.address)
            # The gate's notes would pile up in the message cookie.
            client.cookies.pop("messages", None)
            problem = check(view, response)
            if problem:
                failures.append(f"{method.upper()} {view.address} {view}: {problem}")
    return failures


def test_the_walk_finds_the_staff_views():
    views = staff_views()
    assert len(views) > 100
    names = {view.name for view in views}
    assert set(KNOWN_STAFF_VIEWS) <= names, set(KNOWN_STAFF_VIEWS) - names


def test_every_staff_view_has_an_address_that_reaches_it():
    assert [str(view) for view in staff_views() if view.address is None] == []


def test_every_view_under_a_staff_prefix_declares_its_roles():
    undeclared = [
        str(view)
        for view in url_views()
        if view.address is not None
        and view.address.startswith(STAFF_PREFIXES)
        and not view.staff_roles
        and view.name not in OPEN_UNDER_STAFF_PREFIXES
        # The redirect that replaces Wagtail's admin sign-in page.
        and view.address != "/admin/login/"
    ]
    assert undeclared == []


def test_every_staff_view_sends_signed_out_visitors_to_sign_in(client):
    login = reverse("account_login")

    def check(view, response):
        if response.status_code != 302:
            return f"answered {response.status_code}"
        if _target(response) != (login, view.address):
            return f"sent to {response['Location']}"
        return None

    assert _failures(client, check) == []


def test_every_staff_view_refuses_a_citizen(client, citizen):
    client.sign_in(citizen)

    def check(view, response):
        if response.status_code not in (403, 404):
            return f"answered {response.status_code}"
        return None

    assert _failures(client, check) == []


def test_every_staff_view_asks_staff_without_a_second_factor_for_it(client):
    # A superuser holds every role: only the second factor stands in the way. Not
    # enrolled, so allauth signs them in on the password alone.
    superuser = UserFactory(is_superuser=True, is_staff=True, totp=False)
    client.sign_in(superuser)
    enrol = reverse("mfa_activate_totp")

    def check(view, response):
        if response.status_code != 302:
            return f"answered {response.status_code}"
        if _target(response) != (enrol, view.address):
            return f"sent to {response['Location']}"
        if response.content:
            return "with content"
        return None

    assert _failures(client, check) == []


def _staff_of_every_kind() -> list:
    window = StaffUserFactory()
    steward = UserFactory(totp=True)
    ProviderFactory().stewards.add(steward)
    operator = UserFactory(totp=True)
    RequesterSystemFactory().operators.add(operator)
    return [window, steward, operator]


def test_every_staff_view_refuses_staff_of_another_role():
    clients = []
    for user in _staff_of_every_kind():
        client = PortalClient()
        client.sign_in(user)
        clients.append((user, client))
    failures = []
    for view in staff_views():
        others = [c for user, c in clients if not has_role(user, view.staff_roles)]
        if not others:
            failures.append(f"{view}: no staff of another role to ask")
            continue
        client = others[0]
        for method in ("get", "post"):
            response = getattr(client, method)(view.address)
            client.cookies.pop("messages", None)
            if response.status_code != 403:
                failures.append(
                    f"{method.upper()} {view.address} {view}: "
                    f"answered {response.status_code}"
                )
    assert failures == []
