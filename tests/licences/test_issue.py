from pathlib import Path

import pytest
from django.db import transaction

from licences.actions import licence_issue
from licences.models import Licence
from licences.tasks import licence_render_pdf
from tests.factories import LicenceTypeFactory

pytestmark = pytest.mark.django_db


def issue(user, licence_type=None):
    return licence_issue(
        licence_type=licence_type or LicenceTypeFactory(),
        holder=user,
        holder_name="林晓明",
        holder_identifier_masked="350102********1234",
        data={"事项名称": "居住证申领"},
        source_reference="SQ2026112100000001",
    )


def test_licence_issue_renders_pdf_after_commit(
    citizen, django_capture_on_commit_callbacks
):
    licence_type = LicenceTypeFactory()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        licence = issue(citizen, licence_type)
    assert len(callbacks) == 1
    licence.refresh_from_db()
    assert licence.pdf.name.endswith(f"{licence.number}.pdf")
    assert licence.pdf.read(4) == b"%PDF"
    assert len(licence.pdf_sha256) == 64


def test_rolled_back_issue_queues_nothing(citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                issue(citizen)
                raise RuntimeError("rollback")
        except RuntimeError:
            pass
    assert callbacks == []
    assert Licence.objects.count() == 0


def test_render_task_is_idempotent(citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        licence = issue(citizen)
    licence.refresh_from_db()
    first_name, first_hash = licence.pdf.name, licence.pdf_sha256
    licence_render_pdf(licence.pk)
    licence.refresh_from_db()
    assert (licence.pdf.name, licence.pdf_sha256) == (first_name, first_hash)
    directory = Path(licence.pdf.storage.path(first_name)).parent
    assert [p.name for p in directory.iterdir()] == [f"{licence.number}.pdf"]


def test_validity_follows_licence_type(citizen):
    licence = issue(citizen)
    assert licence.valid_until is not None
    assert licence.valid_until.year == licence.issued_at.year + 1
