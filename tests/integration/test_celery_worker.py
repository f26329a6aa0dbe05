"""Licence PDFs are rendered by a real Celery worker, out of process.

Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); skipped without them, except
under CI where a missing service fails the run.
"""

import subprocess

import pytest

from applications.models import Application
from desk.actions import application_accept, application_approve
from licences.models import Licence
from tests.celery_worker import (  # noqa: F401
    celery_worker_fixture,
    wait_for,
)
from tests.factories import ApplicationFactory, StaffUserFactory
from tests.services_support import requires_binary

# serialized_rollback and migrated_data: the flush after each test deletes the data
# migrations' rows (the Wagtail home page), which later tests and runs rely on.
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

TASK_NAME = "licences.tasks.licence_render_pdf"


def approve_new_application() -> Application:
    application = ApplicationFactory()
    staff = StaffUserFactory()
    application = application_accept(application=application, actor=staff)
    return application_approve(application=application, actor=staff)


def wait_for_pdf(licence: Licence) -> Licence:
    def rendered() -> bool:
        licence.refresh_from_db()
        return bool(licence.pdf)

    wait_for(rendered, timeout=30, message=f"the PDF of licence {licence.number}")
    return licence


def test_approval_renders_the_licence_pdf_in_the_worker(celery_worker):
    application = approve_new_application()
    assert application.licence is not None
    licence = wait_for_pdf(application.licence)

    with licence.pdf.open("rb") as pdf:
        content = pdf.read()
    assert content.startswith(b"%PDF")
    assert licence.pdf_sha256
    assert licence.pdf_rendered_at is not None

    pdftotext = requires_binary("pdftotext")
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", licence.pdf.path, "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    assert licence.holder_name
    assert licence.holder_name == application.data["applicant_name"]
    assert licence.holder_name in text


def test_the_task_runs_in_the_worker_not_eagerly(celery_worker):
    from citizen_portal.celery import app

    assert app.conf.task_always_eager is False
    licence = wait_for_pdf(approve_new_application().licence)

    log = wait_for(
        lambda: " succeeded in " in celery_worker.log() and celery_worker.log(),
        timeout=10,
        message="the worker to log the task's success",
    )
    assert f"Task {TASK_NAME}[" in log
    succeeded = [
        line for line in log.splitlines() if TASK_NAME in line and "succeeded" in line
    ]
    assert len(succeeded) == 1, log
    assert f"{licence.number}.pdf" in succeeded[0]
