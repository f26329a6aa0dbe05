"""A material of a case, opened from its desk page."""

import logging

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.cache import never_cache

from applications.material_library import desk_may_open
from applications.models import ApplicationMaterial
from applications.views.materials import material_file_response
from identity.permissions import DESK_ROLES, is_desk_staff, staff_required

logger = logging.getLogger("desk.materials")


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
    return material_file_response(use.material)
