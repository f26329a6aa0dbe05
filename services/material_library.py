"""The applicant's private material library: what they (or the organisation they
act for) supplied, reused by later applications (``services.materials``).

``material_store`` validates an upload (``eforms.uploads.validate_upload``) and
keeps it privately under ``materials/<owner>/<uuid>`` in the default storage, never
at a public URL (it is served by ``services.views.materials`` after a permission
check: ``may_download``, or ``desk_may_open`` on the desk case page); the same file
for the same owner and name reuses the existing row. ``material_delete`` removes a
material no application uses: every file an application was submitted with, for a
material requirement or through an e-form upload field, is recorded as its
``ApplicationMaterial`` (``services.applying.material_specs``).
"""

import datetime
import logging
import os

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from eforms.uploads import validate_upload
from identity.acting import may_act_for
from identity.models import Organisation, User
from identity.permissions import is_desk_staff

from .models import Application, ApplicationMaterial, Material

logger = logging.getLogger("services.materials")


def library_of(*, user: User, organisation: Organisation | None) -> QuerySet[Material]:
    """The user's own library, or the organisation's while acting for it."""
    if organisation is not None:
        materials = Material.objects.filter(organisation=organisation)
    else:
        materials = Material.objects.filter(owner=user, organisation__isnull=True)
    return materials.order_by("-created_at", "-pk")


def material_store(
    *,
    owner: User,
    organisation: Organisation | None,
    requirement_name: str,
    uploaded_file,
    valid_until: datetime.date | None = None,
) -> Material:
    """Validate and keep ``uploaded_file`` in ``owner``'s library (the
    organisation's when given); raises ``ValidationError`` for a bad file."""
    if organisation is not None and not may_act_for(owner, organisation):
        raise PermissionDenied
    check = validate_upload(uploaded_file)
    name = requirement_name[:200]
    existing = (
        Material.objects.filter(
            owner=owner, organisation=organisation, name=name, sha256=check.sha256
        )
        .order_by("-created_at")
        .first()
    )
    if existing is not None:
        # The same file again: keep one copy, renewed as uploaded today.
        updates = {"created_at": timezone.now()}
        if valid_until is not None:
            updates["valid_until"] = valid_until
        Material.objects.filter(pk=existing.pk).update(**updates)
        existing.refresh_from_db()
        return existing
    material = Material(
        owner=owner,
        organisation=organisation,
        name=name,
        original_name=os.path.basename(uploaded_file.name or "")[:200] or name,
        content_type=check.content_type,
        size=check.size,
        pages=check.pages,
        sha256=check.sha256,
        valid_until=valid_until,
    )
    uploaded_file.seek(0)
    # The storage name comes from upload_to (materials/<owner>/<uuid>), never
    # from the uploaded name.
    material.file.save("upload", uploaded_file, save=False)
    try:
        material.save()
    except Exception:
        material.file.delete(save=False)
        raise
    logger.info("materials: stored %s for user %s", material.file.name, owner.pk)
    return material


def desk_may_open(user: User, application: Application) -> bool:
    """Desk staff may open the files of an application they handle, or of one
    awaiting intake that nobody handles yet (the rule ``may_download`` applies
    to desk staff, for one application)."""
    if not is_desk_staff(user):
        return False
    if application.handler_id is not None:
        return application.handler_id == user.pk
    return application.status == Application.Status.SUBMITTED


def may_download(user: User, material: Material) -> bool:
    """The owner; anybody who may act for the organisation it was supplied for;
    desk staff for an application they handle (or that awaits intake; see
    ``desk_may_open``)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if material.owner_id == user.pk:
        return True
    if material.organisation_id is not None and may_act_for(
        user, material.organisation
    ):
        return True
    if is_desk_staff(user):
        return ApplicationMaterial.objects.filter(
            Q(application__handler=user)
            | Q(
                application__handler__isnull=True,
                application__status=Application.Status.SUBMITTED,
            ),
            material=material,
        ).exists()
    return False


class MaterialInUse(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def material_uses(material: Material) -> QuerySet[ApplicationMaterial]:
    return ApplicationMaterial.objects.filter(material=material).select_related(
        "application"
    )


@transaction.atomic
def material_delete(*, material: Material, user: User) -> None:
    """Delete a library material no application uses; the file goes after
    commit. A material an application used stays: an open application still
    needs it, and a decided one keeps it as part of its record."""
    material = Material.objects.select_for_update().get(pk=material.pk)
    if material.owner_id != user.pk and not (
        material.organisation_id is not None
        and may_act_for(user, material.organisation)
    ):
        raise PermissionDenied
    use = material_uses(material).order_by("-application__submitted_at").first()
    if use is not None:
        if use.application.status in Application.OPEN_STATUSES:
            raise MaterialInUse(
                _("Application %(number)s, still open, uses this material.")
                % {"number": use.application.number}
            )
        raise MaterialInUse(
            _(
                "This material is part of the record of application %(number)s and "
                "is kept with it."
            )
            % {"number": use.application.number}
        )
    storage, name = material.file.storage, material.file.name
    material.delete()
    transaction.on_commit(lambda: storage.delete(name))
