"""One sign-in: allauth's login page (``/accounts/login/``), where staff pass their
second factor. The other login pages the portal inherits (the Wagtail admin's
``/admin/login/``, Wagtail's front-end ``/_util/login/`` for private pages, the
Django admin's ``/django-admin/login/``) only send there, keeping a safe
``?next=``; they never read a password nor sign anybody in.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt


def to_sign_in(request: HttpRequest, *, default_next: str = "") -> HttpResponseRedirect:
    """Redirect to allauth's login page, on to ``?next=`` when it is a page of
    this site, else to ``default_next``."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        next_url = default_next
    if not next_url:
        return HttpResponseRedirect(resolve_url(settings.LOGIN_URL))
    return redirect_to_login(next_url, settings.LOGIN_URL)


# Exempt from the CSRF check so that a form posted to an old login page gets the
# same redirect as a visit, never a 403 page; nothing posted is read.
@csrf_exempt
@never_cache
def wagtail_admin_login(request: HttpRequest) -> HttpResponseRedirect:
    return to_sign_in(request, default_next=reverse("wagtailadmin_home"))


@csrf_exempt
@never_cache
def front_end_login(request: HttpRequest) -> HttpResponseRedirect:
    return to_sign_in(request)
