"""On PostgreSQL (production), reject UPDATE and DELETE of access records in the
database, so the audit log stays append-only whatever code path touches it.

TRUNCATE is refused by a second trigger on the same function (0008). SQLite (the
embedded development default) relies on the model-level guard.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION sharing_access_record_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'sharing_accessrecord is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER sharing_access_record_append_only
    BEFORE UPDATE OR DELETE ON sharing_accessrecord
    FOR EACH ROW EXECUTE FUNCTION sharing_access_record_append_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS sharing_access_record_append_only ON sharing_accessrecord;
DROP FUNCTION IF EXISTS sharing_access_record_append_only();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # No parameters: the PL/pgSQL body contains a literal %.
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("sharing", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
