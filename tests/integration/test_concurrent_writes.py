"""Writes that race on PostgreSQL: several threads, each with its own database
connection, act on the same thing at the same moment.

- The same submission sent several times at once (a double click, a retried
  POST) makes one application: the unique (applicant, submission key) serialises
  the inserts, and the losers return the winner's application.
- Two staff accepting the same application at once: the row lock
  (``application_locked``) serialises them; one accepts, the other is told the
  application is no longer in that state, and the timeline has one ACCEPTED event.
"""

import threading
import uuid
from collections.abc import Callable

import pytest
from django.db import connection

from applications.actions import application_submit
from applications.lifecycle import ApplicationStateError
from applications.models import Application, ApplicationEvent
from desk.actions import application_accept
from tests.factories import ApplicationFactory, PersonFactory, ServiceFactory
from tests.services_support import requires_postgres

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

THREADS = 4


def _race(work: Callable[[], object], threads: int = THREADS) -> list:
    """Run ``work`` in ``threads`` threads released together; each result or the
    exception it raised, in no particular order."""
    barrier = threading.Barrier(threads)
    results: list = []
    lock = threading.Lock()

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            outcome = work()
        except Exception as error:  # noqa: BLE001 - collected for the assertions
            outcome = error
        finally:
            connection.close()
        with lock:
            results.append(outcome)

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert len(results) == threads
    return results


def test_the_same_submission_sent_at_once_makes_one_application():
    requires_postgres()
    applicant = PersonFactory().user
    service = ServiceFactory()
    key = uuid.uuid4()

    results = _race(
        lambda: application_submit(
            applicant=applicant, service=service, data={"a": 1}, submission_key=key
        )
    )

    assert not [r for r in results if isinstance(r, Exception)], results
    applications = {application.pk for application, _created in results}
    assert len(applications) == 1
    assert sum(created for _application, created in results) == 1
    assert Application.objects.filter(applicant=applicant).count() == 1
    (application,) = Application.objects.filter(applicant=applicant)
    assert (
        application.events.filter(action=ApplicationEvent.Action.SUBMITTED).count() == 1
    )


def test_two_staff_accepting_at_once_accept_once():
    requires_postgres()
    from tests.factories import StaffUserFactory

    application = ApplicationFactory()
    staff = [StaffUserFactory(), StaffUserFactory()]
    turns = iter(staff)
    turn_lock = threading.Lock()

    def accept():
        with turn_lock:
            actor = next(turns)
        return application_accept(
            application=application, actor=actor, expected_version=1
        )

    results = _race(accept, threads=2)

    accepted = [r for r in results if isinstance(r, Application)]
    refused = [r for r in results if isinstance(r, ApplicationStateError)]
    assert len(accepted) == 1 and len(refused) == 1, results
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED
    assert application.handler == accepted[0].handler
    assert (
        application.events.filter(action=ApplicationEvent.Action.ACCEPTED).count() == 1
    )
