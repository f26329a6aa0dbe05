"""The official working-day calendar moves here from ``services``.

The table keeps its name (``services_calendarday``), its rows, its content type
(renamed to this app, so its permissions and Wagtail's history stay attached) and
the permission codenames: only Django's idea of which app owns the model changes.
On a new database ``services`` creates the table first (its migration 0011).
"""

from django.db import migrations, models

MODELS = ["calendarday"]


def move_content_types(apps, schema_editor, *, source="services", target="workdays"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=MODELS).update(
        app_label=target
    )


def move_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="workdays", target="services")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("services", "0017_calendarday_help_texts_weekend_days"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CalendarDay',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date', models.DateField(help_text="One day per row. Enter a year's whole published schedule: once a year has a holiday here, deadlines no longer fall back to Monday to Friday for it.", unique=True, verbose_name='date')),
                        ('kind', models.CharField(choices=[('holiday', 'Public holiday (day off)'), ('working_day', 'Adjusted working day (weekend worked)')], help_text='Public holiday: every day of the published holiday, the Saturdays and Sundays within it included. Adjusted working day: a Saturday or Sunday declared a working day to make up for a holiday.', max_length=16, verbose_name='kind of day')),
                        ('name', models.CharField(help_text="The holiday this day belongs to, or makes up for, e.g. New Year's Day or Spring Festival.", max_length=50, verbose_name='holiday name')),
                        ('note', models.CharField(blank=True, help_text='Where it was published, e.g. the number of the State Council notice.', max_length=200, verbose_name='note')),
                    ],
                    options={
                        'verbose_name': 'official calendar day',
                        'verbose_name_plural': 'official calendar days',
                        'db_table': 'services_calendarday',
                        'ordering': ['date'],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_back),
    ]
