"""Load the default resource catalogue (sharing.catalogue_defaults)."""

from django.db import migrations
from django.utils import timezone


def load(apps, schema_editor):
    from sharing import catalogue_defaults

    catalogue_defaults.apply(apps, timezone.now())


class Migration(migrations.Migration):
    dependencies = [("sharing", "0002_access_record_append_only")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
