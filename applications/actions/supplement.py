"""The applicant's supplement to a one-time notice (补正): every item supplied at
once, stored in the applicant's material library, and the case back with the same
handler in the status it had, the committed clock extended by the working days the
notice was open (see ``applications.actions.notices``).

    files chosen now ──validate & store each──► library ──all items satisfied?──►
        yes: ApplicationMaterial rows, status back, handler told (one transaction)
        no:  SupplementIncomplete(errors by item, materials kept by item)

Each file is validated and stored on its own, before the application is locked: a
bad file fails only its own item, and the files that passed stay in the library.
The form sends them back as ``kept`` (item -> material), so the applicant does not
choose them again; a kept material counts only if it is in the applicant's (or the
organisation's) library under the item's name and was stored after the notice was
issued. By the same rule the form offers such a file as kept when it is shown
again later (``supplement_uploaded``). The supplement itself is written only when
every item is satisfied.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from applications.actions import materials as material_actions
from applications.actions.withdrawal import may_act_on
from applications.lifecycle import (
    ApplicationStateError,
    application_locked,
    application_transition,
    user_notify,
)
from applications.models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    Material,
    NoticeItem,
    OneTimeNotice,
)
from identity.models import User
from workdays.calendar import add_working_days, working_days_between


class SupplementIncomplete(ApplicationStateError):
    """Not every item of the notice is satisfied; nothing was submitted.

    ``errors`` maps a notice item's pk to its messages; ``kept`` maps an item's pk
    to the library material that satisfies it already (stored now or earlier)."""

    def __init__(
        self,
        message: str,
        *,
        errors: dict[int, list[str]],
        kept: dict[int, Material],
    ):
        super().__init__(message)
        self.errors = errors
        self.kept = kept


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


def _open_notice(application: Application, *, lock: bool = False) -> OneTimeNotice:
    notices = OneTimeNotice.objects.filter(
        application=application, status=OneTimeNotice.Status.ISSUED
    )
    if lock:
        notices = notices.select_for_update()
    notice = notices.first()
    if application.status != Application.Status.NOTICE or notice is None:
        raise ApplicationStateError(
            _("There is no open notice to supplement for this application.")
        )
    return notice


def _stored_since(
    application: Application, applicant: User, notice: OneTimeNotice
) -> QuerySet[Material]:
    """The library materials that may satisfy an item of ``notice`` (see the
    module doc), newest first."""
    from applications.material_library import library_of

    return library_of(user=applicant, organisation=application.on_behalf_of).filter(
        created_at__gte=notice.issued_at
    )


def supplement_uploaded(
    *,
    application: Application,
    applicant: User,
    notice: OneTimeNotice,
    items: list[NoticeItem],
) -> dict[int, Material]:
    """For each item of ``notice``, the newest file already stored for it (what
    an earlier, refused attempt kept), by the rule a posted ``kept`` is checked
    with, so that the supplement form offers it instead of asking again."""
    names = {item.name[:200] for item in items}
    newest: dict[str, Material] = {}
    for material in _stored_since(application, applicant, notice).filter(
        name__in=names
    ):
        newest.setdefault(material.name, material)
    return {
        item.pk: newest[item.name[:200]] for item in items if item.name[:200] in newest
    }


def _kept_materials(
    *,
    application: Application,
    applicant: User,
    notice: OneTimeNotice,
    items: list[NoticeItem],
    kept: dict[int, int],
) -> dict[int, Material]:
    """The kept materials that really satisfy their item (see the module doc)."""
    wanted = {int(item): int(material) for item, material in kept.items() if material}
    if not wanted:
        return {}
    library = {
        material.pk: material
        for material in _stored_since(application, applicant, notice).filter(
            pk__in=wanted.values()
        )
    }
    result = {}
    for item in items:
        material = library.get(wanted.get(item.pk))
        if material is not None and material.name == item.name[:200]:
            result[item.pk] = material
    return result


def _store_files(
    *,
    application: Application,
    applicant: User,
    items: list[NoticeItem],
    files: dict[int, UploadedFile],
) -> tuple[dict[int, Material], dict[int, list[str]]]:
    stored: dict[int, Material] = {}
    errors: dict[int, list[str]] = {}
    for item in items:
        upload = files.get(item.pk)
        if upload is None:
            continue
        try:
            with transaction.atomic():
                # The person supplementing owns the file (for an organisation's
                # application, the member acting for it now, as material_store
                # checks).
                stored[item.pk] = material_actions.material_store(
                    owner=applicant,
                    organisation=application.on_behalf_of,
                    requirement=item.requirement,
                    requirement_name=item.name,
                    uploaded_file=upload,
                )
        except ValidationError as error:
            errors[item.pk] = list(error.messages)
    return stored, errors


def _incomplete_message(items: list[NoticeItem], errors: dict[int, list[str]]) -> str:
    failed = [
        _("“%(name)s”: %(error)s") % {"name": item.name, "error": " ".join(messages)}
        for item in items
        if (messages := errors.get(item.pk))
    ]
    return _("The supplement was not submitted. %(problems)s") % {
        "problems": "; ".join(failed)
    }


def application_supplement(
    *,
    application: Application,
    applicant: User,
    files: dict[int, UploadedFile],
    kept: dict[int, int] | None = None,
) -> Application:
    """The applicant supplies every item of the open notice, once.

    ``files`` maps a notice item's pk to the file chosen for it now, ``kept`` to
    a library material stored by an earlier attempt. Raises
    ``SupplementIncomplete`` (keeping the valid files) unless every item is
    satisfied."""
    application = Application.objects.select_related("service", "on_behalf_of").get(
        pk=application.pk
    )
    if not may_act_on(applicant, application):
        raise PermissionDenied
    notice = _open_notice(application)
    items = list(notice.items.select_related("requirement"))
    files = {int(key): value for key, value in files.items() if value}
    satisfied = _kept_materials(
        application=application,
        applicant=applicant,
        notice=notice,
        items=items,
        kept=kept or {},
    )
    stored, errors = _store_files(
        application=application, applicant=applicant, items=items, files=files
    )
    satisfied.update(stored)
    for item in items:
        if item.pk not in satisfied and item.pk not in errors:
            errors[item.pk] = [_("Choose the file for this material.")]
    if errors:
        raise SupplementIncomplete(
            _incomplete_message(items, errors), errors=errors, kept=satisfied
        )
    return _supplement_complete(
        application=application,
        applicant=applicant,
        notice=notice,
        items=items,
        materials=satisfied,
    )


@transaction.atomic
def _supplement_complete(
    *,
    application: Application,
    applicant: User,
    notice: OneTimeNotice,
    items: list[NoticeItem],
    materials: dict[int, Material],
) -> Application:
    application = application_locked(application)
    if not may_act_on(applicant, application):
        raise PermissionDenied
    if _open_notice(application, lock=True).pk != notice.pk:
        raise ApplicationStateError(
            _("There is no open notice to supplement for this application.")
        )
    for item in items:
        ApplicationMaterial.objects.create(
            application=application,
            requirement=item.requirement,
            name=item.name,
            source=ApplicationMaterial.Source.UPLOADED,
            material=materials[item.pk],
            summary=_("supplied after notice no. %(sequence)s")
            % {"sequence": notice.sequence},
        )
    now = timezone.now()
    application_transition(
        application,
        to_status=_status_before(application),
        action=ApplicationEvent.Action.SUPPLEMENTED,
        actor=applicant,
        expected={Application.Status.NOTICE},
        expected_version=None,
    )
    fields = ["status", "version"]
    if application.handler_id is None:
        # A notice issued before this rule existed: back to whoever issued it.
        application.handler_id = notice.issued_by_id
        fields.append("handler")
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
    user_notify(
        application.handler,
        subject=_("Application %(number)s: materials supplemented")
        % {"number": application.number},
        body=_(
            "The applicant supplied the materials of the one-time notice; the case "
            "is back with you."
        ),
        url=reverse("desk:detail", args=[application.number]),
    )
    return application
