"""Signed API requests (RFC 9421, ``sharing.signing``): each requesting system's
public key, and for a remote resource the environment variable holding the private
key that signs our requests there. The remote bearer-token setting goes: requests to
a remote exchange are signed, and its token variable name would be of no use.
"""

import sharing.models.grants
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sharing', '0006_licence_library'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='resource',
            name='remote_token_setting',
        ),
        migrations.AddField(
            model_name='requestersystem',
            name='signing_public_key',
            field=models.TextField(blank=True, help_text="PEM public key (Ed25519 or ECDSA P-256) that verifies this system's signed API requests; the system keeps the private key. manage.py sharing_issue_key makes a key pair.", validators=[sharing.models.grants.validate_signing_public_key], verbose_name='public signing key'),
        ),
        migrations.AddField(
            model_name='resource',
            name='remote_signing_key_setting',
            field=models.CharField(blank=True, help_text="Name of the environment variable with the private key (PEM) that signs this exchange's requests there; the remote exchange has its public key under the remote client id.", max_length=64, verbose_name='setting holding the remote signing key'),
        ),
    ]
