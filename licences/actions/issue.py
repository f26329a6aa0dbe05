"""Write use-cases for e-licences.

``licence_issue`` creates the licence row (number, verification code) inside the
caller's transaction and queues the PDF rendering after commit, so that a worker
never sees a licence that was rolled back.

The optional keywords serve the admin bulk import of licences issued by a legacy
system (``bulk_import``): the legacy date of issue (which also picks the year in
the number), an explicit last day of validity, the holding organisation, and the
``ISSUED`` event naming who imported it and from which file.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from identity.models import Organisation, User
from licences import numbering
from licences.models import Licence, LicenceEvent, LicenceType
from licences.tasks import licence_render_pdf


@transaction.atomic
def licence_issue(  # noqa: PLR0913
    *,
    licence_type: LicenceType,
    holder: User,
    holder_name: str,
    holder_identifier_masked: str,
    data: dict,
    source_reference: str = "",
    issued_at: datetime.datetime | None = None,
    valid_until: datetime.date | None = None,
    holder_organisation: Organisation | None = None,
    issued_by: User | None = None,
    event_reason: str = "",
) -> Licence:
    now = issued_at or timezone.now()
    sequence = numbering.next_sequence(licence_type, now.year)
    if valid_until is None and licence_type.validity_years:
        today = timezone.localdate(now)
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
        holder_organisation=holder_organisation,
    )
    if issued_by is not None:
        LicenceEvent.objects.create(
            licence=licence,
            action=LicenceEvent.Action.ISSUED,
            actor=issued_by,
            reason=event_reason[:500],
        )
    transaction.on_commit(lambda: licence_render_pdf.delay(licence.pk))
    return licence
