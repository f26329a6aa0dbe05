"""Celery tasks of the services app (thin, idempotent, scheduled by beat).

``notice_lapse_due_task`` runs every hour: one-time notices whose deadline passed
without a supplement become LAPSED (their handlers are told); running it twice
changes nothing more.
"""

from celery import shared_task

from desk.actions.notices import notice_lapse_due


@shared_task(acks_late=True)
def notice_lapse_due_task() -> int:
    return notice_lapse_due()
