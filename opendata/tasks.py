"""Celery tasks for open data: thin and idempotent (an unchanged dataset gets no
new release, so running the task twice is harmless). Scheduled daily by
``CELERY_BEAT_SCHEDULE`` in the settings."""

from celery import shared_task


@shared_task(
    acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=3
)
def opendata_generate_all() -> list[str]:
    """Regenerate every open dataset; returns ``slug vN`` of each new release."""
    from .publishing import dataset_generate_all

    return [f"{r.dataset.slug} v{r.version}" for r in dataset_generate_all()]
