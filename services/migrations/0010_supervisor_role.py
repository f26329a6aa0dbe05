"""The staff role groups, and what the supervisor (科室负责人) may do beyond the
desk: approve or refuse a further one-time notice, and push agency messages.

Permissions are created here when missing: on a fresh database Django's
post-migrate signal creates them only after all migrations have run. The group
names are the stable identifiers of ``identity.groups`` (copied: a migration must
not depend on code that may change)."""

from django.db import migrations

STAFF_GROUPS = ("window_staff", "reviewer", "data_steward", "editor", "supervisor")
SUPERVISOR = "supervisor"
SUPERVISOR_PERMISSIONS = (
    ("services", "onetimenotice", "approve_additional_notice"),
    ("notifications", "pushmessage", "add_pushmessage"),
    ("notifications", "pushmessage", "view_pushmessage"),
)


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in STAFF_GROUPS:
        Group.objects.get_or_create(name=name)
    supervisor = Group.objects.get(name=SUPERVISOR)
    supervisor.permissions.add(
        *(_permission(apps, *spec) for spec in SUPERVISOR_PERMISSIONS)
    )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=SUPERVISOR).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0009_application_form_version"),
        ("notifications", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
