"""Write use-cases for e-licences.

``licence_issue`` creates the licence row (number, verification code) inside the
caller's transaction and queues the PDF rendering after commit, so that a worker
never sees a licence that was rolled back.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from identity.models import User

from . import numbering
from .models import Licence, LicenceType
from .tasks import licence_render_pdf


@transaction.atomic
def licence_issue(
    *,
    licence_type: LicenceType,
    holder: User,
    holder_name: str,
    holder_identifier_masked: str,
    data: dict,
    source_reference: str = "",
) -> Licence:
    now = timezone.now()
    sequence = numbering.next_sequence(licence_type, now.year)
    valid_until = None
    if licence_type.validity_years:
        today = timezone.localdate()
        try:
            valid_until = today.replace(year=today.year + licence_type.validity_years)
        except ValueError:  # 29 February
            valid_until = today.replace(
                year=today.year + licence_type.validity_years, day=28
            ) + datetime.timedelta(days=1)
    licence = Licence.objects.create(
        number=numbering.licence_number(licence_type, now.year, sequence),
        verification_code=numbering.verification_code(),
        licence_type=licence_type,
        holder=holder,
        holder_name=holder_name,
        holder_identifier_masked=holder_identifier_masked,
        issuing_authority=licence_type.issuing_authority,
        data=data,
        issued_at=now,
        valid_until=valid_until,
        source_reference=source_reference,
    )
    transaction.on_commit(lambda: licence_render_pdf.delay(licence.pk))
    return licence
