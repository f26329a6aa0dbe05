"""Account e-mail queued by a sign-up is sent by a real Celery worker, out of
process, after the request's transaction committed.

Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); skipped without them, except
under CI where a missing service fails the run.
"""

import pytest
from django.urls import reverse

from notifications.models import Delivery, OutgoingEmail
from tests.celery_worker import (  # noqa: F401
    celery_worker_fixture,
    wait_for,
)

# serialized_rollback and migrated_data: see tests/celery_worker.py.
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]


def test_sign_up_mail_is_sent_by_the_worker(celery_worker, client, password):
    response = client.post(
        reverse("account_signup"),
        {"email": "new@example.com", "password1": password, "password2": password},
    )
    assert response.status_code == 302
    email = OutgoingEmail.objects.get()

    def sent() -> bool:
        email.refresh_from_db()
        return email.status == Delivery.SENT

    wait_for(sent, timeout=30, message="the worker to send the e-mail")
    assert email.attempts == 1
    assert email.payload == ""
    assert "notifications.tasks.deliver_email" in celery_worker.log()
