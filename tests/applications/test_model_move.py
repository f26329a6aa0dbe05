"""The case models left ``services`` for ``applications`` and the calendar for
``workdays`` without touching a row: a database at the last migrations before the
move, holding data, migrates to the head with every row, content type and
permission in place (tables kept, content types renamed, not recreated)."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

BEFORE_MOVE = [
    ("services", "0017_calendarday_help_texts_weekend_days"),
    ("workdays", None),
    ("applications", None),
]
MOVED = {
    "workdays": ["calendarday"],
    "applications": [
        "application",
        "applicationevent",
        "applicationmaterial",
        "contactdetails",
        "material",
        "noticeitem",
        "onetimenotice",
        "savedservice",
    ],
}


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(
        [target for target in targets if target[1] is not None]
    ).apps


def _head():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def _seed_before_move(apps) -> dict:
    """Rows written through the models as they were before the move."""
    User = apps.get_model("identity", "User")
    Department = apps.get_model("services", "Department")
    Service = apps.get_model("services", "Service")
    Application = apps.get_model("services", "Application")
    Event = apps.get_model("services", "ApplicationEvent")
    Notice = apps.get_model("services", "OneTimeNotice")
    Saved = apps.get_model("services", "SavedService")
    CalendarDay = apps.get_model("services", "CalendarDay")
    ContentType = apps.get_model("contenttypes", "ContentType")

    user = User.objects.create(email="move@example.com", username="move")
    department = Department.objects.create(code="MOVE", name="迁移测试局")
    service = Service.objects.create(
        code="MOVE-0001", name="迁移测试事项", department=department
    )
    now = timezone.now()
    applications = [
        Application.objects.create(
            service=service,
            applicant=user,
            number=f"SQ20261208{n:08d}",
            status="accepted",
            submitted_at=now,
            submission_key=uuid.uuid4(),
            data={"n": n},
        )
        for n in range(1, 4)
    ]
    for application in applications:
        Event.objects.create(
            application=application, action="submitted", to_status="submitted"
        )
    Notice.objects.create(
        application=applications[0],
        sequence=1,
        status="issued",
        issued_by=user,
        deadline=datetime.date(2026, 12, 15),
    )
    Saved.objects.create(user=user, service=service)
    CalendarDay.objects.create(
        date=datetime.date(2027, 1, 1), kind="holiday", name="元旦"
    )
    # What post_migrate had created on the old database.
    content_type_ids = {
        model: ContentType.objects.get_or_create(app_label="services", model=model)[
            0
        ].pk
        for models in MOVED.values()
        for model in models
    }
    return {"applications": applications, "content_types": content_type_ids}


def test_a_database_from_before_the_move_migrates_with_every_row():
    old_apps = _migrate(BEFORE_MOVE)
    seeded = _seed_before_move(old_apps)
    counts_before = {
        table: _count(table)
        for table in (
            "services_application",
            "services_applicationevent",
            "services_onetimenotice",
            "services_savedservice",
            "services_calendarday",
        )
    }
    sample_before = _rows("services_application")

    _migrate(_head())

    from applications.models import Application, OneTimeNotice, SavedService
    from workdays.models import CalendarDay

    assert {table: _count(table) for table in counts_before} == counts_before
    assert _rows("services_application") == sample_before
    assert Application.objects.filter(
        pk__in=[a.pk for a in seeded["applications"]]
    ).count() == len(seeded["applications"])
    first = Application.objects.get(pk=seeded["applications"][0].pk)
    assert first.data == {"n": 1}
    assert first.events.count() == 1
    assert OneTimeNotice.objects.get(application=first).sequence == 1
    assert SavedService.objects.filter(user=first.applicant).count() == 1
    assert CalendarDay.objects.get(date=datetime.date(2027, 1, 1)).name == "元旦"
    # Same content type rows, renamed: permissions and history stay attached.
    for app_label, models in MOVED.items():
        for model in models:
            content_type = ContentType.objects.get(app_label=app_label, model=model)
            assert content_type.pk == seeded["content_types"][model]
    assert not ContentType.objects.filter(
        app_label="services", model__in=MOVED["applications"]
    ).exists()
    assert Permission.objects.filter(
        content_type__app_label="applications",
        codename="approve_additional_notice",
    ).exists()


def _count(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 - fixed names
        return cursor.fetchone()[0]


def _rows(table: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, number, status, service_id, applicant_id "  # noqa: S608
            f"FROM {table} ORDER BY id"
        )
        return cursor.fetchall()
