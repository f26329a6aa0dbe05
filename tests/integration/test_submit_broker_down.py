"""Submitting an application while the Celery broker (Redis) is down.

The submission must not depend on the broker: the application and its materials
are saved and the applicant is sent to the application page with its receipt;
the notification row is written in the same transaction and stays ``pending``
because its delivery task cannot be queued (``notifications.actions.notify``).
Once the broker is back, ``notifications.tasks.deliver_pending`` queues it again
and it is delivered exactly once.

The machine's Redis is never stopped (other runs share it): for the duration,
this process's Celery app publishes to a closed port on 127.0.0.1 instead. The
tasks queued once Redis is back are taken from this run's own queue and run here,
so that the e-mail lands in this process's locmem outbox. Needs PostgreSQL and
Redis (skipped without them, failed under CI: tests/services_support.py).
"""

import datetime
import io
import socket
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reportlab.pdfgen import canvas

from applications.models import Application, ApplicationMaterial
from citizen_portal.celery import app
from eforms.actions import definition_publish
from eforms.definitions import field, section
from notifications.models import Delivery, Notification
from notifications.tasks import deliver, deliver_pending
from tests.factories import (
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    next_resident_id,
)
from tests.services_support import requires_postgres, requires_redis
from tests.sharing import registry_data

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

Source = ApplicationMaterial.Source
BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_broker(url: str) -> None:
    """Point this process's Celery app at ``url``. The app keeps a connection
    pool and a producer pool made for the old URL: drop both (what Celery itself
    does after a fork) so that the next publish connects to the new one."""
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker() -> Iterator[None]:
    """Publishing for real (not eagerly) to Redis; restored afterwards."""
    requires_postgres()
    requires_redis()
    was_eager, was_url = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    use_broker(settings.REDIS_URL)
    drain_queue()  # what an earlier run may have left on this run's queue
    try:
        yield
    finally:
        use_broker(settings.REDIS_URL)
        drain_queue()
        app.conf.task_always_eager = was_eager
        use_broker(was_url)


def drain_queue(*, run: bool = False) -> list[str]:
    """Take every message off this run's queue; with ``run``, run each task here
    (as a worker would); the names of the tasks taken."""
    taken = []
    with app.connection_for_read() as connection:
        queue = connection.SimpleQueue(settings.CELERY_TASK_DEFAULT_QUEUE)
        try:
            while True:
                try:
                    message = queue.get(block=True, timeout=1)
                except queue.Empty:
                    break
                name = message.headers["task"]
                if run:
                    args, kwargs, _embed = message.decode()
                    app.tasks[name].apply(args=args, kwargs=kwargs).get()
                message.ack()
                taken.append(name)
        finally:
            queue.close()
    return taken


def pdf() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "application")
    document.showPage()
    document.save()
    return SimpleUploadedFile(
        "申请书.pdf", buffer.getvalue(), content_type="application/pdf"
    )


def applicant_and_service():
    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    licence_type = LicenceTypeFactory(code="JZZ", name="居住证")
    LicenceFactory(holder=applicant, licence_type=licence_type)
    service = ServiceFactory(name="居住证签注", licence_type=licence_type)
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    upload = MaterialRequirementFactory(service=service, name="申请书", sort_order=3)
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    return applicant, service, upload


def test_submission_while_the_broker_is_down_is_saved_and_notified_once_back(
    broker, mailoutbox, caplog
):
    applicant, service, upload = applicant_and_service()
    client = Client()
    client.force_login(applicant)
    apply_url = reverse("applications:apply", kwargs={"code": service.code})
    review_url = reverse("applications:apply_review", kwargs={"code": service.code})
    response = client.post(
        apply_url,
        {"phone": "13912345678", "reason": "签注。", f"material-{upload.pk}": pdf()},
    )
    assert response.status_code == 302
    key = client.session[f"apply:{service.code}"]["submission_key"]

    use_broker(f"redis://127.0.0.1:{closed_port()}/0")
    response = client.post(
        review_url, {"submission_key": key, "declaration": "on"}, follow=True
    )

    application = Application.objects.get(applicant=applicant)
    assert response.redirect_chain[-1][0] == application.get_absolute_url()
    assert response.status_code == 200
    receipt_url = reverse("applications:application_receipt", args=[application.number])
    assert f'href="{receipt_url}"' in response.content.decode()
    assert {m.name: m.source for m in application.materials.all()} == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
    }
    notification = Notification.objects.get(user=applicant)
    assert application.number in notification.subject
    assert notification.email_status == Delivery.PENDING
    assert "broker unreachable" in caplog.text
    assert mailoutbox == []

    # The beat's sweep while the broker is still down queues nothing.
    Notification.objects.filter(pk=notification.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=2)
    )
    assert deliver_pending() == 0

    # The broker is back: the sweep queues it once, a worker delivers it once.
    use_broker(settings.REDIS_URL)
    assert deliver_pending() == 1
    assert drain_queue(run=True) == [deliver.name]
    notification.refresh_from_db()
    assert notification.email_status == Delivery.SENT
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [applicant.email]
    assert application.number in mailoutbox[0].subject

    # A later sweep, or the same task run again, sends nothing more.
    assert deliver_pending() == 0
    assert drain_queue(run=True) == []
    deliver.apply(args=[notification.pk]).get()
    assert len(mailoutbox) == 1
