"""Scheduled lifecycle tasks (imported by ``licences.tasks`` for the beat schedule).

Thin and idempotent: the sweep only picks licences that are still valid or
suspended past their last day, so a second run finds nothing to do.
"""

from celery import shared_task


@shared_task(acks_late=True)
def licence_expire_due_task() -> int:
    """Expire the licences whose validity has ended; returns how many."""
    from .lifecycle import licence_expire_due

    return licence_expire_due()
