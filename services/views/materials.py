"""My materials (/my/materials/): the applicant's private material library, the
permission-checked download of one material, and the request-size cap for
uploads.

Materials are never served from MEDIA_URL: ``material_download`` streams the
file as an attachment (``nosniff``, not cached) only to those
``services.materials.may_download`` allows - the owner, whoever may act for the
organisation it was supplied for, and desk staff for an application they handle;
to anybody else the material does not exist (404). ``desk_material_download``
serves a file from a desk case page, scoped to that application.

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

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from eforms.upload_limits import OversizedUploadHandler, limit_label
from identity.acting import acting_for
from identity.permissions import DESK_ROLES, is_desk_staff, staff_required

from ..material_library import (
    MaterialInUse,
    defect_findings,
    desk_may_open,
    library_of,
    material_delete,
    may_download,
)
from ..materials import reusable_materials
from ..models import ApplicationMaterial, Material

logger = logging.getLogger("services.materials")

DEFAULT_MAX_REQUEST_BYTES = 128 * 1024 * 1024  # see MATERIAL_MAX_REQUEST_BYTES
# Reading the rest of an oversized body costs bandwidth only; past this much the
# connection is simply answered and closed.
DRAIN_MAX_BYTES = 64 * 1024 * 1024
DRAIN_CHUNK_BYTES = 64 * 1024
# Editors upload documents and images in the admin, under their own limits.
EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


@login_required
def my_materials(request: HttpRequest) -> HttpResponse:
    organisation = acting_for(request)
    materials = list(
        library_of(user=request.user, organisation=organisation).annotate(
            used=Exists(ApplicationMaterial.objects.filter(material=OuterRef("pk")))
        )
    )
    reusable = set(
        reusable_materials(
            applicant=request.user, organisation=organisation
        ).values_list("pk", flat=True)
    )
    today = timezone.localdate()
    findings = defect_findings(material.pk for material in materials)
    for material in materials:
        material.reusable = material.pk in reusable
        material.defect = findings.get(material.pk)
        material.expired = bool(material.valid_until and material.valid_until < today)
    return render(
        request,
        "services/materials.html",
        {"materials": materials, "organisation": organisation},
    )


def _material_or_404(pk: int) -> Material:
    material = Material.objects.select_related("organisation").filter(pk=pk).first()
    if material is None:
        raise Http404("No such material")
    return material


@login_required
@never_cache
def material_download(request: HttpRequest, pk: int) -> FileResponse:
    material = _material_or_404(pk)
    if not may_download(request.user, material):
        raise Http404("No such material")
    return _file_response(material)


@staff_required(*DESK_ROLES)
@never_cache
def desk_material_download(request: HttpRequest, number: str, pk: int) -> FileResponse:
    """A file application ``number`` was submitted with (library material
    ``pk``), from its desk case page: for desk staff who may open it
    (``desk_may_open``); to anybody else, and for a material that is not one of
    this application's, it does not exist (404)."""
    if not is_desk_staff(request.user):
        raise Http404("No such material")
    use = (
        ApplicationMaterial.objects.select_related("application", "material")
        .filter(application__number=number, material_id=pk)
        .first()
    )
    if use is None or not desk_may_open(request.user, use.application):
        raise Http404("No such material")
    logger.info(
        "desk: user %s opened material %s of application %s",
        request.user.pk,
        pk,
        use.application.number,
    )
    return _file_response(use.material)


def _file_response(material: Material) -> FileResponse:
    try:
        handle = material.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("File missing") from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=material.original_name or material.name,
        content_type=material.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def material_remove(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = acting_for(request)
    material = (
        library_of(user=request.user, organisation=organisation).filter(pk=pk).first()
    )
    if material is None:
        raise Http404("No such material")
    try:
        material_delete(material=material, user=request.user)
    except MaterialInUse as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(
            request, _("%(name)s was deleted.") % {"name": material.original_name}
        )
    return redirect("services:my_materials")


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
                    "services/materials_too_large.html",
                    {"request_limit": limit_label(limit), "file_limit": limit_label()},
                    status=413,
                )
                return response
            if request.content_type == "multipart/form-data":
                request.upload_handlers.insert(0, OversizedUploadHandler(request))
        return self.get_response(request)
