"""The applicant's case moved to the ``applications`` app: its models leave this
app's state only; the tables stay, owned by ``applications`` now."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0018_calendarday_to_workdays"),
        ("applications", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="applicationevent",
                    name="application",
                ),
                migrations.RemoveField(
                    model_name="onetimenotice",
                    name="application",
                ),
                migrations.RemoveField(
                    model_name="applicationmaterial",
                    name="application",
                ),
                migrations.RemoveField(
                    model_name="applicationevent",
                    name="actor",
                ),
                migrations.RemoveField(
                    model_name="applicationmaterial",
                    name="licence",
                ),
                migrations.RemoveField(
                    model_name="applicationmaterial",
                    name="material",
                ),
                migrations.RemoveField(
                    model_name="applicationmaterial",
                    name="requirement",
                ),
                migrations.RemoveField(
                    model_name="contactdetails",
                    name="user",
                ),
                migrations.RemoveField(
                    model_name="material",
                    name="organisation",
                ),
                migrations.RemoveField(
                    model_name="material",
                    name="owner",
                ),
                migrations.RemoveField(
                    model_name="material",
                    name="requirement",
                ),
                migrations.RemoveField(
                    model_name="noticeitem",
                    name="notice",
                ),
                migrations.RemoveField(
                    model_name="noticeitem",
                    name="requirement",
                ),
                migrations.RemoveField(
                    model_name="onetimenotice",
                    name="approved_by",
                ),
                migrations.RemoveField(
                    model_name="onetimenotice",
                    name="issued_by",
                ),
                migrations.RemoveField(
                    model_name="savedservice",
                    name="service",
                ),
                migrations.RemoveField(
                    model_name="savedservice",
                    name="user",
                ),
                migrations.DeleteModel(
                    name="Application",
                ),
                migrations.DeleteModel(
                    name="ApplicationEvent",
                ),
                migrations.DeleteModel(
                    name="ApplicationMaterial",
                ),
                migrations.DeleteModel(
                    name="ContactDetails",
                ),
                migrations.DeleteModel(
                    name="Material",
                ),
                migrations.DeleteModel(
                    name="NoticeItem",
                ),
                migrations.DeleteModel(
                    name="OneTimeNotice",
                ),
                migrations.DeleteModel(
                    name="SavedService",
                ),
            ],
            database_operations=[],
        ),
    ]
