"""One-time notices (一次性告知) and the applicant's supplement.

    submitted / accepted --notice_issue--> notice --application_supplement-->
        back to the status it had before (same handler)

``notice_issue`` lists ALL missing or defective materials at once, with a reason
each and a deadline (default: 5 working days). A material the platform obtained
itself (an e-licence or a registry record read through data sharing,
``platform_obtained``) is never demanded from the applicant and cannot be listed;
one reused from the applicant's library or uploaded may be listed as defective.
The staff member who issues the notice becomes the application's handler when it
has none yet (a notice before acceptance), so that the supplemented case returns
to them. The first notice of an application reaches the applicant at once. A later
notice may only list materials that no earlier notice listed, must say why it is
needed, and waits (PENDING_APPROVAL) until a supervisor
(``services.approve_additional_notice``) approves it (``notice_approve``: only then
the application moves to NOTICE) or refuses it (``notice_refuse``); the
supervisors other than the requester are told in-site once the notice is
committed, it is listed on their desk page of pending notices, and every later
notice is listed in the desk report (who supervises, and how they are told:
``notice_supervision``).

The committed deadline pauses while a notice is open: when the applicant
supplements an accepted application, ``due_date`` moves on by the working days the
notice was open (issued day excluded, supplement day included, as counted by
``working_days_between``), so the handler keeps the working days they had left. A
notice issued before acceptance does not touch the clock, which only starts at
acceptance.

A notice whose deadline passed without a supplement is marked LAPSED by a beat
task (``notice_lapse_due``); the application stays in NOTICE and staff may reject it.

Notifications go through ``notifications.notify``, which writes the in-site message
in the caller's transaction and queues delivery after commit.
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

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
    NoticeItem,
    OneTimeNotice,
)
from desk.actions.supervision import is_notice_supervisor, tell_supervisors
from identity.models import User
from identity.permissions import is_desk_staff
from workdays.calendar import add_working_days

logger = logging.getLogger("desk.notices")

# Obtained by the platform itself, through data sharing: never asked of the
# applicant. A material reused from their library is theirs and may be defective.
PLATFORM_SOURCES = (
    ApplicationMaterial.Source.LICENCE,
    ApplicationMaterial.Source.REGISTRY,
)
DEFAULT_NOTICE_WORKING_DAYS = 5
OPEN_NOTICE = (OneTimeNotice.Status.PENDING_APPROVAL, OneTimeNotice.Status.ISSUED)


def platform_obtained(application: Application) -> list[ApplicationMaterial]:
    """The materials of ``application`` the platform obtained through data
    sharing (e-licence, registry record)."""
    return list(
        application.materials.filter(source__in=PLATFORM_SOURCES).order_by("pk")
    )


def obtained_conflicts(
    obtained: list[ApplicationMaterial], items: list[dict]
) -> list[str]:
    """Names of ``items`` that ask for a material in ``obtained`` (same
    requirement, or the same name)."""
    requirement_ids = {m.requirement_id for m in obtained if m.requirement_id}
    names = {m.name.strip().casefold() for m in obtained}
    return [
        item["name"]
        for item in items
        if (
            item.get("requirement_id")
            and int(item["requirement_id"]) in requirement_ids
        )
        or item["name"].strip().casefold() in names
    ]


def default_notice_deadline(today: datetime.date | None = None) -> datetime.date:
    return add_working_days(today or timezone.localdate(), DEFAULT_NOTICE_WORKING_DAYS)


def _clean_items(items: list[dict]) -> list[dict]:
    cleaned = []
    for item in items:
        name = (item.get("name") or "").strip()
        reason = (item.get("reason") or "").strip()
        problem = item.get("problem") or NoticeItem.Problem.MISSING
        if not name:
            raise ApplicationStateError(_("Every listed material needs a name."))
        if not reason:
            raise ApplicationStateError(
                _("Give the reason for “%(name)s”.") % {"name": name}
            )
        if problem not in NoticeItem.Problem.values:
            raise ApplicationStateError(_("Unknown kind of problem."))
        cleaned.append(
            {
                "requirement_id": item.get("requirement_id") or None,
                "name": name,
                "problem": problem,
                "reason": reason,
            }
        )
    if not cleaned:
        raise ApplicationStateError(
            _("A one-time notice must list at least one missing or defective material.")
        )
    return cleaned


def _already_listed(application: Application, items: list[dict]) -> list[str]:
    """Names of ``items`` that an earlier (not refused) notice already listed."""
    earlier = NoticeItem.objects.filter(notice__application=application).exclude(
        notice__status=OneTimeNotice.Status.REFUSED
    )
    requirement_ids = {i for i in earlier.values_list("requirement_id", flat=True) if i}
    names = {name.strip().casefold() for name in earlier.values_list("name", flat=True)}
    return [
        item["name"]
        for item in items
        if (item["requirement_id"] and int(item["requirement_id"]) in requirement_ids)
        or item["name"].casefold() in names
    ]


def _put_on_notice(notice: OneTimeNotice, *, actor: User) -> None:
    """Move the (locked) application to NOTICE and tell the applicant."""
    application = notice.application
    application_transition(
        application,
        to_status=Application.Status.NOTICE,
        action=ApplicationEvent.Action.NOTICE_ISSUED,
        actor=actor,
        expected={Application.Status.SUBMITTED, Application.Status.ACCEPTED},
        expected_version=None,
        note="; ".join(item.name for item in notice.items.all()),
    )
    application.save(update_fields=["status", "version"])
    notice.status = OneTimeNotice.Status.ISSUED
    notice.issued_at = timezone.now()
    user_notify(
        application.applicant,
        subject=_("Application %(number)s: materials to complete")
        % {"number": application.number},
        body=_(
            "Please supplement the materials listed in the one-time notice by "
            "%(deadline)s."
        )
        % {"deadline": notice.deadline.isoformat()},
        url=application.get_absolute_url(),
    )


@transaction.atomic
def notice_issue(  # noqa: C901, PLR0913
    *,
    application: Application,
    actor: User,
    items: list[dict],
    deadline: datetime.date | None = None,
    justification: str = "",
    expected_version: int | None = None,
) -> OneTimeNotice:
    """Issue a one-time notice (the first at once; a later one for approval)."""
    if not is_desk_staff(actor):
        raise PermissionDenied
    cleaned = _clean_items(items)
    deadline = deadline or default_notice_deadline()
    if deadline <= timezone.localdate():
        raise ApplicationStateError(_("The deadline must be in the future."))
    application = application_locked(application)
    if expected_version is not None and application.version != expected_version:
        raise ApplicationStateError(
            _("This application was changed by someone else; reload and try again.")
        )
    if application.status not in {
        Application.Status.SUBMITTED,
        Application.Status.ACCEPTED,
    }:
        raise ApplicationStateError(
            _("This application is %(status)s; that action is no longer possible.")
            % {"status": application.get_status_display()}
        )
    obtained = obtained_conflicts(platform_obtained(application), cleaned)
    if obtained:
        raise ApplicationStateError(
            _(
                "%(names)s: obtained through government data sharing; it cannot be "
                "demanded from the applicant."
            )
            % {"names": "、".join(f"“{name}”" for name in obtained)}
        )
    notices = OneTimeNotice.objects.filter(application=application)
    if notices.filter(status__in=OPEN_NOTICE).exists():
        raise ApplicationStateError(
            _("A notice for this application is still open or awaiting approval.")
        )
    sequence = (
        notices.order_by("-sequence").values_list("sequence", flat=True).first() or 0
    ) + 1
    if sequence > 1:
        repeated = _already_listed(application, cleaned)
        if repeated:
            raise ApplicationStateError(
                _(
                    "A further notice may only list materials that no earlier notice "
                    "listed; already listed: %(names)s."
                )
                % {"names": "、".join(repeated)}
            )
        if not justification.strip():
            raise ApplicationStateError(
                _("Explain why a further notice is needed; a supervisor approves it.")
            )
    notice = OneTimeNotice.objects.create(
        application=application,
        sequence=sequence,
        status=OneTimeNotice.Status.PENDING_APPROVAL,
        issued_by=actor,
        deadline=deadline,
        justification=justification.strip(),
    )
    NoticeItem.objects.bulk_create(
        NoticeItem(
            notice=notice,
            requirement_id=item["requirement_id"],
            name=item["name"],
            problem=item["problem"],
            reason=item["reason"],
        )
        for item in cleaned
    )
    if application.handler_id is None:
        # Issued before acceptance: the case comes back to whoever issued it.
        application.handler = actor
        application.save(update_fields=["handler"])
    if sequence == 1:
        _put_on_notice(notice, actor=actor)
        notice.save(update_fields=["status", "issued_at"])
    else:
        notice_pk = notice.pk
        transaction.on_commit(lambda: tell_supervisors(notice_pk), robust=True)
    return notice


def _locked_notice(notice: OneTimeNotice) -> OneTimeNotice:
    # The application row is locked first, as in every other action, so that two
    # actions on one application always take the locks in the same order.
    application = application_locked(notice.application)
    notice = OneTimeNotice.objects.select_for_update().get(pk=notice.pk)
    notice.application = application
    return notice


def _require_supervisor(notice: OneTimeNotice, supervisor: User) -> None:
    if not is_notice_supervisor(supervisor):
        raise PermissionDenied
    if notice.status != OneTimeNotice.Status.PENDING_APPROVAL:
        raise ApplicationStateError(_("This notice was already decided."))


@transaction.atomic
def notice_approve(*, notice: OneTimeNotice, supervisor: User) -> OneTimeNotice:
    """A supervisor approves a further notice: it now reaches the applicant."""
    notice = _locked_notice(notice)
    _require_supervisor(notice, supervisor)
    if notice.issued_by_id == supervisor.pk:
        # Four eyes: whoever asked for a further notice cannot approve it.
        raise ApplicationStateError(
            _("A supervisor cannot approve a notice they issued themselves.")
        )
    if notice.deadline <= timezone.localdate():
        raise ApplicationStateError(
            _("The deadline of this notice has passed; issue a new one instead.")
        )
    _put_on_notice(notice, actor=supervisor)
    notice.approved_by = supervisor
    notice.decided_at = timezone.now()
    notice.save(update_fields=["status", "issued_at", "approved_by", "decided_at"])
    return notice


@transaction.atomic
def notice_refuse(
    *, notice: OneTimeNotice, supervisor: User, reason: str
) -> OneTimeNotice:
    """A supervisor refuses a further notice; the application is unchanged."""
    notice = _locked_notice(notice)
    _require_supervisor(notice, supervisor)
    if not reason.strip():
        raise ApplicationStateError(_("Give the reason for refusing the notice."))
    notice.status = OneTimeNotice.Status.REFUSED
    notice.approved_by = supervisor
    notice.decided_at = timezone.now()
    notice.decision_reason = reason.strip()
    notice.save(
        update_fields=["status", "approved_by", "decided_at", "decision_reason"]
    )
    user_notify(
        notice.issued_by,
        subject=_("Further notice for %(number)s refused")
        % {"number": notice.application.number},
        body=reason.strip(),
    )
    return notice


def notice_lapse_due(*, today: datetime.date | None = None) -> int:
    """Mark issued notices past their deadline LAPSED; returns how many."""
    today = today or timezone.localdate()
    lapsed = 0
    due = OneTimeNotice.objects.filter(
        status=OneTimeNotice.Status.ISSUED,
        deadline__lt=today,
        application__status=Application.Status.NOTICE,
    ).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            notice = (
                OneTimeNotice.objects.select_for_update()
                .select_related("application")
                .get(pk=pk)
            )
            if notice.status != OneTimeNotice.Status.ISSUED:
                continue  # supplemented meanwhile
            notice.status = OneTimeNotice.Status.LAPSED
            notice.save(update_fields=["status"])
            user_notify(
                notice.application.handler or notice.issued_by,
                subject=_("Application %(number)s: notice deadline passed")
                % {"number": notice.application.number},
                body=_(
                    "The applicant did not supplement the materials in time; the "
                    "application may now be rejected."
                ),
            )
            lapsed += 1
    return lapsed
