"""Load rows into a reference registry from a CSV file.

    manage.py load_registry_csv <registry> <path> [--strict]

Flow: read the file as UTF-8 (a leading byte-order mark is allowed) -> check that
the header row names every column of the registry (in any order; other columns are
ignored with a warning) -> validate every row: identifiers with the checksums of
``sharing.identifiers``, dates as ISO ``YYYY-MM-DD``, choices, required values and
lengths, and no second row for the same identifier -> report each bad row by its
line number and skip it (``--strict``: abort, writing nothing) -> in one transaction
per file, update the rows that exist (found by keyed hash, or by credit code) and
create the others -> print the counts.

Identifiers are stored as the registries store them (keyed hash + ciphertext) and
never printed in clear: messages show them masked (``350102********1234``), and other
values of a bad row (names, addresses, dates) are not echoed at all.

Columns per registry (the header row names them on one line, comma-separated, as
``manage.py help load_registry_csv`` prints them; values may be empty where noted):

population
    resident_id,name,sex,birth_date,ethnicity,address,household_number,
    relation_to_head
    sex is 1/男/male or 2/女/female and birth_date YYYY-MM-DD, both agreeing with
    the resident ID (17th digit odd = male); ethnicity may be empty.
legal_entity
    credit_code,name,entity_type,legal_representative_name,
    legal_representative_id,address,registered_capital,established_on,status
    status is active/存续, revoked/吊销 or deregistered/注销 (empty = active);
    registered_capital may be empty.
social_security_card
    card_number,holder_id,holder_name,issued_on,issuer,status,bank
health_card
    card_number,holder_id,holder_name,issued_on,issuer,status
    Card numbers have 6 to 24 letters and digits; holder_id is a resident ID;
    status is normal/正常, lost/挂失 or cancelled/注销 (empty = normal); bank may
    be empty.
"""

import argparse
from pathlib import Path

from django.core.management.base import (
    BaseCommand,
    CommandError,
    DjangoHelpFormatter,
    no_translations,
)
from django.db import transaction

from sharing.registry_import import (
    REGISTRIES,
    Outcome,
    RegistryFileError,
    read_rows,
    upsert,
)


class _HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


class Command(BaseCommand):
    help = (
        __doc__
        + "\nHeader rows, to copy as they are:\n\n"
        + "\n".join(
            f"{name}:\n{','.join(spec.columns)}" for name, spec in REGISTRIES.items()
        )
    )

    def create_parser(self, prog_name, subcommand, **kwargs):
        kwargs["formatter_class"] = _HelpFormatter
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser) -> None:
        parser.add_argument("registry", choices=sorted(REGISTRIES))
        parser.add_argument("path", type=Path, help="CSV file (UTF-8).")
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Import nothing if any row is bad (default: skip bad rows).",
        )

    @no_translations  # messages in English, like the command's own
    def handle(
        self, *args, registry: str, path: Path, strict: bool = False, **options
    ) -> None:
        spec = REGISTRIES[registry]
        outcome = Outcome()
        try:
            rows = read_rows(spec, path, outcome)
        except RegistryFileError as error:
            raise CommandError(str(error)) from None
        for message in outcome.errors:
            self.stderr.write(self.style.WARNING(message))
        bad = outcome.read - len(rows)
        if strict and bad:
            raise CommandError(
                f"{registry}: {bad} bad row(s) in {outcome.read}; nothing imported "
                "(--strict)."
            )
        with transaction.atomic():
            upsert(spec, rows, outcome)
        self.stdout.write(
            f"{registry}: {outcome.read} row(s) read, {outcome.created} created, "
            f"{outcome.updated} updated, {outcome.unchanged} unchanged, "
            f"{bad} skipped as bad."
        )
