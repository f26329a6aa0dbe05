"""On PostgreSQL, refuse TRUNCATE of the access log too (0002 refuses UPDATE and
DELETE): a statement-level BEFORE TRUNCATE trigger calling the same function, so
that not even the tables' owner (the migration role) can empty the log by accident,
directly or through ``TRUNCATE ... CASCADE`` from a table it references.

A superuser can still switch triggers off (``session_replication_role``), as it can
do anything; the test suite does so for its flush between transactional tests
(``tests/conftest.py``). SQLite has no TRUNCATE.
"""

from django.db import migrations

FORWARD = """
CREATE TRIGGER sharing_access_record_no_truncate
    BEFORE TRUNCATE ON sharing_accessrecord
    FOR EACH STATEMENT EXECUTE FUNCTION sharing_access_record_append_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS sharing_access_record_no_truncate ON sharing_accessrecord;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("sharing", "0007_signed_requests")]

    operations = [migrations.RunPython(forward, backward)]
