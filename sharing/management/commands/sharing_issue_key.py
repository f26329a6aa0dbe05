"""Make a new signing key pair for a requesting system; keep the public key and
print the private key once.

The private key (PEM) alone goes to stdout, for the operator to hand to the calling
system's administrators over a secure channel; notes go to stderr. It is not kept
anywhere, so it cannot be shown again; a new key replaces the previous one at once.
A system that makes its own key pair instead registers only the public key, in the
admin ("public signing key").
"""

from django.core.management.base import BaseCommand, CommandError

from sharing import signing
from sharing.models import RequesterSystem


class Command(BaseCommand):
    help = (
        "Make a new signing key pair for the requesting system with the given code, "
        "register its public key and print the private key (shown once; the "
        "previous key stops working)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("code", help="Code of the requesting system.")
        parser.add_argument(
            "--algorithm",
            choices=sorted(signing.ALGORITHMS),
            default=signing.ED25519,
            help="Signature algorithm (default: %(default)s).",
        )

    def handle(self, *args, code: str, algorithm: str, **options) -> None:
        system = RequesterSystem.objects.filter(code=code).first()
        if system is None:
            raise CommandError(f"There is no requesting system with code {code!r}.")
        private_key = system.issue_signing_key(algorithm)
        self.stdout.write(private_key, ending="")
        self.stderr.write(
            f"New {algorithm} key for {system.code} ({system.name}), public key "
            f"{signing.fingerprint(system.public_key())}. The private key above is "
            "shown only this once and replaces any previous key; the system signs "
            f"its requests with it, keyid {system.code!r}."
        )
        if not system.is_active:
            self.stderr.write(
                self.style.WARNING(
                    f"{system.code} is disabled: the key works once it is enabled."
                )
            )
