"""Role checks shared by views and actions."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from .groups import REVIEWER, SUPERVISOR, WINDOW_STAFF

DESK_GROUPS = (WINDOW_STAFF, REVIEWER, SUPERVISOR)


def is_desk_staff(user) -> bool:
    """Window staff, reviewers and supervisors may work on applications at the
    desk."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=DESK_GROUPS).exists()


def desk_staff_required(
    view: Callable[..., HttpResponse],
) -> Callable[..., HttpResponse]:
    """Signed-out visitors go to the login page; signed-in non-staff get 403."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not is_desk_staff(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(wrapped)
