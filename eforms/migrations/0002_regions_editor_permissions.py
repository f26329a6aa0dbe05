"""The region table of the address cascade, and the permissions of the editors
(group 内容编辑) on form definitions.

Permissions are created here when missing: on a fresh database Django's
post-migrate signal creates them only after all migrations have run."""

from django.db import migrations

EDITORS = "内容编辑"
CODENAMES = (
    "add_formdefinition",
    "change_formdefinition",
    "publish_formdefinition",
)


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def forwards(apps, schema_editor):
    from eforms import regions

    regions.load(apps)
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin"),
        *(
            _permission(apps, "eforms", "formdefinition", codename)
            for codename in CODENAMES
        ),
    )


def backwards(apps, schema_editor):
    apps.get_model("eforms", "Region").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("eforms", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
