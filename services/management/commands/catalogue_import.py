"""Import a service catalogue (政务服务事项目录) from TOML or CSV files in the
columns of a provincial export (``demo/catalogue/README.md`` describes them):
``manage.py catalogue_import demo/catalogue`` or ``catalogue_import 事项.csv
申请材料.csv``. All or nothing; exits with status 1 when any row is invalid."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from services.actions import ImportReport, catalogue_import


class Command(BaseCommand):
    help = (
        "Import the service catalogue from TOML or CSV files (a directory stands "
        "for its files); rows are matched by code and updated in place."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the files and report what would change; write nothing.",
        )
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help=(
                "Take offline the services of the departments imported that the "
                "files no longer list (they are never deleted)."
            ),
        )

    def handle(self, *args, files, dry_run=False, deactivate_missing=False, **options):
        report = catalogue_import(
            files=files, dry_run=dry_run, deactivate_missing=deactivate_missing
        )
        for warning in report.warnings:
            self.stderr.write(_("warning: %(problem)s") % {"problem": warning})
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                _("%(count)d problems in the files; nothing was imported.")
                % {"count": len(report.problems)}
            )
        self._summary(report)

    def _summary(self, report: ImportReport) -> None:
        for kind, counts in report.counts.items():
            if not counts.listed and not counts.removed:
                continue
            self.stdout.write(
                _(
                    "%(kind)s: %(created)d new, %(changed)d changed, "
                    "%(unchanged)d unchanged, %(removed)d removed"
                )
                % {"kind": kind, **vars(counts)}
            )
        for code, name in report.missing:
            self.stdout.write(
                _("not in the files: %(code)s %(name)s") % {"code": code, "name": name}
            )
        if report.missing and not report.deactivated:
            self.stdout.write(
                _(
                    "%(count)d services of the departments imported are not in the "
                    "files; they were left as they are (--deactivate-missing takes "
                    "them offline)."
                )
                % {"count": len(report.missing)}
            )
        if report.dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
        elif report.changes:
            self.stdout.write(
                _(
                    "Imported: %(indexed)d services indexed, %(deactivated)d taken "
                    "offline."
                )
                % {"indexed": report.indexed, "deactivated": report.deactivated}
            )
        else:
            self.stdout.write(_("Nothing changed."))
