"""Content-Security-Policy (django-csp 4), sent on every response by
``citizen_portal.content_security.PortalCSPMiddleware``.

The public policy is the strict one: scripts and styles from the portal's own origin
only. No page has an inline script or style today; a template that truly needs an
inline script writes ``<script nonce="{{ request.csp_nonce }}">``, and only then does
the header carry that request's nonce (django-csp adds it when the nonce is read;
such a page is then never stored in the page cache, cms.pagecache).
JSON handed to scripts goes through ``json_script``, which is data, not code, and
needs no nonce. Inline ``style=""`` attributes, event handler attributes and
``javascript:`` URLs are refused; use classes, ``hidden`` and static files.

The Wagtail admin still relies on inline scripts and styles: it gets its own,
looser, policy by path prefix (``CSP_PATH_REPLACEMENTS``), found by loading its
pages in Chromium and reading the violations (tests/e2e/test_content_security.py).
The nonce is never sent there: with a nonce, browsers ignore ``'unsafe-inline'``.
The Django admin needs nothing more than the public policy.
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

# Directives replaced under a path prefix (``request.path_info``; the admins sit
# outside the language prefix). Only what differs from the public policy.
CSP_PATH_REPLACEMENTS = {
    # Wagtail 8's admin writes inline <script> blocks into most of its pages
    # (page-specific content: a hash list cannot follow it), and its bundled
    # libraries insert <style> elements and style attributes (the page editor,
    # Draftail); the multiple image uploader shows each chosen file from a blob:
    # URL. It needs no 'unsafe-eval'.
    "/admin/": {
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
    },
    # Django 5.2's admin (/django-admin/) works under the public policy: its
    # scripts are static files that read their data from data- attributes.
}
