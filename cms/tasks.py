"""Celery tasks of the website: scheduled publishing, run every minute by beat.

``publish_scheduled`` is Wagtail's own command: it publishes revisions whose
``approved_go_live_at`` has passed and unpublishes pages past ``expire_at``;
running it twice does nothing the second time, so the task is idempotent."""

import io

from celery import shared_task
from django.core.management import call_command


@shared_task(acks_late=True)
def publish_scheduled_pages() -> None:
    # The command reports what it did on stdout; a worker has no use for it.
    call_command("publish_scheduled", verbosity=0, stdout=io.StringIO())
