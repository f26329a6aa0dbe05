"""The access log nobody can empty: the application's database role (granted by
``manage.py grant_app_role``) may only append to and read it, the TRUNCATE trigger
refuses even the owner, and production migrates as a separate role
(``MIGRATE_DATABASE_URL``).

The role tests need PostgreSQL (SQLite has neither roles nor TRUNCATE): they skip on
SQLite, and CI runs them on PostgreSQL. Roles are cluster-wide, so each test makes
its own under a random name and drops it; nothing the restricted role writes is
committed.
"""

import io
import secrets

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction

from citizen_portal.settings.environment import MIGRATION_COMMANDS, management_command
from sharing.database_roles import app_role_statements
from tests.services_support import requires_postgres
from tests.test_project import PRODUCTION_ENV, ROOT, run_manage

pytestmark = pytest.mark.django_db

AUDIT = "sharing_accessrecord"
INSERT_RECORD = """
    INSERT INTO sharing_accessrecord (
        created_at, requester_code, user_label, resource_code, subject_hash,
        fields_requested, fields_returned, fields_masked, fields_withheld,
        purpose, channel, outcome, reason
    ) VALUES (
        now(), 'tax-system', '', 'population.person', '',
        '[]', '[]', '[]', '[]', '角色测试', 'http', 'allowed', ''
    ) RETURNING id
"""


def grant_sql(role: str) -> list[str]:
    out = io.StringIO()
    call_command("grant_app_role", role, stdout=out)
    return out.getvalue().splitlines()


def connect(**params):
    import psycopg

    settings = connection.settings_dict
    return psycopg.connect(
        host=settings["HOST"] or "127.0.0.1",
        port=settings["PORT"] or 5432,
        dbname=settings["NAME"],
        **params,
    )


def superuser_params() -> dict:
    settings = connection.settings_dict
    return {"user": settings["USER"], "password": settings["PASSWORD"] or None}


@pytest.fixture
def app_role():
    """A login role with exactly the grants grant_app_role prints, applied and
    committed (another connection must see them); dropped afterwards."""
    requires_postgres()
    from psycopg import sql

    name = f"cp_test_app_{secrets.token_hex(4)}"
    password = secrets.token_urlsafe(16)
    admin = connect(autocommit=True, **superuser_params())
    try:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password)
            )
        )
        for statement in grant_sql(name):
            admin.execute(statement)
        yield name, password
    finally:
        admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
        admin.close()


# --- The application role ------------------------------------------------------------


def test_app_role_can_insert_and_read_access_records_only(app_role):
    import psycopg

    name, password = app_role
    app = connect(user=name, password=password)
    try:
        with app.cursor() as cursor:
            cursor.execute("SELECT current_user")
            assert cursor.fetchone() == (name,)
            cursor.execute(INSERT_RECORD)
            (record_id,) = cursor.fetchone()
            cursor.execute(
                "SELECT purpose FROM sharing_accessrecord WHERE id = %s", [record_id]
            )
            assert cursor.fetchone() == ("角色测试",)
            for statement, params in (
                (
                    "UPDATE sharing_accessrecord SET reason = 'x' WHERE id = %s",
                    [record_id],
                ),
                ("DELETE FROM sharing_accessrecord WHERE id = %s", [record_id]),
                ("TRUNCATE sharing_accessrecord", None),
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    with app.transaction():
                        cursor.execute(statement, params)
            cursor.execute(
                "SELECT count(*) FROM sharing_accessrecord WHERE id = %s", [record_id]
            )
            assert cursor.fetchone() == (1,)
    finally:
        app.rollback()
        app.close()


def test_app_role_reads_and_writes_the_other_tables(app_role):
    import psycopg

    name, password = app_role
    app = connect(user=name, password=password)
    try:
        with app.cursor() as cursor:
            cursor.execute(
                "UPDATE sharing_provider SET description = 'x' "
                "WHERE code = 'public-security'"
            )
            assert cursor.rowcount == 1
            cursor.execute(
                "DELETE FROM sharing_resourcefield WHERE name = 'no-such-field'"
            )
            cursor.execute("SELECT count(*) FROM sharing_resource")
            assert cursor.fetchone()[0] > 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                with app.transaction():
                    cursor.execute("TRUNCATE sharing_discrepancy")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                with app.transaction():
                    cursor.execute("CREATE TABLE cp_test_not_allowed (id int)")
    finally:
        app.rollback()
        app.close()


def test_grant_app_role_apply_grants_the_same():
    requires_postgres()
    with connection.cursor() as cursor:
        cursor.execute("CREATE ROLE cp_test_applied NOLOGIN")  # rolled back

    call_command("grant_app_role", "cp_test_applied", "--apply", stderr=io.StringIO())

    def allowed(table: str, privilege: str) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT has_table_privilege('cp_test_applied', %s, %s)",
                [table, privilege],
            )
            return cursor.fetchone()[0]

    assert allowed(AUDIT, "INSERT")
    assert allowed(AUDIT, "SELECT")
    for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
        assert not allowed(AUDIT, privilege)
    for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE"):
        assert allowed("sharing_grant", privilege)
    assert not allowed("sharing_grant", "TRUNCATE")


def test_grant_app_role_refuses_a_role_that_owns_the_tables():
    requires_postgres()
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        (owner,) = cursor.fetchone()

    with pytest.raises(CommandError, match="must not own tables"):
        call_command("grant_app_role", owner)


