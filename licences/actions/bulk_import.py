"""Writing a checked bulk import (see ``licences.bulk_import`` for reading and
checking the file): every planned licence is issued through ``licence_issue`` in one
transaction, all or none, with an event naming the importer and the file; rows
whose legacy number was imported meanwhile are skipped."""

import datetime
import logging
from pathlib import PurePath

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from identity.models import User
from licences.actions.issue import licence_issue
from licences.bulk_import import PERMISSION, ImportPlan, ImportResult
from licences.models import Licence, LicenceType

logger = logging.getLogger("licences.bulk_import")


def _issued_at(day: datetime.date) -> datetime.datetime:
    """Local noon of the legacy date: the same calendar day (and year, which the
    number carries) in Asia/Shanghai and in UTC."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def licences_import(
    *, plan: ImportPlan, imported_by: User, filename: str
) -> ImportResult:
    """Create the planned licences in one transaction; all or none."""
    if not imported_by.has_perm(PERMISSION):
        raise PermissionDenied
    if plan.errors:
        raise ValueError("an import plan with errors cannot be written")
    filename = PurePath(filename or "").name[:100]
    created: list[Licence] = []
    skipped = list(plan.skipped)
    with transaction.atomic():
        # One import per licence type at a time: the duplicate check below holds.
        LicenceType.objects.select_for_update().get(pk=plan.licence_type.pk)
        existing = set(
            Licence.objects.filter(
                licence_type=plan.licence_type,
                source_reference__in=[row.source_reference for row in plan.rows],
            ).values_list("source_reference", flat=True)
        )
        for row in plan.rows:
            if row.source_reference in existing:
                skipped.append((row.row, row.source_reference))
                continue
            created.append(
                licence_issue(
                    licence_type=plan.licence_type,
                    holder=row.holder,
                    holder_name=row.holder_name,
                    holder_identifier_masked=row.holder_identifier_masked,
                    data=row.data,
                    source_reference=row.source_reference,
                    issued_at=_issued_at(row.issued_on),
                    valid_until=row.valid_until,
                    holder_organisation=row.holder_organisation,
                    issued_by=imported_by,
                    event_reason=_(
                        "Imported from %(file)s, row %(row)d, legacy number "
                        "%(reference)s."
                    )
                    % {
                        "file": filename,
                        "row": row.row,
                        "reference": row.source_reference,
                    },
                )
            )
    logger.info(
        "licence import by user %s from %s: %d created, %d skipped",
        imported_by.pk,
        filename,
        len(created),
        len(skipped),
    )
    return ImportResult(created=created, skipped=sorted(skipped))
