"""Celery application.

Configuration comes from Django settings under the ``CELERY_`` namespace. Without
``REDIS_URL`` the embedded default runs every task eagerly in-process (see
``settings/tasks.py``); with it, tasks go through Redis to a worker started with
``celery -A citizen_portal worker``.

A worker builds the search segmenters when it starts (``worker_init``: Django is
set up by then), before its pool's processes are forked, so that they share them
and a task that indexes the catalogue does not read a dictionary first.
"""

import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizen_portal.settings.dev")

app = Celery("citizen_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect(dispatch_uid="citizen_portal.segmenters")
def load_segmenters(**_kwargs) -> None:
    # Imported here: this module is imported with the settings, before Django is
    # set up.
    from common import segmenter

    segmenter.load_all()
