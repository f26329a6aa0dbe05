"""The two admin sites behind the staff gate (``identity.permissions``).

The Django admin (``/django-admin/``) is ``PortalAdminSite``, installed as the
default site (``identity.apps.PortalAdminConfig``): every view of it is behind the
gate for ``DJANGO_ADMIN`` (``is_staff``) but sign-in and sign-out; its login page
sends to allauth's; ``has_permission`` also asks for the second factor of this
sign-in, for what the admin decides by it (its links, its own redirects).

The Wagtail admin (``/admin/``): ``guard_wagtail_admin`` puts every view of
Wagtail's admin URLs (with the ones apps register through hooks) behind the gate
for ``WAGTAIL_ADMIN`` (the ``wagtailadmin.access_admin`` permission), but sign-out
and what the pages load before sign-in. Its login page (``/admin/login/``) is
replaced by a redirect to allauth's (``identity.sign_in``, routed before
Wagtail's URLs) and its own password reset is switched off
(``WAGTAIL_PASSWORD_RESET_ENABLED``).
"""

from django.contrib.admin import AdminSite
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from . import mfa
from .permissions import DJANGO_ADMIN, WAGTAIL_ADMIN, guard_urlpatterns
from .sign_in import to_sign_in

WAGTAIL_ADMIN_PUBLIC = (
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
)
DJANGO_ADMIN_PUBLIC = ("login", "logout")


class PortalAdminSite(AdminSite):
    def login(self, request: HttpRequest, extra_context=None) -> HttpResponse:
        return to_sign_in(
            request, default_next=reverse("admin:index", current_app=self.name)
        )

    def has_permission(self, request: HttpRequest) -> bool:
        return super().has_permission(request) and mfa.mfa_passed(request)

    def get_urls(self):
        return guard_urlpatterns(
            super().get_urls(), (DJANGO_ADMIN,), public=DJANGO_ADMIN_PUBLIC
        )


def guard_wagtail_admin(urlpatterns: list) -> list:
    """Wagtail's admin URL patterns, every view but the public ones behind the
    staff gate (in place)."""
    return guard_urlpatterns(urlpatterns, (WAGTAIL_ADMIN,), public=WAGTAIL_ADMIN_PUBLIC)
