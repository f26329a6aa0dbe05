import pytest
from django.db import DatabaseError, connection, transaction

from sharing import exchange
from sharing.errors import NotShared
from sharing.models import AccessRecord
from sharing.models.audit import AppendOnlyError
from tests.sharing.registry_data import PERSON_ID

pytestmark = pytest.mark.django_db


@pytest.fixture
def record() -> AccessRecord:
    with pytest.raises(NotShared):
        exchange.query(
            "population.criminal-record",
            PERSON_ID,
            requester="citizen-portal",
            purpose="测试",
        )
    return AccessRecord.objects.get()


def test_refusal_writes_an_access_record(record):
    assert record.outcome == AccessRecord.Outcome.REFUSED
    assert record.reason.startswith("not_shared")
    assert record.provider.code == "public-security"


def test_record_cannot_be_saved_again(record):
    record.reason = "tampered"
    with pytest.raises(AppendOnlyError):
        record.save()


def test_record_cannot_be_deleted(record):
    with pytest.raises(AppendOnlyError):
        record.delete()


def test_queryset_update_and_delete_are_refused(record):
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.filter(pk=record.pk).update(reason="tampered")
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().delete()


def test_database_refuses_raw_update_on_postgresql(record):
    if connection.vendor != "postgresql":
        pytest.skip("the append-only trigger is installed on PostgreSQL only")
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE sharing_accessrecord SET reason = 'x' WHERE id = %s", [record.pk]
        )
    with (
        pytest.raises(DatabaseError),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("DELETE FROM sharing_accessrecord WHERE id = %s", [record.pk])
    record.refresh_from_db()
    assert record.reason.startswith("not_shared")