def test_grant_app_role_grants_nothing_where_the_app_is_the_owner(settings):
    requires_postgres()
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_user")
        (owner,) = cursor.fetchone()
    settings.DATABASE_APP_ROLE = owner
    out, err = io.StringIO(), io.StringIO()

    call_command("grant_app_role", "--apply", stdout=out, stderr=err)

    assert out.getvalue() == ""
    assert "nothing granted" in err.getvalue()


def test_grant_app_role_reports_an_unknown_role():
    requires_postgres()

    with pytest.raises(CommandError, match="Nothing was granted"):
        call_command("grant_app_role", "cp_test_no_such_role", "--apply")


def test_grant_app_role_needs_postgresql():
    if connection.vendor == "postgresql":
        pytest.skip("the refusal is for databases without roles (SQLite)")

    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("grant_app_role", "portal_app")


@pytest.mark.parametrize("role", ['portal"; DROP TABLE x; --', "1role", "", "a" * 64])
def test_grant_app_role_refuses_a_role_name_that_is_not_plain(role):
    with pytest.raises(CommandError, match="not a plain role name"):
        call_command("grant_app_role", role)


def test_app_role_statements_allow_only_insert_and_select_on_the_access_log():
    statements = app_role_statements("portal_app", database="portal", schema="public")

    audit = '"public"."sharing_accessrecord"'
    assert statements[-2:] == [
        f'REVOKE ALL ON TABLE {audit} FROM "portal_app";',
        f'GRANT SELECT, INSERT ON TABLE {audit} TO "portal_app";',
    ]
    assert not [s for s in statements if "TRUNCATE" in s]
    assert (
        'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "public" '
        'TO "portal_app";'
    ) in statements


# --- The TRUNCATE trigger ------------------------------------------------------------


def test_truncate_is_refused_even_for_the_owner():
    requires_postgres()
    with connection.cursor() as cursor:
        # Rolled back with the test: a role of its own owns the table here.
        cursor.execute("CREATE ROLE cp_test_owner NOLOGIN")
        cursor.execute("ALTER TABLE sharing_accessrecord OWNER TO cp_test_owner")
        cursor.execute("SET LOCAL ROLE cp_test_owner")
        cursor.execute("SELECT current_user")
        assert cursor.fetchone() == ("cp_test_owner",)
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            cursor.execute("TRUNCATE sharing_accessrecord")
        cursor.execute("RESET ROLE")


def test_truncate_cascading_from_a_referenced_table_is_refused():
    requires_postgres()
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("TRUNCATE sharing_requestersystem CASCADE")


def test_access_log_keeps_its_rows_after_a_refused_truncate():
    requires_postgres()
    with connection.cursor() as cursor:
        cursor.execute(INSERT_RECORD)
        with pytest.raises(DatabaseError), transaction.atomic():
            cursor.execute("TRUNCATE sharing_accessrecord")
        cursor.execute("SELECT count(*) FROM sharing_accessrecord")
        assert cursor.fetchone()[0] >= 1


# --- The migration role in production ------------------------------------------------


@pytest.mark.parametrize(
    "argv,command",
    [
        (["manage.py", "migrate", "--no-input"], "migrate"),
        (["/srv/portal/manage.py", "grant_app_role", "--apply"], "grant_app_role"),
        (["/venv/bin/django-admin", "migrate"], "migrate"),
        (["manage.py"], ""),
        (["/venv/bin/gunicorn", "migrate"], ""),
        (["/venv/bin/celery", "-A", "citizen_portal", "worker"], ""),
    ],
)
def test_management_command_is_read_from_the_command_line(argv, command):
    assert management_command(argv) == command


def test_migration_commands_are_migrate_and_grant_app_role():
    assert {"migrate", "grant_app_role"} == MIGRATION_COMMANDS


def test_production_migrate_connects_with_the_migration_url(tmp_path):
    """DATABASE_URL names a host that does not exist: migrate succeeds only by
    connecting with MIGRATE_DATABASE_URL (here a scratch SQLite file)."""
    env = {**PRODUCTION_ENV, "MIGRATE_DATABASE_URL": f"sqlite:///{tmp_path}/m.db"}

    result = run_manage("migrate", "--plan", env=env)

    assert result.returncode == 0, result.stderr
    assert "sharing.0008_access_record_no_truncate" in result.stdout


def test_production_migrate_without_the_migration_url_uses_database_url():
    result = run_manage("migrate", "--plan", env=PRODUCTION_ENV)

    assert result.returncode != 0
    assert "db.internal" in result.stderr


def test_production_web_processes_connect_with_database_url(tmp_path):
    env = {**PRODUCTION_ENV, "MIGRATE_DATABASE_URL": f"sqlite:///{tmp_path}/m.db"}
    code = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['HOST'], s.DATABASE_APP_ROLE)"
    )

    result = run_manage("shell", "-c", code, env=env)

    assert result.stdout.strip().splitlines()[-1] == "db.internal portal"


def test_procfile_release_migrates_then_grants_the_app_role():
    release = next(
        line.removeprefix("release:").strip()
        for line in (ROOT / "Procfile").read_text().splitlines()
        if line.startswith("release:")
    )

    steps = [step.strip() for step in release.split("&&")]
    assert steps[:2] == [
        "python manage.py migrate --no-input",
        "python manage.py grant_app_role --apply",
    ]
