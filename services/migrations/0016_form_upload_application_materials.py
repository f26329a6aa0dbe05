"""Applications submitted before the files of e-form upload fields became
``ApplicationMaterial`` rows get those rows now, so that the desk lists the files,
staff may open them and the applicant cannot delete them from the library while
the application's record needs them.

What submission does today (``services.form_uploads.form_upload_specs``), copied
here because a migration must not depend on code that may change: every answer
of the form data that is ``{"material": <id>}`` is a file of an upload field; it
becomes an UPLOADED row without a requirement, named by the field's label in the
form version the application was filled in (the top-level fields of every
section; the field key when the version has no such field), with the file's
original name as summary, for a material that is still the applicant's. A file
deleted from the library since has nothing left to record. The row is dated as
submitted with the application, as it would have been.

Idempotent: an answer whose row (that material, that name, no requirement) the
application already has - made at submission, or by an earlier run - is left
alone.

Backwards: nothing. The rows made here are exactly those submission makes, so
they cannot be told from rows that must stay; keeping them leaves the older
applications as complete as the newer ones.
"""

from django.db import migrations

UPLOADED = "uploaded"


def _material_answers(data):
    """``{field key: material id}`` of the upload answers in ``data``."""
    if not isinstance(data, dict):
        return {}
    return {
        key: value["material"]
        for key, value in data.items()
        if isinstance(value, dict)
        and isinstance(value.get("material"), int)
        and not isinstance(value.get("material"), bool)
    }


def _upload_labels(schema):
    """``{key: label}`` of the top-level upload fields of a form version."""
    labels = {}
    for section in (schema or {}).get("sections", []):
        for field in section.get("fields", []):
            if field.get("type") == "file":
                labels[field["key"]] = field.get("label")
    return labels


def create_rows(apps, schema_editor):
    Application = apps.get_model("services", "Application")
    ApplicationMaterial = apps.get_model("services", "ApplicationMaterial")
    Material = apps.get_model("services", "Material")
    FormVersion = apps.get_model("eforms", "FormVersion")
    labels_by_version = {}
    applications = (
        Application.objects.filter(form_version__isnull=False)
        .only("pk", "applicant_id", "data", "form_version_id", "submitted_at")
        .order_by("pk")
    )
    for application in applications.iterator(chunk_size=500):
        answers = _material_answers(application.data)
        if not answers:
            continue
        version_id = application.form_version_id
        if version_id not in labels_by_version:
            version = FormVersion.objects.filter(pk=version_id).only("schema").first()
            labels_by_version[version_id] = _upload_labels(
                version.schema if version else {}
            )
        labels = labels_by_version[version_id]
        found = Material.objects.filter(owner_id=application.applicant_id).in_bulk(
            set(answers.values())
        )
        recorded = set(
            ApplicationMaterial.objects.filter(
                application_id=application.pk, requirement__isnull=True
            ).values_list("material_id", "name")
        )
        for key, material_id in answers.items():
            material = found.get(material_id)
            name = str(labels.get(key) or key)[:200]
            if material is None or (material_id, name) in recorded:
                continue
            row = ApplicationMaterial.objects.create(
                application_id=application.pk,
                requirement=None,
                name=name,
                source=UPLOADED,
                material=material,
                summary=material.original_name[:300],
            )
            # created_at is set on creation; the record belongs to the submission.
            ApplicationMaterial.objects.filter(pk=row.pk).update(
                created_at=application.submitted_at
            )
            recorded.add((material_id, name))


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0015_material_requirement_backfill"),
        ("eforms", "0002_regions_editor_permissions"),
    ]

    operations = [
        migrations.RunPython(create_rows, migrations.RunPython.noop),
    ]
