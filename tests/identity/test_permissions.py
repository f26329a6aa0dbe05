"""The staff gate as a decorator and as a mixin, staff roles, and guard_urlpatterns
(identity.permissions)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.urls import path, reverse
from django.views.generic import View

from citizen_portal.urls import urlpatterns as portal_urlpatterns
from identity import groups
from identity.permissions import (
    DJANGO_ADMIN,
    WAGTAIL_ADMIN,
    StaffRequiredMixin,
    guard_urlpatterns,
    has_role,
    is_desk_staff,
    staff_required,
)
from tests.factories import StaffUserFactory, UserFactory
from tests.factories.sharing_ui import ProviderFactory, RequesterSystemFactory

pytestmark = pytest.mark.django_db


@staff_required(roles=[groups.REVIEWER])
def review_page(request):
    return HttpResponse("for reviewers")


class ReviewPage(StaffRequiredMixin, View):
    staff_roles = (groups.REVIEWER,)

    def get(self, request):
        return HttpResponse("for reviewers")


urlpatterns = [
    path("test/review/", review_page),
    path("test/review-class/", ReviewPage.as_view()),
    *portal_urlpatterns,
]
ADDRESSES = ["/test/review/", "/test/review-class/"]


def reviewer():
    user = StaffUserFactory()
    user.groups.add(Group.objects.get_or_create(name=groups.REVIEWER)[0])
    return user


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("address", ADDRESSES)
def test_gate_serves_the_role_with_the_second_factor(client, address):
    client.sign_in(reviewer())
    response = client.get(address)
    assert response.status_code == 200
    assert response.content == b"for reviewers"


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("address", ADDRESSES)
def test_gate_sends_signed_out_visitors_to_allauth_login(client, address):
    response = client.get(address)
    assert response["Location"] == f"{reverse('account_login')}?next={address}"


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("address", ADDRESSES)
def test_gate_refuses_another_role(client, address):
    client.sign_in(StaffUserFactory())
    assert client.get(address).status_code == 403


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("address", ADDRESSES)
def test_gate_asks_for_the_second_factor(client, address):
    client.force_login(reviewer())
    response = client.get(address)
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    assert b"for reviewers" not in response.content


def test_declaration_is_on_the_view_function():
    assert review_page.staff_roles == (groups.REVIEWER,)
    assert ReviewPage.as_view().staff_roles == (groups.REVIEWER,)
    assert staff_required(groups.EDITOR, roles=[WAGTAIL_ADMIN])(
        review_page
    ).staff_roles == (groups.EDITOR, WAGTAIL_ADMIN)


@pytest.mark.parametrize("roles", [(), ("no_such_role",), ("app.",)])
def test_unknown_roles_are_refused_when_declared(roles):
    with pytest.raises(ImproperlyConfigured):
        staff_required(*roles)


def test_roles():
    window, steward, operator = StaffUserFactory(), UserFactory(), UserFactory()
    ProviderFactory().stewards.add(steward)
    RequesterSystemFactory().operators.add(operator)
    superuser = UserFactory(is_superuser=True, is_staff=False)
    assert has_role(window, [groups.WINDOW_STAFF])
    assert not has_role(window, [groups.REVIEWER, "sharing_steward"])
    assert has_role(steward, [groups.REVIEWER, "sharing_steward"])
    assert has_role(operator, ["sharing_operator"])
    assert not has_role(operator, ["sharing_catalogue"])
    assert has_role(superuser, [groups.REVIEWER])
    assert has_role(superuser, [WAGTAIL_ADMIN])
    # The Django admin asks for is_staff, superusers included.
    assert not has_role(superuser, [DJANGO_ADMIN])
    assert has_role(UserFactory(is_staff=True), [DJANGO_ADMIN])
    window.is_active = False
    assert not has_role(window, [groups.WINDOW_STAFF])


def test_permission_roles():
    pusher = UserFactory()
    assert not has_role(pusher, ["notifications.add_pushmessage"])
    pusher.user_permissions.add(Permission.objects.get(codename="add_pushmessage"))
    pusher = type(pusher).objects.get(pk=pusher.pk)
    assert has_role(pusher, ["notifications.add_pushmessage"])


def test_desk_staff():
    assert is_desk_staff(StaffUserFactory())
    assert is_desk_staff(reviewer())
    assert not is_desk_staff(UserFactory())


def _plain(request):
    return HttpResponse("plain")


def _declared(request):
    return HttpResponse("declared")


# As apps below identity declare a view's roles (sharing.views.access).
_declared.staff_roles = (groups.EDITOR,)


def test_guard_puts_the_gate_in_front_of_declared_and_default_views():
    patterns = [
        path("a/", _plain, name="a"),
        path("b/", _declared, name="b"),
        path("login/", _plain, name="login"),
    ]
    guard_urlpatterns(patterns, (WAGTAIL_ADMIN,), public=["login"])
    assert patterns[0].callback.staff_roles == (WAGTAIL_ADMIN,)
    assert patterns[1].callback.staff_roles == (groups.EDITOR,)
    assert patterns[2].callback is _plain
    gated = patterns[0].callback
    guard_urlpatterns(patterns, (WAGTAIL_ADMIN,), public=["login"])
    assert patterns[0].callback is gated


def test_guard_without_roles_leaves_undeclared_views():
    patterns = [path("a/", _plain)]
    guard_urlpatterns(patterns)
    assert patterns[0].callback is _plain
