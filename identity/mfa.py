"""The second factor for staff: what "passed in this sign-in" means, where a session
that has not passed it is sent, and a safety net on the two admin sites.

allauth records each authentication step of a session in
``session["account_authentication_methods"]`` (read with
``allauth.account.authentication.get_authentication_records``): ``{"method":
"password", "at": ...}`` when the password form is passed, then ``{"method": "mfa",
"type": "totp" | "recovery_codes", ...}`` when a TOTP code or a recovery code is,
before the login itself; the reauthentication page adds records marked
``"reauthenticated": True`` later. Logging out empties the session.

``note_sign_in`` (on ``user_logged_in``) keeps in the session when this sign-in
began: the time of the first-factor record that led to the login, or the login
itself when there is none (a session made without allauth's forms).
``mfa_passed`` is true when an ``mfa`` record is at least as recent as that, so a
second factor of an earlier sign-in in the same browser never counts, and a
password alone never does.

A session that has not passed it is sent to the second-factor step
(``second_factor_url``): allauth's ``mfa_reauthenticate`` page when the user has a
TOTP authenticator, TOTP enrolment (``mfa_activate_totp``) when not; both come back
to ``?next=``.

Staff pages are guarded one by one (``identity.permissions.staff_required``).
``AdminMFAMiddleware`` only backs that up on the admin sites (``/admin/``,
``/django-admin/``, also behind the gate: ``identity.admin_sites``): a staff kind's
session without the second factor goes to the step before any admin view runs,
should one ever be added outside the gate (others go on to the view's 403).

Staff kinds are superusers, ``is_staff`` users, members of a role group
(``identity.groups.STAFF_GROUPS``), users with access to the Wagtail admin (the
website's editors' groups), and the people the data-sharing pages serve by
membership rather than by group: stewards of a provider and operators of a
requesting system (``sharing.selectors``).
"""

import time
from collections.abc import Callable
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from sharing import selectors as sharing_selectors

from .groups import STAFF_GROUPS

SIGN_IN_KEY = "identity.sign_in"
"""Session key: ``{"at": login time, "since": start of this sign-in's records}``."""

WAGTAIL_ADMIN_PERMISSION = "wagtailadmin.access_admin"

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_OPEN_PATHS = (
    # Sign-in and sign-out, and what Wagtail's pages load before either.
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
    "/admin/sprite/",
    "/django-admin/login/",
    "/django-admin/logout/",
)


def is_staff_kind(user) -> bool:
    """Whether ``user`` is a staff kind, for whom the second factor and the short
    session apply."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if user.groups.filter(name__in=STAFF_GROUPS).exists():
        return True
    if user.has_perm(WAGTAIL_ADMIN_PERMISSION):
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


def _is_first_factor(record: dict) -> bool:
    return record.get("method") != "mfa" and not record.get("reauthenticated")


def note_sign_in(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """Receiver of ``user_logged_in``: keep when this sign-in began."""
    session = getattr(request, "session", None)
    if session is None:
        return
    now = time.time()
    previous = session.get(SIGN_IN_KEY) or {}
    previous_at = previous.get("at", 0.0)
    first_factor = [
        record["at"]
        for record in get_authentication_records(request, user)
        if _is_first_factor(record) and record.get("at", 0.0) > previous_at
    ]
    session[SIGN_IN_KEY] = {
        "at": now,
        "since": first_factor[-1] if first_factor else now,
    }


def signed_in_at(request: HttpRequest) -> float | None:
    """When the session's user signed in (``time.time()``), None when unknown."""
    sign_in = request.session.get(SIGN_IN_KEY)
    if not isinstance(sign_in, dict):
        return None
    return sign_in.get("at")


def mfa_passed(request: HttpRequest) -> bool:
    """Whether the signed-in user passed the second factor (a TOTP code or a
    recovery code) in this sign-in."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    sign_in = request.session.get(SIGN_IN_KEY)
    if not isinstance(sign_in, dict) or "since" not in sign_in:
        return False
    since = sign_in["since"]
    return any(
        record.get("method") == "mfa" and record.get("at", 0.0) >= since
        for record in get_authentication_records(request, user)
    )


def second_factor_url(request: HttpRequest) -> str:
    """The second-factor step for the signed-in user, back to this page after."""
    name = "mfa_reauthenticate" if has_mfa(request.user) else "mfa_activate_totp"
    query = urlencode({"next": request.get_full_path()})
    return f"{reverse(name)}?{query}"


def ask_for_second_factor(request: HttpRequest) -> HttpResponseRedirect:
    """Send the signed-in user to the second-factor step, saying why."""
    if has_mfa(request.user):
        text = _("Enter the code from your authenticator app to use staff pages.")
    else:
        text = _(
            "Staff accounts must set up two-factor authentication "
            "before using staff pages."
        )
    messages.warning(request, text)
    return HttpResponseRedirect(second_factor_url(request))


def _strip_language(path: str) -> str:
    """``/en/desk/`` -> ``/desk/``; the default language has no prefix."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if code != settings.LANGUAGE_CODE and path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def is_admin_url(path: str) -> bool:
    """Whether ``path`` is a page of one of the admin sites (not their sign-in or
    sign-out)."""
    path = _strip_language(path)
    if path.startswith(ADMIN_OPEN_PATHS):
        return False
    return path.startswith(ADMIN_PREFIXES)


class AdminMFAMiddleware:
    """Safety net: no admin page for a staff kind's session without the second
    factor of this sign-in."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and is_admin_url(request.path_info)
            and not mfa_passed(request)
            and is_staff_kind(user)
        ):
            return ask_for_second_factor(request)
        return self.get_response(request)
