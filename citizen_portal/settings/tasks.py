"""Celery: the broker, delivery guarantees and the beat schedule.

Without REDIS_URL (the embedded default) tasks run in-process, synchronously.
"""

import os

from celery.schedules import crontab

from .environment import REDIS_URL, env_bool

CELERY_BROKER_URL = REDIS_URL or "memory://"
# Without a broker the embedded default runs tasks in-process, synchronously.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = os.environ.get(
    "CELERY_TASK_DEFAULT_QUEUE", "citizen-portal"
)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Fail fast when the broker is down instead of blocking the request for minutes.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
}
CELERY_TIMEZONE = "Asia/Shanghai"
CELERY_BEAT_SCHEDULE = {
    # Licences past their last day become expired (and their holders are told).
    "licences-expire-due": {
        "task": "licences.tasks.licence_expire_due_task",
        "schedule": 60 * 60,
    },
    # One-time notices past their deadline without a supplement become lapsed.
    "services-notice-lapse-due": {
        "task": "desk.tasks.notice_lapse_due_task",
        "schedule": 60 * 60,
    },
    # Open datasets, regenerated before the working day (no release if unchanged).
    "opendata-generate-all": {
        "task": "opendata.tasks.opendata_generate_all",
        "schedule": crontab(hour=2, minute=30),
    },
    # Website pages scheduled to go live (or expire) in the past minute.
    "cms-publish-scheduled-pages": {
        "task": "cms.tasks.publish_scheduled_pages",
        "schedule": 60,
    },
    # Notifications and queued account e-mails whose delivery could not be queued
    # (broker down) or failed.
    "notifications-deliver-pending": {
        "task": "notifications.tasks.deliver_pending",
        "schedule": 60,
    },
}
