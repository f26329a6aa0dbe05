"""Add the e-licence library (provider ``licence-library``, resource
``licences.by-holder`` served by the licences app's local registry
``licence_library``) and the portal's grant to read it for applications."""

from django.db import migrations
from django.utils import timezone


def load(apps, schema_editor):
    from sharing import catalogue_defaults

    catalogue_defaults.apply(apps, timezone.now())


class Migration(migrations.Migration):
    dependencies = [("sharing", "0005_portal_grant_legal_entity")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
