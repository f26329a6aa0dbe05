"""Who keeps the official working-day calendar: the editor staff group.

Editors (网站编辑) already keep the published reference content in the Wagtail
admin: the service catalogue with its committed time limits, guides, e-forms.
Entering the State Council's holiday schedule is the same kind of work:
transcribing a published notice. They are a staff kind, so two-factor
authentication is enforced on the admin, and Wagtail logs every change. The
groups whose deadlines the calendar measures (window staff, reviewers,
supervisors) do not get it: they should not be able to move their own deadlines.
The editors' group also gets access to the Wagtail admin, which the calendar is
part of.

Permissions are created here when missing: on a fresh database Django's
post-migrate signal creates them only after all migrations have run. The group
name is the stable identifier of ``identity.groups.EDITOR`` (copied: a migration
must not depend on code that may change)."""

from django.db import migrations

EDITOR = "editor"
CALENDAR_PERMISSIONS = (
    ("services", "calendarday", "add_calendarday"),
    ("services", "calendarday", "change_calendarday"),
    ("services", "calendarday", "delete_calendarday"),
    ("services", "calendarday", "view_calendarday"),
    ("wagtailadmin", "admin", "access_admin"),
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
    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name=EDITOR)
    editors.permissions.add(
        *(_permission(apps, *spec) for spec in CALENDAR_PERMISSIONS)
    )


def backwards(apps, schema_editor):
    # Access to the admin may have been given for other reasons: only the
    # calendar permissions are taken back.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=EDITOR).first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="services",
                content_type__model="calendarday",
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0011_calendarday"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
