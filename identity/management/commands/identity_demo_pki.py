"""Create the demo CA for certificate binding, refresh its CRL and, with
``--resident-id`` and ``--name``, issue a personal signing certificate and key
to try the flow at /my/identity/certificate/ (development only: dev.py trusts
this CA; production trusts none of it)."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from identity.pki import demo
from sharing.identifiers import validate_resident_id


class Command(BaseCommand):
    help = "Demo CA, CRL and personal certificates for binding a certificate."

    def add_arguments(self, parser):
        parser.add_argument("--resident-id", default="")
        parser.add_argument("--name", default="")
        parser.add_argument("--key-type", choices=["ec", "rsa"], default="ec")
        parser.add_argument(
            "--directory",
            default="",
            help="Where to keep the files (default var/identity-pki/).",
        )

    def handle(self, *args, resident_id, name, key_type, directory, **options):
        target = Path(directory) if directory else demo.demo_pki_dir()
        if bool(resident_id) != bool(name):
            raise CommandError("Give --resident-id and --name together.")
        if resident_id:
            try:
                resident_id = validate_resident_id(resident_id)
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
        authority = demo.demo_authority(target)
        crl_path = demo.write_crl(authority, target)
        self.stdout.write(f"Demo CA: {target / demo.CA_FILE}")
        self.stdout.write(f"CRL (valid for a year): {crl_path}")
        if not resident_id:
            return
        certificate_path, key_path = demo.issue_personal(
            authority, target, resident_id=resident_id, name=name, key_type=key_type
        )
        self.stdout.write(f"Personal certificate: {certificate_path}")
        self.stdout.write(f"Private key: {key_path}")
        self.stdout.write(
            "Sign the challenge downloaded from /my/identity/certificate/ with:\n"
            f"  openssl cms -sign -binary -md sha256 -in challenge.txt "
            f"-signer {certificate_path} -inkey {key_path} -outform PEM "
            "-out signature.p7s"
        )
