"""MFA policy: staff kinds must enrol a TOTP authenticator (allauth.mfa) before they
reach any staff page.

Flow: ``StaffMFAMiddleware`` looks only at requests for a staff URL (the window desk,
the data-sharing pages, the Wagtail and Django admins, with or without the ``/en/``
prefix). A signed-in staff-kind user without an active TOTP authenticator is sent to
allauth's TOTP activation page, with ``?next=`` pointing back. Signed-out visitors
pass through, so that the views send them to their login page; everybody else passes
through to the view's own role check (a citizen still gets its 403). Once enrolled,
allauth asks for the TOTP code at every password login.

Staff kinds are superusers, ``is_staff`` users, members of a role group
(``identity.groups.STAFF_GROUPS``), and the people the data-sharing pages serve by
membership rather than by group: stewards of a provider and operators of a
requesting system (``sharing.selectors``).
"""

from collections.abc import Callable
from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from sharing import selectors as sharing_selectors

from .groups import STAFF_GROUPS

STAFF_PREFIXES = ("/desk/", "/sharing/", "/admin/", "/django-admin/")
"""Staff URLs, without a language prefix."""

OPEN_PATHS = ("/sharing/discrepancies/mine/",)
"""Pages under a staff prefix that any reporter may use without being staff."""


def _strip_language(path: str) -> str:
    """``/en/desk/`` -> ``/desk/``; the default language has no prefix."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if code != settings.LANGUAGE_CODE and path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def is_staff_url(path: str) -> bool:
    path = _strip_language(path)
    if path.startswith(OPEN_PATHS):
        return False
    return path.startswith(STAFF_PREFIXES)


def is_staff_kind(user) -> bool:
    """Whether ``user`` is a staff kind that must enrol MFA."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if user.groups.filter(name__in=STAFF_GROUPS).exists():
        return True
    return sharing_selectors.is_steward(user) or sharing_selectors.is_operator(user)


def has_mfa(user) -> bool:
    """Whether ``user`` has an active TOTP authenticator (recovery codes alone do
    not count: they are the fallback for a lost TOTP device)."""
    if not user.is_authenticated:
        return False
    return Authenticator.objects.filter(
        user_id=user.pk, type=Authenticator.Type.TOTP
    ).exists()


class StaffMFAMiddleware:
    """Send staff kinds without TOTP to enrolment before any staff page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._must_enrol(request):
            messages.warning(
                request,
                _(
                    "Staff accounts must set up two-factor authentication "
                    "before using staff pages."
                ),
            )
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
        return self.get_response(request)

    @staticmethod
    def _must_enrol(request: HttpRequest) -> bool:
        if not getattr(settings, "STAFF_MFA_REQUIRED", True):
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if not is_staff_url(request.path_info):
            return False
        return is_staff_kind(user) and not has_mfa(user)
