"""The Content-Security-Policy header of every response.

Flow: django-csp's ``CSPMiddleware`` builds the header from
``CONTENT_SECURITY_POLICY`` (settings/content_security.py) after the view ran, with
the request's nonce only when a template read ``request.csp_nonce``. This subclass
adjusts the policy parts before the header is written:

1. under a path prefix of ``CSP_PATH_REPLACEMENTS`` (the Wagtail admin) the
   directives listed there replace the public ones, unless the view chose a
   whole policy of its own with django-csp's ``@csp`` decorator;
2. a response the view allowed to be framed by the portal itself
   (``X-Frame-Options: SAMEORIGIN``), and Wagtail's preview of a page (shown in
   an iframe of the page editor), get ``frame-ancestors 'self'`` instead of
   ``'none'``; a preview otherwise keeps the public policy, so that editors see
   what visitors will;
3. on the OpenID Connect pages and the sign-in pages that lead to them,
   ``form-action`` also names the registered clients' redirect origins: Chromium
   checks ``form-action`` against every redirect that follows a form submission,
   and a consent (or a sign-in for a client that skips consent, or a logout
   confirmation) ends with a redirect to the client.

It sits at the top of ``MIDDLEWARE`` so that every response, error pages and
static files included, passes through it last.
"""

from __future__ import annotations

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from identity.oidc_redirects import client_redirect_sources

OIDC_FORM_PATHS = ("/identity/o/", "/accounts/")
"""Pages whose forms may end in a redirect to an OpenID Connect client (the
accounts pages with or without a language prefix)."""


def _path_replacement(path: str) -> dict[str, list[str]]:
    replacements = getattr(settings, "CSP_PATH_REPLACEMENTS", {})
    for prefix, directives in replacements.items():
        if path.startswith(prefix):
            return directives
    return {}


def _strip_language(path: str) -> str:
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def _may_be_framed_by_the_portal(
    request: HttpRequest, response: HttpResponseBase
) -> bool:
    """The view allowed same-origin framing, or this is Wagtail's preview of a
    page: Wagtail renders it by running a simulated request for the page's
    public URL through the whole middleware stack (``make_preview_request``), so
    the public policy is written there, before the admin's preview view marks
    its response ``SAMEORIGIN``."""
    if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
        return True
    return bool(getattr(request, "is_preview", False))


def _merged(
    first: dict[str, list[str]] | None, second: dict[str, list[str]]
) -> dict[str, list[str]]:
    merged = {key: list(value) for key, value in (first or {}).items()}
    for key, value in second.items():
        merged[key] = [*merged.get(key, []), *value]
    return merged


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        replace = dict(_path_replacement(request.path_info))
        if _may_be_framed_by_the_portal(request, response):
            replace["frame-ancestors"] = [SELF]
        if replace and parts.config is None:
            # The view's own @csp_replace wins over the path's replacement.
            parts.replace = {**replace, **(parts.replace or {})}
        if _strip_language(request.path_info).startswith(OIDC_FORM_PATHS):
            sources = client_redirect_sources()
            if sources:
                parts.update = _merged(parts.update, {"form-action": sources})
        return parts
