"""My materials (/my/materials/): the applicant's private material library and
the permission-checked download of one material.

Materials are never served from MEDIA_URL: ``material_download`` streams the
file as an attachment (``nosniff``, not cached) only to those
``applications.materials.may_download`` allows - the owner, whoever may act for the
organisation it was supplied for, and desk staff for an application they handle;
to anybody else the material does not exist (404). The desk opens a case's
files through ``desk.views.materials`` with ``material_file_response``.
"""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from applications.actions.materials import MaterialInUse, material_delete
from applications.material_library import defect_findings, library_of, may_download
from applications.materials import reusable_materials
from applications.models import ApplicationMaterial, Material
from identity.acting import acting_for

logger = logging.getLogger("applications.materials")


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
        "applications/materials.html",
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
    return material_file_response(material)


def material_file_response(material: Material) -> FileResponse:
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
    return redirect("applications:my_materials")
