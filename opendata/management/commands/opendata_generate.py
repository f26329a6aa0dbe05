"""``manage.py opendata_generate [--dataset SLUG]``: publish open datasets now."""

from django.core.management.base import BaseCommand, CommandError

from opendata.builders import REGISTRY
from opendata.publishing import dataset_generate


class Command(BaseCommand):
    help = "Generate the open datasets (a new release only where data changed)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dataset",
            action="append",
            choices=sorted(REGISTRY),
            help="Only this dataset (repeatable). Default: all.",
        )

    def handle(self, *args, **options):
        slugs = options["dataset"] or list(REGISTRY)
        for slug in slugs:
            try:
                release = dataset_generate(slug=slug)
            except KeyError as exc:
                raise CommandError(f"unknown dataset {slug}") from exc
            if release is None:
                self.stdout.write(f"{slug}: unchanged")
            else:
                self.stdout.write(
                    f"{slug}: v{release.version}, {release.record_count} records"
                )
