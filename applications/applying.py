"""The online application flow's state between its two pages (used by
``applications.views.apply`` and ``applications.views.apply_review``).

Flow: the form page (``/services/<code>/apply/``) shows the service's e-form (the
published ``eforms`` version, prefilled; or the basic form where a service has no
definition yet) and its materials, each resolved by ``applications.materials``:
obtained by the platform (e-licence, registry, earlier material) or to upload;
an earlier material may be replaced by a new upload for this application.
"Continue" validates the form, stores the uploads at once in the applicant's
private material library (nothing uploaded is lost to a later error; the
e-form's own upload fields: ``applications.form_uploads``), keeps the
draft, and puts a *pending submission* in the session: the cleaned data, the form
version, the uploaded materials and what was obtained, and a fresh idempotency
key. The review page shows it and submits it once (``application_submit``).

At submission the materials obtained by the form step are checked again
(``submission_resolutions``): within ``MATERIAL_RECHECK_SECONDS`` of the form step
from what it recorded, locally - a licence must still be valid and the
applicant's, an earlier material still valid in the library, and a registry record
stands on the form step's access record (the registry is not read, and the read
audited, twice for one application); after that, everything is resolved afresh
through the exchange. A material that no longer qualifies sends the applicant back
to the form to upload it.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from applications import materials
from applications.actions import materials as material_actions
from applications.form_uploads import form_upload_specs
from applications.materials import Resolution
from applications.models import ApplicationMaterial, Material
from identity.models import Organisation, User
from licences.models import Licence
from services.models import MaterialRequirement, Service

Source = ApplicationMaterial.Source
OBTAINED = {Source.LICENCE, Source.REGISTRY, Source.REUSED}
# Requirements an upload of this application may satisfy (never those a licence
# or a registry record satisfies).
MAY_BE_UPLOADED = {Source.UPLOADED, Source.MISSING, Source.REUSED}


DEFAULT_RECHECK_SECONDS = 1800


def pending_key(service: Service) -> str:
    return f"apply:{service.code}"


def recheck_seconds() -> int:
    return int(getattr(settings, "MATERIAL_RECHECK_SECONDS", DEFAULT_RECHECK_SECONDS))


@dataclass
class MaterialRow:
    """One requirement as the form page shows it."""

    resolution: Resolution
    material: Material | None = None  # uploaded in this application
    errors: list[str] | None = None

    @property
    def requirement(self):
        return self.resolution.requirement

    @property
    def obtained(self) -> bool:
        return self.resolution.source in OBTAINED

    @property
    def replaceable(self) -> bool:
        """A material reused from the library: the applicant may upload a new
        one instead (``material_rows``)."""
        return self.resolution.source == Source.REUSED

    @property
    def source_label(self) -> str:
        return Source(self.resolution.source).label

    @property
    def field_name(self) -> str:
        return f"material-{self.requirement.pk}"


def material_rows(
    request: HttpRequest,
    resolutions: list[Resolution],
    organisation: Organisation | None,
    *,
    store: bool,
    require: bool = True,
) -> list[MaterialRow]:
    """Rows for the form page. Materials uploaded on an earlier try of this page
    come back as ``material-<id>-kept`` (checked to be the applicant's own);
    with ``store``, new uploads are validated and stored now, and (with
    ``require``: not when only saving a draft) a required material with no upload
    gets an error. A file chosen (now or on an earlier try) for a material the
    library would supply replaces it for this application; the earlier one stays
    in the library."""
    rows = []
    for resolution in resolutions:
        row = MaterialRow(resolution)
        rows.append(row)
        if resolution.source not in MAY_BE_UPLOADED:
            continue
        kept = request.POST.get(f"{row.field_name}-kept", "")
        if kept.isdigit():
            row.material = Material.objects.filter(
                pk=int(kept), owner=request.user
            ).first()
        upload = request.FILES.get(row.field_name) if store else None
        if upload is not None:
            try:
                row.material = material_actions.material_store(
                    owner=request.user,
                    organisation=organisation,
                    requirement=row.requirement,
                    uploaded_file=upload,
                )
            except ValidationError as error:
                row.errors = error.messages
        if row.material is not None and resolution.source == Source.REUSED:
            # This application's own upload, not a material supplied earlier
            # (even when, stored now, it is what the library resolves to).
            row.resolution = replace(
                resolution, source=Source.UPLOADED, material=None, summary=""
            )
        elif (
            store
            and require
            and upload is None
            and row.material is None
            and row.requirement.required
            and resolution.source == Source.UPLOADED
        ):
            row.errors = [_("Upload this material.")]
    return rows


def pending_from(
    *, form_data: dict, version, rows: list[MaterialRow], organisation
) -> dict:
    return {
        "version": version.pk if version else None,
        "organisation": organisation.pk if organisation else None,
        "data": form_data,
        "resolved_at": int(time.time()),
        "obtained": [
            {
                "requirement": row.requirement.pk,
                "name": row.requirement.name,
                "source": row.resolution.source,
                "summary": row.resolution.summary,
                "licence": row.resolution.licence.pk
                if row.resolution.licence
                else None,
                "material": (
                    row.resolution.material.pk if row.resolution.material else None
                ),
                "registry_reference": row.resolution.registry_reference,
            }
            for row in rows
            if row.obtained
        ],
        "uploaded": {
            str(row.requirement.pk): row.material.pk for row in rows if row.material
        },
        "submission_key": str(uuid.uuid4()),
    }


def submission_resolutions(
    *,
    pending: dict,
    service: Service,
    requirements: list[MaterialRequirement],
    applicant: User,
    organisation: Organisation | None,
) -> list[Resolution]:
    """How each requirement is satisfied at submission: re-checked locally from
    the form step's record while it is recent, else resolved afresh (see the
    module docstring)."""
    resolved_at = pending.get("resolved_at")
    if resolved_at is None or time.time() - resolved_at > recheck_seconds():
        return materials.resolve_materials(
            applicant=applicant,
            organisation=organisation,
            service=service,
            requirements=requirements,
        )
    recorded = {int(entry["requirement"]): entry for entry in pending["obtained"]}
    licence_ids = {e["licence"] for e in recorded.values() if e.get("licence")}
    material_ids = {e["material"] for e in recorded.values() if e.get("material")}
    licences = (
        # What ``licence_usable`` reads, and the number for the record.
        Licence.objects.select_related("licence_type")
        .order_by()
        .only(
            "number",
            "status",
            "valid_until",
            "holder_id",
            "holder_organisation_id",
            "licence_type",
            "licence_type__holder_kind",
        )
        .in_bulk(licence_ids)
        if licence_ids
        else {}
    )
    earlier = (
        materials.reusable_materials(applicant=applicant, organisation=organisation)
        .order_by()
        .in_bulk(material_ids)
        if material_ids
        else {}
    )
    resolutions = []
    for requirement in requirements:
        entry = recorded.get(requirement.pk, {})
        source, summary = entry.get("source"), entry.get("summary", "")
        resolution = None
        if source == Source.LICENCE:
            licence = licences.get(entry.get("licence"))
            if (
                licence is not None
                and licence.licence_type_id == requirement.licence_type_id
                and materials.licence_usable(
                    licence, applicant=applicant, organisation=organisation
                )
            ):
                resolution = Resolution(
                    requirement, source, licence=licence, summary=summary
                )
        elif source == Source.REGISTRY and requirement.shared_resource:
            resolution = Resolution(
                requirement,
                source,
                registry_reference=entry.get("registry_reference", ""),
                summary=summary,
            )
        elif source == Source.REUSED:
            material = earlier.get(entry.get("material"))
            if material is not None and materials.serves(material, requirement):
                resolution = Resolution(
                    requirement, source, material=material, summary=summary
                )
        resolutions.append(
            resolution
            or Resolution(
                requirement,
                Source.UPLOADED if requirement.required else Source.MISSING,
            )
        )
    return resolutions


def material_specs(
    *, pending: dict, resolutions: list[Resolution], applicant
) -> tuple[list[dict], list[str]]:
    """``ApplicationMaterial`` field dicts for the submission, from a fresh
    resolution, the pending uploads and the files of the e-form's upload fields;
    and the names of materials that were obtained when the form was filled but
    no longer are (a licence revoked meanwhile, a file deleted from the library),
    which the applicant must now upload."""
    uploaded = (
        Material.objects.filter(owner=applicant).in_bulk(pending["uploaded"].values())
        if pending["uploaded"]
        else {}
    )
    by_requirement = {
        int(req): uploaded.get(pk) for req, pk in pending["uploaded"].items()
    }
    specs, lost = [], []
    for resolution in resolutions:
        requirement = resolution.requirement
        material = by_requirement.get(requirement.pk)
        # An upload of this application is now in the library too: it is still
        # the uploaded material, not a reuse.
        if resolution.source in OBTAINED and not (
            material is not None and resolution.source == Source.REUSED
        ):
            specs.append(
                {
                    "requirement": requirement,
                    "name": requirement.name,
                    "source": resolution.source,
                    "licence": resolution.licence,
                    "material": resolution.material,
                    "registry_reference": resolution.registry_reference,
                    "summary": resolution.summary[:300],
                }
            )
        elif material is not None:
            specs.append(
                {
                    "requirement": requirement,
                    "name": requirement.name,
                    "source": Source.UPLOADED,
                    "material": material,
                    "summary": material.original_name[:300],
                }
            )
        elif requirement.required:
            lost.append(requirement.name)
        else:
            specs.append(
                {
                    "requirement": requirement,
                    "name": requirement.name,
                    "source": Source.MISSING,
                }
            )
    form_specs, form_lost = form_upload_specs(pending=pending, applicant=applicant)
    return specs + form_specs, lost + form_lost
