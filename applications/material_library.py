"""The applicant's private material library: what they (or the organisation they
act for) supplied, reused by later applications (``applications.materials``).

``material_store`` (in ``applications.actions.materials``) validates an upload
(``eforms.uploads.validate_upload``) and keeps it privately under
``materials/<owner>/<uuid>`` in the default storage, never at a public URL (it is
served by ``applications.views.materials`` after a permission check:
``may_download``, or ``desk_may_open`` on the desk case page), recording the
requirement it was supplied for (what it may be reused for); the same file for the
same owner, requirement and name reuses the existing row. ``material_delete``
removes a material no application uses: every file an application was submitted
with, for a material requirement or through an e-form upload field, is recorded as
its ``ApplicationMaterial`` (``applications.applying.material_specs``).

A material staff named as defective in an issued one-time notice (a DEFECTIVE
``NoticeItem`` of an application that was submitted with it: same requirement,
or for a free row the same name) is never reused again (``without_defective``),
not even when the very same file is supplied again; the library page says when
and why (``defect_findings``). The finding is read from the notices themselves,
so there is nothing to keep in step.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from applications.models import Application, ApplicationMaterial, Material, NoticeItem
from identity.acting import may_act_for
from identity.models import Organisation, User
from identity.permissions import is_desk_staff

logger = logging.getLogger("applications.materials")


def library_of(*, user: User, organisation: Organisation | None) -> QuerySet[Material]:
    """The user's own library, or the organisation's while acting for it."""
    if organisation is not None:
        materials = Material.objects.filter(organisation=organisation)
    else:
        materials = Material.objects.filter(owner=user, organisation__isnull=True)
    return materials.order_by("-created_at", "-pk")


def _defect_items() -> QuerySet[NoticeItem]:
    """DEFECTIVE items of issued notices about the material of the outer
    ``ApplicationMaterial``: the same application, the requirement it satisfied
    (or, for a free row of the notice, the same name), recorded before the notice
    went out - a file supplied after it, to answer it, is not what was found
    defective."""
    return NoticeItem.objects.filter(
        Q(requirement_id=OuterRef("requirement_id"))
        | Q(requirement__isnull=True, name=OuterRef("name")),
        problem=NoticeItem.Problem.DEFECTIVE,
        notice__application_id=OuterRef("application_id"),
        notice__issued_at__isnull=False,
        notice__issued_at__gte=OuterRef("created_at"),
    )


def _defective_uses() -> QuerySet[ApplicationMaterial]:
    return ApplicationMaterial.objects.filter(material__isnull=False).filter(
        Exists(_defect_items())
    )


def without_defective(materials: QuerySet[Material]) -> QuerySet[Material]:
    """``materials`` but those staff found defective in an issued notice."""
    return materials.exclude(
        Exists(_defective_uses().filter(material_id=OuterRef("pk")))
    )


@dataclass(frozen=True)
class DefectFinding:
    """Staff found a material defective: when the notice went out, and why."""

    found_on: datetime.date
    reason: str
    application_number: str


def defect_findings(material_ids) -> dict[int, DefectFinding]:
    """``{material id: its latest finding}`` for those of ``material_ids`` staff
    found defective (see ``without_defective``)."""
    uses = list(
        _defective_uses()
        .filter(material_id__in=list(material_ids))
        .values("material_id", "application_id", "requirement_id", "name", "created_at")
    )
    if not uses:
        return {}
    items = (
        NoticeItem.objects.filter(
            problem=NoticeItem.Problem.DEFECTIVE,
            notice__application_id__in={use["application_id"] for use in uses},
            notice__issued_at__isnull=False,
        )
        .annotate(
            application_id=F("notice__application_id"),
            issued_at=F("notice__issued_at"),
            number=F("notice__application__number"),
        )
        .order_by("notice__issued_at", "pk")
    )
    findings: dict[int, DefectFinding] = {}
    for item in items:
        for use in uses:
            about = (
                item.requirement_id == use["requirement_id"]
                if item.requirement_id is not None
                else item.name == use["name"]
            )
            if (
                about
                and use["application_id"] == item.application_id
                and use["created_at"] <= item.issued_at
            ):
                # Ordered by issue: a later finding replaces an earlier one.
                findings[use["material_id"]] = DefectFinding(
                    found_on=timezone.localdate(item.issued_at),
                    reason=item.reason,
                    application_number=item.number,
                )
    return findings


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


def material_uses(material: Material) -> QuerySet[ApplicationMaterial]:
    return ApplicationMaterial.objects.filter(material=material).select_related(
        "application"
    )
