"""The files of an e-form's upload fields (field type "file") on the form step
and at submission.

A browser cannot fill a file input again, so a file chosen in an upload field is
kept in the applicant's private material library as soon as it arrives - when
the form is validated (``store_form_uploads``) and when it is only being saved
(``store_chosen_files``: save draft, add a row, report an error) - and the page
shown again carries its id as ``<key>__kept`` (``kept_form_uploads`` accepts only
the user's own materials). A file the library refuses (not a PDF, JPEG, PNG or
OFD by its content, too large: ``eforms.upload_limits``) is, on either path, an
error of its own field (``show_refused``), so that the page's error summary
links to it. At submission each kept file becomes an ``ApplicationMaterial``
named by its field's label (``form_upload_specs``), so that the desk lists it,
staff may open it and the library keeps it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest

from applications.actions import materials as material_actions
from applications.models import ApplicationMaterial, Material
from eforms.models import FormVersion
from eforms.schema import iter_fields
from identity.models import Organisation, User

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
