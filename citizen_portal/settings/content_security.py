"""Content-Security-Policy (django-csp 4), sent on every response by
``citizen_portal.content_security.PortalCSPMiddleware``.

The public policy is the strict one: scripts and styles from the portal's own origin
only. No page has an inline script or style today; a template that truly needs an
inline script writes ``<script nonce="{{ request.csp_nonce }}">``, and only then does
the header carry that request's nonce (django-csp adds it when the nonce is read).
JSON handed to scripts goes through ``json_script``, which is data, not code, and
needs no nonce. Inline ``style=""`` attributes, event handler attributes and
``javascript:`` URLs are refused; use classes, ``hidden`` and static files.

The Wagtail and Django admins are third-party interfaces that still rely on inline
scripts and styles: they get their own, looser, policy by path prefix
(``CSP_PATH_REPLACEMENTS``), found by loading their pages in Chromium and reading
the violations (tests/e2e/test_content_security_policy.py). The public policy's
nonce is never sent there: a nonce would make browsers ignore ``'unsafe-inline'``.
"""

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

__all__ = ["CONTENT_SECURITY_POLICY", "CSP_PATH_REPLACEMENTS"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # data: for the small inline images of CSS and of SVG icons.
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        # A page that opts in to same-origin framing (X-Frame-Options: SAMEORIGIN,
        # e.g. Wagtail's preview) gets 'self' instead (PortalCSPMiddleware).
        "frame-ancestors": [NONE],
        # The OpenID Connect pages and the sign-in pages in front of them also
        # allow the registered clients' redirect origins (PortalCSPMiddleware).
        "form-action": [SELF],
        # True in production.py (the portal is served over HTTPS there only).
        "upgrade-insecure-requests": False,
    }
}

# Directives replaced under a path prefix (``request.path_info``, the admins sit
# outside the language prefix). Only what differs from the public policy.
CSP_PATH_REPLACEMENTS = {
    # Wagtail 8's admin has inline <script> blocks in panels and widgets
    # (inline_panel.html, date/time inputs, search promotions) and sets styles
    # through style attributes and inline <style>; its image uploader previews
    # the chosen file from a blob: URL.
    "/admin/": {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
    },
    # Django's admin ships no inline script; its date and time widgets and the
    # related-object popups position themselves with style attributes.
    "/django-admin/": {
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
    },
}
