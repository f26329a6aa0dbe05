"""Staff sessions end after 30 minutes idle and 8 hours in all; signing out of a
staff account ends its sessions everywhere. Citizens keep Django's session length.

Flow: at sign-in (``user_logged_in``) ``note_sign_in`` keeps in the session whether
the user is a staff kind (``identity.mfa.is_staff_kind``) and the time of the last
activity; ``identity.mfa.note_sign_in`` keeps the time of the sign-in. A session
also becomes a staff session when the staff gate serves it a staff page
(``mark_staff``: someone made staff while signed in).

``StaffSessionMiddleware`` looks at every signed-in request of a staff session. It
ends the session when the last activity is more than
``STAFF_SESSION_IDLE_TIMEOUT`` seconds ago, or the sign-in more than
``STAFF_SESSION_MAX_AGE`` ago, or the sign-in time is unknown (a session from
before this policy): it empties this session only, the request goes on signed
out, with a message, so a staff page asks to sign in again. Otherwise the request
counts as activity, except the heartbeats Wagtail's editor sends while a page is
open (they are not somebody working).

``end_sessions_everywhere`` (on ``user_logged_out``, whichever page signs out)
ends, for a staff kind, every other session of the user that allauth.usersessions
knows of: every sign-in goes through allauth's forms, which record them.
"""

from collections.abc import Callable

from allauth.usersessions.adapter import get_adapter as get_usersessions_adapter
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from . import mfa

STAFF_KEY = "identity.staff_session"
SEEN_KEY = "identity.last_activity"
HEARTBEAT_NAMESPACES = ("wagtailadmin_editing_sessions",)


def _now() -> float:
    return timezone.now().timestamp()


def note_sign_in(sender, request: HttpRequest | None, user, **kwargs) -> None:
    """Receiver of ``user_logged_in``."""
    session = getattr(request, "session", None)
    if session is None:
        return
    session[STAFF_KEY] = mfa.is_staff_kind(user)
    session[SEEN_KEY] = _now()


def mark_staff(request: HttpRequest) -> None:
    """The session is served staff pages: a staff session from now on."""
    if not request.session.get(STAFF_KEY):
        request.session[STAFF_KEY] = True


def is_staff_session(request: HttpRequest) -> bool:
    session = request.session
    if STAFF_KEY not in session:
        session[STAFF_KEY] = mfa.is_staff_kind(request.user)
    return bool(session[STAFF_KEY])


def expiry_reason(request: HttpRequest) -> str | None:
    """Why the signed-in staff session of ``request`` is over, None while it is
    not (and for citizens)."""
    if not is_staff_session(request):
        return None
    signed_in_at = mfa.signed_in_at(request)
    now = _now()
    if signed_in_at is None or now - signed_in_at > settings.STAFF_SESSION_MAX_AGE:
        return "max_age"
    last_activity = request.session.get(SEEN_KEY, signed_in_at)
    if now - last_activity > settings.STAFF_SESSION_IDLE_TIMEOUT:
        return "idle"
    return None


class StaffSessionMiddleware:
    """End staff sessions that were idle or open too long; record activity."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            reason = expiry_reason(request)
            if reason is not None:
                self._end(request, reason)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs) -> None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        match = request.resolver_match
        if match is not None and match.namespace in HEARTBEAT_NAMESPACES:
            return None
        if request.session.get(STAFF_KEY):
            request.session[SEEN_KEY] = _now()
        return None

    @staticmethod
    def _end(request: HttpRequest, reason: str) -> None:
        request.session.flush()
        request.user = AnonymousUser()
        minutes = settings.STAFF_SESSION_IDLE_TIMEOUT // 60
        hours = settings.STAFF_SESSION_MAX_AGE // 3600
        if reason == "idle":
            text = _(
                "For your security, your staff session ended after %(minutes)d "
                "minutes without activity. Please sign in again."
            ) % {"minutes": minutes}
        else:
            text = _(
                "For your security, staff sessions last at most %(hours)d hours. "
                "Please sign in again."
            ) % {"hours": hours}
        messages.info(request, text)


def end_sessions_everywhere(sender, request: HttpRequest | None, user, **kwargs):
    """Receiver of ``user_logged_out``: a staff kind signing out ends all of their
    sessions, on every device."""
    if user is None or request is None:
        return
    session = getattr(request, "session", None)
    staff = bool(session is not None and session.get(STAFF_KEY))
    if not (staff or mfa.is_staff_kind(user)):
        return
    current = session.session_key if session is not None else None
    sessions = UserSession.objects.filter(user_id=user.pk)
    others = [s for s in sessions if s.session_key != current]
    get_usersessions_adapter().end_sessions(others)
    if current:
        UserSession.objects.filter(session_key=current).delete()
