"""Print, or apply, the privileges of the application's database role (PostgreSQL).

``manage.py grant_app_role portal_app`` prints the SQL (for review, or for ops to
run with psql as the owner of the tables); ``--apply`` runs it in one transaction
on the default database. Without a role it takes the one the web and worker
processes connect as (the user in ``DATABASE_URL``, ``settings.DATABASE_APP_ROLE``).

In production this command connects as the migration role when
``MIGRATE_DATABASE_URL`` is set (``citizen_portal.settings.production``), as it
must: only the owner of the tables can grant on them. The release step runs it
after ``migrate`` so that the grants hold for every table a migration adds; where
the application connects as the owner itself (one role, no
``MIGRATE_DATABASE_URL``) there is nothing to grant and it says so. See
``sharing.database_roles`` for what is granted.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction

from sharing.database_roles import RoleError, statements_for


class Command(BaseCommand):
    help = (
        "Print (or with --apply run) the GRANTs that make ROLE the application's "
        "database role: normal DML on the tables, only INSERT and SELECT on the "
        "access log, never TRUNCATE."
    )
    requires_system_checks = []

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "role",
            nargs="?",
            help="The role the web and worker processes use (default: the user "
            "in DATABASE_URL).",
        )
        parser.add_argument(
            "--apply",
            action="store_true",
            help="Run the statements (as the owner of the tables) instead of "
            "printing them.",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="Database alias (default: %(default)s).",
        )

    def handle(self, *args, role: str | None, apply: bool, database: str, **options):
        connection = connections[database]
        if role is None:
            role = getattr(settings, "DATABASE_APP_ROLE", "")
            if not role:
                raise CommandError("Name the role: DATABASE_URL names no user.")
            if self._is_connected_as(connection, role):
                self.stderr.write(
                    self.style.WARNING(
                        f"The application connects as {role}, the role this command "
                        "connects as (the owner of the tables): nothing granted. Set "
                        "MIGRATE_DATABASE_URL to migrate as another role."
                    )
                )
                return
        try:
            statements = statements_for(connection, role)
        except RoleError as error:
            raise CommandError(str(error)) from None
        if not apply:
            self.stdout.write("\n".join(statements))
            return
        try:
            with transaction.atomic(using=database), connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
        except DatabaseError as error:
            raise CommandError(f"Nothing was granted: {error}".strip()) from None
        self.stderr.write(
            f"{len(statements)} statements applied: {role} may read and write the "
            "tables, and only insert into and read the access log."
        )

    @staticmethod
    def _is_connected_as(connection, role: str) -> bool:
        if connection.vendor != "postgresql":
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_user")
            return cursor.fetchone()[0] == role
