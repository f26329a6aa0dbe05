"""The GIN indexes behind the catalogue search (PostgreSQL only; elsewhere the search
ranks in Python), and the standard life and business events every portal starts
with. Editors may rename, reorder or add events in the Wagtail admin."""

from django.db import migrations

DEFAULT_EVENTS = [
    # (code, kind, name)
    ("birth", "personal", "出生"),
    ("schooling", "personal", "上学"),
    ("employment", "personal", "就业创业"),
    ("housing", "personal", "住房"),
    ("marriage", "personal", "婚姻"),
    ("retirement", "personal", "退休养老"),
    ("medical", "personal", "就医"),
    ("social_assistance", "personal", "社会救助"),
    ("travel", "personal", "出行出境"),
    ("residence", "personal", "户籍居住"),
    ("startup", "business", "企业开办"),
    ("permits", "business", "经营许可"),
    ("tax", "business", "税费办理"),
    ("change", "business", "变更登记"),
    ("closure", "business", "注销退出"),
    ("construction", "business", "工程建设"),
    ("hiring", "business", "用工招聘"),
]


def create_events(apps, schema_editor):
    LifeEvent = apps.get_model("services", "LifeEvent")
    for order, (code, kind, name) in enumerate(DEFAULT_EVENTS):
        LifeEvent.objects.get_or_create(
            code=code, defaults={"kind": kind, "name": name, "sort_order": order}
        )


def create_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS services_service_search_gin "
            "ON services_service USING gin (search_vector)"
        )
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS services_service_search_text_gin "
            "ON services_service USING gin (search_vector_text)"
        )


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS services_service_search_gin")
        schema_editor.execute("DROP INDEX IF EXISTS services_service_search_text_gin")


class Migration(migrations.Migration):
    dependencies = [("services", "0004_catalogue_revisions_events_search")]

    operations = [
        migrations.RunPython(create_gin_index, drop_gin_index),
        migrations.RunPython(create_events, migrations.RunPython.noop),
    ]
