"""The privileges of the application's database role in production (PostgreSQL).

Two roles (README "Deploying"): the migration role owns every table (it runs
``manage.py migrate``, connecting with ``MIGRATE_DATABASE_URL``), and the web and
worker processes connect with ``DATABASE_URL`` as the application role, which:

- reads and writes the rows of the application's tables (SELECT, INSERT, UPDATE,
  DELETE; never TRUNCATE, never DDL), in tables that exist now and in those later
  migrations create (default privileges of the migration role);
- only appends to and reads the access log (``sharing_accessrecord``): INSERT and
  SELECT, no UPDATE, DELETE or TRUNCATE, so that the log cannot be rewritten or
  emptied through the application's connection. The triggers of migrations 0002
  and 0008 refuse the same to every role, the owner included.

``app_role_statements`` writes that as SQL, run by ``manage.py grant_app_role``
(as the migration role); every statement is idempotent, so it is run again after
migrations that add tables.
"""

import re

from django.db.backends.base.base import BaseDatabaseWrapper

from .models import AccessRecord

ROLE_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_$-]{0,62}$")
TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE"
AUDIT_PRIVILEGES = "SELECT, INSERT"


class RoleError(ValueError):
    """The role cannot be given these privileges (bad name, or it owns tables)."""


def quote(name: str) -> str:
    """A PostgreSQL identifier, double-quoted."""
    return '"' + name.replace('"', '""') + '"'


def check_role_name(role: str) -> str:
    if not ROLE_PATTERN.match(role):
        raise RoleError(
            f"{role!r} is not a plain role name (letters, digits, '_', '$', '-'; "
            "at most 63 characters, not starting with a digit)"
        )
    return role


def app_role_statements(role: str, *, database: str, schema: str) -> list[str]:
    """The GRANTs and REVOKEs that make ``role`` the application role."""
    role_, schema_ = quote(check_role_name(role)), quote(schema)
    audit = f"{schema_}.{quote(AccessRecord._meta.db_table)}"
    return [
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {role_};",
        f"GRANT USAGE ON SCHEMA {schema_} TO {role_};",
        f"GRANT {TABLE_PRIVILEGES} ON ALL TABLES IN SCHEMA {schema_} TO {role_};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_} TO {role_};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_} "
        f"GRANT {TABLE_PRIVILEGES} ON TABLES TO {role_};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema_} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {role_};",
        # The access log: append and read only.
        f"REVOKE ALL ON TABLE {audit} FROM {role_};",
        f"GRANT {AUDIT_PRIVILEGES} ON TABLE {audit} TO {role_};",
    ]


def statements_for(connection: BaseDatabaseWrapper, role: str) -> list[str]:
    """``app_role_statements`` for the database ``connection`` is connected to.

    Refuses a role that owns tables of the schema: privileges do not restrict an
    owner, so the application must not connect as one."""
    check_role_name(role)
    if connection.vendor != "postgresql":
        raise RoleError("database roles and privileges need PostgreSQL")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_database(), current_schema()")
        database, schema = cursor.fetchone()
        cursor.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = %s AND tableowner = %s",
            [schema, role],
        )
        (owned,) = cursor.fetchone()
    if owned:
        raise RoleError(
            f"{role} owns {owned} table(s) in schema {schema}: the application role "
            "must not own tables (connect as it with DATABASE_URL, and migrate as "
            "the owner with MIGRATE_DATABASE_URL)"
        )
    return app_role_statements(role, database=database, schema=schema)
