"""Writes to the applicant's material library: ``material_store`` keeps a
validated upload (reusing the row for the same file, owner, requirement and
name), ``material_delete`` removes a material no application uses. The reads
(what may be reused, who may open a file) are ``applications.material_library``.
"""

import datetime
import logging
import os

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from applications.material_library import material_uses
from applications.models import Application, Material
from eforms.uploads import validate_upload
from identity.acting import may_act_for
from identity.models import Organisation, User
from services.models import MaterialRequirement

logger = logging.getLogger("applications.materials")


def material_store(  # noqa: PLR0913
    *,
    owner: User,
    organisation: Organisation | None,
    uploaded_file,
    requirement: MaterialRequirement | None = None,
    requirement_name: str = "",
    valid_until: datetime.date | None = None,
) -> Material:
    """Validate and keep ``uploaded_file`` in ``owner``'s library (the
    organisation's when given), as supplied for ``requirement`` (named by it, or
    by ``requirement_name``: the label of an e-form upload field); raises
    ``ValidationError`` for a bad file."""
    if organisation is not None and not may_act_for(owner, organisation):
        raise PermissionDenied
    check = validate_upload(uploaded_file)
    name = (requirement_name or (requirement.name if requirement else ""))[:200]
    existing = (
        Material.objects.filter(
            owner=owner,
            organisation=organisation,
            name=name,
            requirement=requirement,
            sha256=check.sha256,
        )
        .order_by("-created_at")
        .first()
    )
    if existing is not None:
        # The same file again: keep one copy, renewed as uploaded today. A file
        # found defective stays so (``without_defective``): supplying the very
        # same file again does not make it reusable.
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
        requirement=requirement,
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


class MaterialInUse(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
