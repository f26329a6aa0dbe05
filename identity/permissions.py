"""Staff roles, and the gate every staff page declares.

A staff view names the roles that may use it; holding any one of them is enough:

    @staff_required(WINDOW_STAFF, REVIEWER, SUPERVISOR)      # a function view

    class ScheduleView(StaffRequiredMixin, TemplateView):    # a class view
        staff_roles = (WAGTAIL_ADMIN,)

A role is a name: a staff group (``identity.groups``), a role of the sharing pages
(``sharing.selectors.ROLES``), ``WAGTAIL_ADMIN`` (the ``wagtailadmin.access_admin``
permission), ``DJANGO_ADMIN`` (``is_staff``, as the Django admin asks), or a Django
permission written ``"app_label.codename"``. Superusers hold every role but
``DJANGO_ADMIN``, which they hold as ``is_staff`` users like everybody else.

For each request the gate checks, in this order:

1. signed in, else allauth's login page with ``?next=``;
2. holds a declared role, else 403 (a citizen, or staff of another role);
3. passed the second factor in this sign-in (``identity.mfa.mfa_passed``), else the
   second-factor step with ``?next=``; the view does not run.

A page served through the gate marks the session as a staff session
(``identity.staff_sessions``: 30 minutes idle, 8 hours in all).

The declaration is also an attribute, ``staff_roles``, of the function each URL
pattern calls, so that every staff view can be found from the URL patterns
(``tests/identity/test_staff_views.py`` walks them all). Apps below identity
may not import it: sharing declares ``staff_roles`` by name and
``guard_urlpatterns`` puts the gate in front of its views where their URLs are
included (``citizen_portal.urls``); the working-day calendar's pages (workdays)
are in the Wagtail admin, whose views are all behind the gate
(``identity.admin_sites``), as are the Django admin's.
"""

from collections.abc import Callable, Iterable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver

from sharing import selectors as sharing_selectors

from . import mfa, staff_sessions
from .groups import REVIEWER, STAFF_GROUPS, SUPERVISOR, WINDOW_STAFF

View = Callable[..., HttpResponse]

WAGTAIL_ADMIN = "wagtail_admin"
DJANGO_ADMIN = "django_admin"

DESK_GROUPS = (WINDOW_STAFF, REVIEWER, SUPERVISOR)
DESK_ROLES = DESK_GROUPS
"""Who works on applications at the desk: window staff, reviewers, supervisors."""


def _is_django_admin(user) -> bool:
    return user.is_staff


def _has_wagtail_admin(user) -> bool:
    return user.has_perm(mfa.WAGTAIL_ADMIN_PERMISSION)


ROLES: dict[str, Callable[[object], bool]] = {
    **sharing_selectors.ROLES,
    WAGTAIL_ADMIN: _has_wagtail_admin,
    DJANGO_ADMIN: _is_django_admin,
}
"""Roles that are not groups nor permissions, by name."""


def _check_roles(roles: Iterable[str]) -> tuple[str, ...]:
    roles = tuple(roles)
    if not roles:
        raise ImproperlyConfigured("A staff view must name at least one role.")
    for role in roles:
        if role in STAFF_GROUPS or role in ROLES:
            continue
        if role.count(".") == 1 and all(role.split(".")):
            continue  # a permission, "app_label.codename"
        raise ImproperlyConfigured(f"Unknown staff role {role!r}.")
    return roles


def has_role(user, roles: Iterable[str]) -> bool:
    """Whether ``user`` (active) holds any of ``roles``."""
    if not user.is_authenticated or not user.is_active:
        return False
    roles = tuple(roles)
    groups = [role for role in roles if role in STAFF_GROUPS]
    if groups and (user.is_superuser or user.groups.filter(name__in=groups).exists()):
        return True
    for role in roles:
        if role in groups:
            continue
        predicate = ROLES.get(role)
        allowed = predicate(user) if predicate else user.has_perm(role)
        if allowed:
            return True
    return False


def is_desk_staff(user) -> bool:
    """Window staff, reviewers and supervisors may work on applications at the
    desk (and superusers)."""
    return has_role(user, DESK_ROLES)


def staff_gate(request: HttpRequest, roles: Iterable[str]) -> HttpResponse | None:
    """None when ``request`` may use a staff page of ``roles``; else the redirect
    to sign in or to the second-factor step. Raises ``PermissionDenied`` for a
    signed-in user without any of the roles."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not has_role(user, roles):
        raise PermissionDenied
    if not mfa.mfa_passed(request):
        return mfa.ask_for_second_factor(request)
    staff_sessions.mark_staff(request)
    return None


def staff_required(*roles: str, **kwargs) -> Callable[[View], View]:
    """Decorator of a staff function view; see the module. Takes the roles as
    arguments or as ``roles=[...]``. Put it above the view's other decorators,
    so that nothing runs before it."""
    roles = _check_roles(roles + tuple(kwargs.pop("roles", ())))
    if kwargs:
        raise TypeError(f"Unexpected arguments {sorted(kwargs)}")

    def decorator(view: View) -> View:
        @wraps(view)
        def gated(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            refusal = staff_gate(request, roles)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        # After @wraps, which copies the view's own attributes. ``staff_gated``
        # names the gate itself: a wrapper around it copies the attribute but is
        # not the gate (guard_urlpatterns then puts the gate in front again).
        gated.staff_roles = roles
        gated.staff_gated = gated
        return gated

    return decorator


class StaffRequiredMixin:
    """Mixin of a staff class view (first among its bases); it sets
    ``staff_roles``. ``as_view()`` gives the declaration to the view function."""

    staff_roles: tuple[str, ...] = ()

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)
        view.staff_roles = _check_roles(cls.staff_roles)
        view.staff_gated = view
        return view

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        refusal = staff_gate(request, self.staff_roles)
        if refusal is not None:
            return refusal
        return super().dispatch(request, *args, **kwargs)


desk_staff_required = staff_required(*DESK_ROLES)
"""The gate of the desk's pages."""


def guard_urlpatterns(
    urlpatterns: list,
    roles: Iterable[str] = (),
    *,
    public: Iterable[str] = (),
) -> list:
    """Put the staff gate in front of views of ``urlpatterns`` (recursively) whose
    outermost function is not the gate: of the roles they declare
    (``staff_roles``, also when a wrapper copied it from a gate inside, e.g.
    Wagtail's admin check around a declared view), else of ``roles`` when given;
    views named in ``public`` (sign-in, sign-out) and, when ``roles`` is empty,
    views that declare nothing stay as they are. Changes the patterns in place
    (like Wagtail's ``decorate_urlpatterns``) and returns them."""
    public = frozenset(public)
    roles = tuple(roles)
    for pattern in urlpatterns:
        if isinstance(pattern, URLResolver):
            guard_urlpatterns(pattern.url_patterns, roles, public=public)
            continue
        if not isinstance(pattern, URLPattern) or pattern.name in public:
            continue
        callback = pattern.callback
        if getattr(callback, "staff_gated", None) is callback:
            continue
        declared = getattr(callback, "staff_roles", None) or roles
        if declared:
            pattern.callback = staff_required(*declared)(callback)
    return urlpatterns
