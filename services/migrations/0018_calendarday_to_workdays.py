"""CalendarDay moved to the ``workdays`` app: gone from this app's state only; the
table stays, owned by ``workdays`` now."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0017_calendarday_help_texts_weekend_days"),
        ("workdays", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="CalendarDay")],
            database_operations=[],
        ),
    ]
