"""Certificates bound before proof of possession existed were bound on the upload
of the certificate alone (a public document), so they prove nothing about who holds
the key. Their links are revoked, which takes those accounts back to the level of
their other links; the person binds the certificate again by signing a challenge
(identity.actions.certificates). Reversing restores nothing: a revocation stays."""

from django.db import migrations
from django.utils import timezone

REASON = "bound without proof of possession of the private key; bind it again"


def revoke_unproven_certificate_links(apps, schema_editor):
    IdentityLink = apps.get_model("identity", "IdentityLink")
    IdentityLink.objects.filter(
        kind="digital_certificate", revoked_at__isnull=True
    ).update(revoked_at=timezone.now(), revoked_reason=REASON)


class Migration(migrations.Migration):
    dependencies = [
        ("identity", "0005_certificate_challenge"),
    ]

    operations = [
        migrations.RunPython(
            revoke_unproven_certificate_links, migrations.RunPython.noop
        ),
    ]
