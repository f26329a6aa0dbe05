"""Issue a new API token for a requesting system and print it once.

Only the token's hash is kept, so the token cannot be shown again; issuing a new one
replaces the previous token at once. The token alone goes to stdout (for scripts);
notes go to stderr.
"""

from django.core.management.base import BaseCommand, CommandError

from sharing.models import RequesterSystem


class Command(BaseCommand):
    help = (
        "Issue a new API token for the requesting system with the given code and "
        "print it (shown once; the previous token stops working)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("code", help="Code of the requesting system.")

    def handle(self, *args, code: str, **options) -> None:
        system = RequesterSystem.objects.filter(code=code).first()
        if system is None:
            raise CommandError(f"There is no requesting system with code {code!r}.")
        token = system.issue_token()
        self.stdout.write(token)
        self.stderr.write(
            f"Issued a new token for {system.code} ({system.name}); it is shown "
            "only this once and replaces any previous token."
        )
        if not system.is_active:
            self.stderr.write(
                self.style.WARNING(
                    f"{system.code} is disabled: the token works once it is enabled."
                )
            )
