"""The request-size cap for uploads.

``UploadSizeLimitMiddleware`` keeps uploads bounded in two steps. A request body
under the ceiling ``MATERIAL_MAX_REQUEST_BYTES`` is parsed with
``eforms.upload_limits.OversizedUploadHandler`` first among the upload handlers:
a file over the per-file limit is read and dropped (never spooled whole) and
arrives as a stand-in that fails the view's size check, so the page comes back
with that error against its field and everything else kept. A body over the
ceiling is refused before anything parses it, with a friendly 413 page (what was
typed is lost then: the ceiling is set well above any honest form). The body is
read and discarded up to a bound first, so that the browser, still sending,
receives the page instead of a reset connection.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from eforms.upload_limits import OversizedUploadHandler, limit_label

DEFAULT_MAX_REQUEST_BYTES = 128 * 1024 * 1024  # see MATERIAL_MAX_REQUEST_BYTES
# Reading the rest of an oversized body costs bandwidth only; past this much the
# connection is simply answered and closed.
DRAIN_MAX_BYTES = 64 * 1024 * 1024
DRAIN_CHUNK_BYTES = 64 * 1024
# Editors upload documents and images in the admin, under their own limits.
EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


def max_request_bytes() -> int:
    configured = getattr(settings, "MATERIAL_MAX_REQUEST_BYTES", None)
    return int(configured or DEFAULT_MAX_REQUEST_BYTES)


def _exempt(path: str) -> bool:
    return path.startswith(EXEMPT_PREFIXES)


def _discard_body(request: HttpRequest, length: int) -> None:
    if length > max(DRAIN_MAX_BYTES, 2 * max_request_bytes()):
        return
    while request.read(DRAIN_CHUNK_BYTES):
        pass


class UploadSizeLimitMiddleware:
    """Answer 413 with a page when a request body is over the ceiling, else
    parse uploads with the per-file limit (see the module docstring). Place it
    after the session, locale and authentication middleware (the page uses
    them); it acts before any view or CSRF check parses the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("POST", "PUT", "PATCH") and not _exempt(
            request.path_info
        ):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = max_request_bytes()
            if length > limit:
                _discard_body(request, length)
                response = render(
                    request,
                    "eforms/request_too_large.html",
                    {"request_limit": limit_label(limit), "file_limit": limit_label()},
                    status=413,
                )
                return response
            if request.content_type == "multipart/form-data":
                request.upload_handlers.insert(0, OversizedUploadHandler(request))
        return self.get_response(request)
