"""The online application flow's state between its two pages (used by
``services.views.apply`` and ``services.views.apply_review``).

Flow: the form page (``/services/<code>/apply/``) shows the service's e-form (the
published ``eforms`` version, prefilled; or the basic form where a service has no
definition yet) and its materials, each resolved by ``services.materials``:
obtained by the platform (e-licence, registry, earlier material) or to upload.
"Continue" validates the form, stores the uploads at once in the applicant's
private material library (nothing uploaded is lost to a later error), keeps the
draft, and puts a *pending submission* in the session: the cleaned data, the form
version, the uploaded materials and what was obtained, and a fresh idempotency
key. The review page shows it and submits it once (``application_submit``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _

from identity.models import Organisation

from . import materials
from .materials import Resolution
from .models import ApplicationMaterial, Material, Service

Source = ApplicationMaterial.Source
OBTAINED = {Source.LICENCE, Source.REGISTRY, Source.REUSED}
# Requirements an upload of this application may satisfy (never those a licence
# or a registry record satisfies).
MAY_BE_UPLOADED = {Source.UPLOADED, Source.MISSING, Source.REUSED}


def pending_key(service: Service) -> str:
    return f"apply:{service.code}"


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
) -> list[MaterialRow]:
    """Rows for the form page. Materials uploaded on an earlier try of this page
    come back as ``material-<id>-kept`` (checked to be the applicant's own);
    with ``store``, new uploads are validated and stored now, and a required
    material with no upload gets an error."""
    rows = []
    for resolution in resolutions:
        row = MaterialRow(resolution)
        rows.append(row)
        kept = request.POST.get(f"{row.field_name}-kept", "")
        kept_material = (
            Material.objects.filter(pk=int(kept), owner=request.user).first()
            if kept.isdigit() and resolution.source in MAY_BE_UPLOADED
            else None
        )
        if kept_material is not None and resolution.source == Source.REUSED:
            # The file uploaded on an earlier try of this page is in the library
            # now, so it resolves as a reuse; it is still this application's
            # upload (and recorded so), not a material supplied earlier.
            row.resolution = replace(
                resolution, source=Source.UPLOADED, material=None, summary=""
            )
        if row.obtained:
            continue
        row.material = kept_material
        upload = request.FILES.get(row.field_name) if store else None
        if upload is not None:
            try:
                row.material = materials.material_store(
                    owner=request.user,
                    organisation=organisation,
                    requirement_name=row.requirement.name,
                    uploaded_file=upload,
                )
            except ValidationError as error:
                row.errors = error.messages
        elif (
            store
            and row.material is None
            and row.requirement.required
            and resolution.source == Source.UPLOADED
        ):
            row.errors = [_("Upload this material.")]
    return rows


def store_form_uploads(request: HttpRequest, form, organisation) -> dict[str, int]:
    """Files of e-form upload fields, kept in the material library; returns
    ``{field key: material id}``."""
    stored = {}
    for key, upload in getattr(form, "uploaded_files", {}).items():
        if upload is None:
            continue
        label = next((f["label"] for f in _fields(form) if f["key"] == key), key)
        try:
            material = materials.material_store(
                owner=request.user,
                organisation=organisation,
                requirement_name=label,
                uploaded_file=upload,
            )
        except ValidationError as error:
            form.add_error(key, error)
            continue
        stored[key] = material.pk
    return stored


def _fields(form) -> list[dict]:
    from eforms.schema import iter_fields

    version = getattr(form, "version", None)
    return list(iter_fields(version.schema)) if version else []


def pending_from(
    *, form_data: dict, version, rows: list[MaterialRow], organisation
) -> dict:
    return {
        "version": version.pk if version else None,
        "organisation": organisation.pk if organisation else None,
        "data": form_data,
        "obtained": [
            {
                "requirement": row.requirement.pk,
                "name": row.requirement.name,
                "source": row.resolution.source,
                "summary": row.resolution.summary,
            }
            for row in rows
            if row.obtained
        ],
        "uploaded": {
            str(row.requirement.pk): row.material.pk for row in rows if row.material
        },
        "submission_key": str(uuid.uuid4()),
    }


def material_specs(
    *, pending: dict, resolutions: list[Resolution], applicant
) -> tuple[list[dict], list[str]]:
    """``ApplicationMaterial`` field dicts for the submission, from a fresh
    resolution and the pending uploads; and the names of materials that were
    obtained when the form was filled but no longer are (a licence revoked
    meanwhile), which the applicant must now upload."""
    uploaded = {
        int(pk): material
        for pk, material in Material.objects.filter(
            owner=applicant, pk__in=pending["uploaded"].values()
        )
        .in_bulk()
        .items()
    }
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
    return specs, lost
