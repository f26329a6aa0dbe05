"""The online application flow's state between its two pages (used by
``applications.views.apply`` and ``applications.views.apply_review``).

Flow: the form page (``/services/<code>/apply/``) shows the service's e-form (the
published ``eforms`` version, prefilled; or the basic form where a service has no
definition yet) and its materials, each resolved by ``applications.materials``:
obtained by the platform (e-licence, registry, earlier material) or to upload;
an earlier material may be replaced by a new upload for this application.
"Continue" validates the form, stores the uploads at once in the applicant's
private material library (nothing uploaded is lost to a later error; the
e-form's own upload fields: see below), keeps the
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
from applications.materials import Resolution
from applications.models import ApplicationMaterial, Material
from eforms.models import FormVersion
from eforms.schema import iter_fields
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


# --- The files of the e-form's upload fields ---
# The files of an e-form's upload fields (field type "file") on the form step
# and at submission.
#
# A browser cannot fill a file input again, so a file chosen in an upload field is
# kept in the applicant's private material library as soon as it arrives - when
# the form is validated (``store_form_uploads``) and when it is only being saved
# (``store_chosen_files``: save draft, add a row, report an error) - and the page
# shown again carries its id as ``<key>__kept`` (``kept_form_uploads`` accepts only
# the user's own materials). A file the library refuses (not a PDF, JPEG, PNG or
# OFD by its content, too large: ``eforms.upload_limits``) is, on either path, an
# error of its own field (``show_refused``), so that the page's error summary
# links to it. At submission each kept file becomes an ``ApplicationMaterial``
# named by its field's label (``form_upload_specs``), so that the desk lists it,
# staff may open it and the library keeps it.


KEPT_SUFFIX = "__kept"
Source = ApplicationMaterial.Source


def upload_fields(version: FormVersion | None) -> dict[str, str]:
    """``{key: label}`` of the e-form's (top-level) upload fields."""
    if version is None:
        return {}
    return {
        spec["key"]: spec["label"]
        for spec in iter_fields(version.schema)
        if spec["type"] == "file"
    }


def _store(request: HttpRequest, organisation, label: str, upload) -> Material:
    return material_actions.material_store(
        owner=request.user,
        organisation=organisation,
        requirement_name=label,
        uploaded_file=upload,
    )


def _store_each(
    request: HttpRequest, organisation, labels: dict[str, str], uploads: dict
) -> tuple[dict[str, Material], dict[str, ValidationError]]:
    """Each file of ``uploads`` (``{field key: file or None}``) checked by the
    library and kept; returns ``({key: material}, {key: why it was refused})``."""
    stored, refused = {}, {}
    for key, upload in uploads.items():
        if upload is None:
            continue
        try:
            stored[key] = _store(request, organisation, labels.get(key, key), upload)
        except ValidationError as error:
            refused[key] = error
    return stored, refused


def show_refused(form, refused: dict[str, ValidationError]) -> None:
    """Each refused file as an error of its upload field, the form validated or
    not (a draft shown again: ``eforms.rendering.EForm.add_error``)."""
    for key, error in refused.items():
        form.add_error(key if key in form.fields else None, error)


def store_form_uploads(request: HttpRequest, form, organisation) -> dict[str, Material]:
    """Files of the validated e-form's upload fields, kept in the material
    library at once, whatever errors other fields have; returns ``{field key:
    material}``. A file refused by the library becomes an error of its field."""
    stored, refused = _store_each(
        request,
        organisation,
        upload_fields(getattr(form, "version", None)),
        getattr(form, "uploaded_files", {}),
    )
    show_refused(form, refused)
    return stored


def store_chosen_files(
    request: HttpRequest, version: FormVersion | None, organisation
) -> tuple[dict[str, Material], dict[str, ValidationError]]:
    """The files chosen in the e-form's upload fields when the form is not
    validated: each checked by the library and kept; returns the materials and
    the refusals by field key (for ``show_refused``)."""
    labels = upload_fields(version)
    return _store_each(
        request,
        organisation,
        labels,
        {key: request.FILES.get(key) for key in labels},
    )


def kept_form_uploads(
    *, user: User, organisation: Organisation | None, version, values
) -> dict[str, Material]:
    """The files of the e-form's upload fields kept from an earlier try of the
    page or a draft (``<key>__kept``: a material id in ``values``); only the
    user's own materials, in the library they act in now, count: any other id
    is ignored."""
    wanted = {}
    for key in upload_fields(version):
        raw = values.get(f"{key}{KEPT_SUFFIX}", "") if values else ""
        if isinstance(raw, list):
            raw = raw[-1] if raw else ""
        if str(raw).isdigit():
            wanted[key] = int(raw)
    if not wanted:
        return {}
    found = Material.objects.filter(owner=user, organisation=organisation).in_bulk(
        set(wanted.values())
    )
    return {key: found[pk] for key, pk in wanted.items() if pk in found}


def form_upload_specs(*, pending: dict, applicant) -> tuple[list[dict], list[str]]:
    """The files of the e-form's upload fields (``{"material": id}`` in the data,
    see ``store_form_uploads``) as uploaded materials named by their field's
    label, so that the desk lists them, staff may open them and the library
    keeps them (``material_library.material_uses``); a file no longer in the
    applicant's library is lost and must be uploaded again."""
    uploads = {
        key: value["material"]
        for key, value in pending["data"].items()
        if isinstance(value, dict) and isinstance(value.get("material"), int)
    }
    if not uploads:
        return [], []
    version = (
        FormVersion.objects.filter(pk=pending.get("version")).only("schema").first()
        if pending.get("version")
        else None
    )
    labels = upload_fields(version)
    found = Material.objects.filter(owner=applicant).in_bulk(uploads.values())
    specs, lost = [], []
    for key, pk in uploads.items():
        name = str(labels.get(key) or key)[:200]
        material = found.get(pk)
        if material is None:
            lost.append(name)
            continue
        specs.append(
            {
                "requirement": None,
                "name": name,
                "source": Source.UPLOADED,
                "material": material,
                "summary": material.original_name[:300],
            }
        )
    return specs, lost
