"""Role checks for the views and the section navigation they share."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .. import selectors
from ..actions import SharingActionError

View = Callable[..., HttpResponse]


def role_required(role: str) -> Callable[[View], View]:
    """Declare the sharing role (a name in ``selectors.ROLES``) a staff page serves.

    Signed-out visitors go to the login page; signed-in users without the role get
    403. The view carries the name as ``staff_roles``: where the portal includes
    these URLs (``citizen_portal.urls``), identity's staff gate wraps every view
    that declares roles, adding the second factor that staff pages require.
    Sharing is below identity and does not import it."""
    predicate = selectors.ROLES[role]

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not predicate(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        guarded = login_required(wrapped)
        guarded.staff_roles = (role,)
        return guarded

    return decorator


def _sections(user) -> list[tuple[str, str, object]]:
    sections = []
    if selectors.may_browse_catalogue(user):
        sections.append(("catalogue", "sharing:catalogue", _("Resource catalogue")))
    if selectors.may_see_requests(user):
        sections.append(("requests", "sharing:request_list", _("Requests")))
    if selectors.is_steward(user):
        sections.append(("audit", "sharing:audit_list", _("Access log")))
        sections.append(
            ("discrepancies", "sharing:discrepancy_queue", _("Discrepancies"))
        )
    sections.append(("mine", "sharing:discrepancy_mine", _("My reports")))
    return sections


def render_page(
    request: HttpRequest, template: str, context: dict, *, section: str
) -> HttpResponse:
    """Render a sharing page with the navigation between the sections the user
    may use."""
    nav = [
        {"url": reverse(url_name), "label": label, "current": key == section}
        for key, url_name, label in _sections(request.user)
    ]
    return render(request, template, {**context, "sharing_nav": nav})


def show_errors(form, error: SharingActionError) -> None:
    """Put an action's errors next to the form fields of the same name."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for name, messages_ in error.message_dict.items():
        form.add_error(name if name in form.fields else None, messages_)
