"""Celery application.

Configuration comes from Django settings under the ``CELERY_`` namespace. Without
``REDIS_URL`` the embedded default runs every task eagerly in-process (see
``settings/tasks.py``); with it, tasks go through Redis to a worker started with
``celery -A citizen_portal worker``.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizen_portal.settings.dev")

app = Celery("citizen_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
