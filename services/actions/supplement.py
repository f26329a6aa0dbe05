"""The applicant's supplement to a one-time notice (补正): every item supplied at
once, stored in the applicant's material library, and the case back with the same
handler in the status it had, the committed clock extended by the working days the
notice was open (see ``services.actions.notices``)."""

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from identity.models import User

from ..models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    OneTimeNotice,
)
from ..workdays import add_working_days, working_days_between
from .applications import ApplicationStateError, _locked, _transition
from .notices import _notify
from .withdrawal import may_act_on


def _status_before(application: Application) -> str:
    event = (
        application.events.filter(action=ApplicationEvent.Action.NOTICE_ISSUED)
        .order_by("-created_at", "-pk")
        .first()
    )
    if event and event.from_status in {
        Application.Status.SUBMITTED,
        Application.Status.ACCEPTED,
    }:
        return event.from_status
    return (
        Application.Status.ACCEPTED
        if application.accepted_at
        else Application.Status.SUBMITTED
    )


@transaction.atomic
def application_supplement(
    *,
    application: Application,
    applicant: User,
    files: dict[int, UploadedFile],
) -> Application:
    """The applicant supplies every item of the open notice, once."""
    application = _locked(application)
    if not may_act_on(applicant, application):
        raise PermissionDenied
    notice = (
        OneTimeNotice.objects.select_for_update()
        .filter(application=application, status=OneTimeNotice.Status.ISSUED)
        .first()
    )
    if application.status != Application.Status.NOTICE or notice is None:
        raise ApplicationStateError(
            _("There is no open notice to supplement for this application.")
        )
    items = list(notice.items.select_related("requirement"))
    files = {int(key): value for key, value in files.items() if value}
    missing = [item.name for item in items if item.pk not in files]
    if missing:
        raise ApplicationStateError(
            _("Supply every listed material; still missing: %(names)s.")
            % {"names": "、".join(missing)}
        )
    # Imported here: the materials module arrives alongside this one.
    from services.material_library import material_store

    for item in items:
        # The person supplementing owns the file (for an organisation's
        # application, the member acting for it now, as material_store checks).
        material = material_store(
            owner=applicant,
            organisation=application.on_behalf_of,
            requirement_name=item.name,
            uploaded_file=files[item.pk],
        )
        ApplicationMaterial.objects.create(
            application=application,
            requirement=item.requirement,
            name=item.name,
            source=ApplicationMaterial.Source.UPLOADED,
            material=material,
            summary=_("supplied after notice no. %(sequence)s")
            % {"sequence": notice.sequence},
        )
    now = timezone.now()
    _transition(
        application,
        to_status=_status_before(application),
        action=ApplicationEvent.Action.SUPPLEMENTED,
        actor=applicant,
        expected={Application.Status.NOTICE},
        expected_version=None,
    )
    fields = ["status", "version"]
    if application.due_date and notice.issued_at:
        paused = working_days_between(
            timezone.localdate(notice.issued_at), timezone.localdate(now)
        )
        application.due_date = add_working_days(application.due_date, max(paused, 0))
        fields.append("due_date")
    application.save(update_fields=fields)
    notice.status = OneTimeNotice.Status.SUPPLEMENTED
    notice.supplemented_at = now
    notice.save(update_fields=["status", "supplemented_at"])
    _notify(
        application.handler or notice.issued_by,
        subject=_("Application %(number)s: materials supplemented")
        % {"number": application.number},
        body=_("The applicant supplied the materials of the one-time notice."),
    )
    return application
