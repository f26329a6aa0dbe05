"""Add the portal's grant that unmasks a legal representative's ID number (to
recognise the representative when a business links its credit code)."""

from django.db import migrations
from django.utils import timezone


def load(apps, schema_editor):
    from sharing import catalogue_defaults

    catalogue_defaults.apply(apps, timezone.now())


class Migration(migrations.Migration):
    dependencies = [("sharing", "0004_requester_operators_grant_revocation")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
