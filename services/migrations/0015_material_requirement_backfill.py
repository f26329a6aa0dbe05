"""Existing library materials learn which requirement they were supplied for
(``Material.requirement``, added in 0014), so that they are still reused now that
reuse follows the requirement, not the name.

The link is derived from the ``ApplicationMaterial`` rows that record the file as
uploaded for a requirement (with an application, or as the supplement to a
one-time notice): the earliest such row names the requirement it was supplied
for. A row that only *reused* a file was matched by name, which is exactly what
no longer counts, so it proves nothing. A material with no such row (stored on a
form step never submitted, or the file of an e-form upload field) stays
unlinked: it is kept in the library and may be deleted as before, but it is not
offered for reuse, and its requirement is never guessed from its name.

Only unlinked materials are touched, so running it again changes nothing. The
models are the historical ones; no application code is imported.
"""

from collections import defaultdict

from django.db import migrations

UPLOADED = "uploaded"


def link_materials(apps, schema_editor):
    Material = apps.get_model("services", "Material")
    ApplicationMaterial = apps.get_model("services", "ApplicationMaterial")
    uses = (
        ApplicationMaterial.objects.filter(
            source=UPLOADED,
            material__isnull=False,
            material__requirement__isnull=True,
            requirement__isnull=False,
        )
        .order_by("material_id", "created_at", "pk")
        .values_list("material_id", "requirement_id")
    )
    supplied_for = {}
    for material_id, requirement_id in uses.iterator():
        supplied_for.setdefault(material_id, requirement_id)
    by_requirement = defaultdict(list)
    for material_id, requirement_id in supplied_for.items():
        by_requirement[requirement_id].append(material_id)
    for requirement_id, material_ids in by_requirement.items():
        Material.objects.filter(pk__in=material_ids, requirement__isnull=True).update(
            requirement_id=requirement_id
        )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0014_material_requirement_link"),
    ]

    operations = [
        # Backwards: 0014's reversal drops the column, link and all.
        migrations.RunPython(link_materials, migrations.RunPython.noop),
    ]
