"""Celery tasks for e-licences: thin, idempotent, taking ids.

``licence_expire_due_task`` is the daily sweep of the beat schedule: it only picks
licences still valid or suspended past their last day, so a second run finds
nothing to do.
"""

import hashlib
import logging

from celery import shared_task
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def licence_render_pdf(self, licence_id: int) -> str:
    """Render, sign (PAdES) and attach the licence PDF. Running it twice leaves one
    PDF; the stored file and ``pdf_sha256`` are those of the signed document."""
    from .models import Licence
    from .pdf import render_licence_pdf
    from .signing import sign_pdf

    with transaction.atomic():
        licence = (
            Licence.objects.select_for_update()
            .select_related("licence_type")
            .get(pk=licence_id)
        )
        if licence.pdf:
            return licence.pdf.name
        content = sign_pdf(render_licence_pdf(licence))
        licence.pdf.save(f"{licence.number}.pdf", ContentFile(content), save=False)
        licence.pdf_sha256 = hashlib.sha256(content).hexdigest()
        licence.pdf_rendered_at = timezone.now()
        licence.save(update_fields=["pdf", "pdf_sha256", "pdf_rendered_at"])
    logger.info("licence %s rendered and signed (%d bytes)", licence.pk, len(content))
    return licence.pdf.name


@shared_task(acks_late=True)
def licence_expire_due_task() -> int:
    """Expire the licences whose validity has ended; returns how many."""
    from licences.actions.lifecycle import licence_expire_due

    return licence_expire_due()
