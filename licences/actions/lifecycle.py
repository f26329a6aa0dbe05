"""Licence lifecycle: revoke, suspend, reinstate, renew, replace, expire.

Every action locks the licence row, checks the transition (and that the actor is
issuing staff: desk staff or a superuser), changes the row, records a
``LicenceEvent`` with the actor and the reason in the same transaction, and after
tells the holder through ``notifications`` (in-site now, e-mail and SMS after
commit). ``licence_replace`` issues a new licence through
``licence_issue`` and points the old one at it; ``licence_renew`` moves the
validity and re-renders the PDF (the old one prints the old date).
``licence_expire_due`` is the scheduled sweep (``licences.tasks``): it expires
licences past their last day once, so running it twice changes nothing.
"""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from identity.models import User
from identity.permissions import is_desk_staff
from licences.actions.issue import licence_issue
from licences.models import Licence, LicenceEvent
from licences.tasks import licence_render_pdf
from notifications import notify
from notifications.models import Notification


def _check_staff(actor: User) -> None:
    if not is_desk_staff(actor):
        raise PermissionDenied


def _check_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("A reason is required."), code="reason")
    return reason


def _locked(licence: Licence) -> Licence:
    return (
        Licence.objects.select_for_update()
        .select_related("licence_type", "holder")
        .get(pk=licence.pk)
    )


def _check_status(licence: Licence, *allowed: str) -> None:
    if licence.status not in allowed:
        raise ValidationError(
            _("Not possible for a licence with status %(status)s.")
            % {"status": licence.get_status_display()},
            code="status",
        )


def _tell_holder(licence: Licence, event: LicenceEvent) -> None:
    """Tell the holder about ``event`` through ``notifications`` (in-site, and by
    e-mail and SMS after commit, as the person's preferences allow), in the
    portal's language whatever the language of the page the staff member used."""
    with translation.override(settings.LANGUAGE_CODE):
        action = event.get_action_display()
        subject = _("E-licence %(number)s: %(action)s") % {
            "number": licence.number,
            "action": action,
        }
        lines = [
            _("Your e-licence %(type)s (number %(number)s) has changed: %(action)s.")
            % {
                "type": licence.licence_type.name,
                "number": licence.number,
                "action": action,
            },
            _("Reason: %(reason)s") % {"reason": event.reason or "—"},
        ]
        if licence.replaced_by_id:
            lines.append(
                _("New licence number: %(number)s")
                % {"number": licence.replaced_by.number}
            )
        if licence.valid_until:
            lines.append(
                _("Valid until: %(date)s") % {"date": licence.valid_until.isoformat()}
            )
        lines.append(_("See My licences on the portal for details."))
    notify(
        user=licence.holder,
        subject=subject,
        body="\n".join(lines),
        url=reverse("licences:wallet_detail", args=[licence.number]),
        kind=Notification.Kind.LICENCE,
    )


def _record(
    licence: Licence, action: str, actor: User | None, reason: str
) -> LicenceEvent:
    event = LicenceEvent.objects.create(
        licence=licence, action=action, actor=actor, reason=reason
    )
    _tell_holder(licence, event)
    return event


@transaction.atomic
def licence_revoke(*, licence: Licence, actor: User, reason: str) -> Licence:
    _check_staff(actor)
    reason = _check_reason(reason)
    licence = _locked(licence)
    _check_status(licence, Licence.Status.VALID, Licence.Status.SUSPENDED)
    licence.status = Licence.Status.REVOKED
    licence.save(update_fields=["status"])
    _record(licence, LicenceEvent.Action.REVOKED, actor, reason)
    return licence


@transaction.atomic
def licence_suspend(*, licence: Licence, actor: User, reason: str) -> Licence:
    _check_staff(actor)
    reason = _check_reason(reason)
    licence = _locked(licence)
    _check_status(licence, Licence.Status.VALID)
    licence.status = Licence.Status.SUSPENDED
    licence.save(update_fields=["status"])
    _record(licence, LicenceEvent.Action.SUSPENDED, actor, reason)
    return licence


@transaction.atomic
def licence_reinstate(*, licence: Licence, actor: User, reason: str) -> Licence:
    _check_staff(actor)
    reason = _check_reason(reason)
    licence = _locked(licence)
    _check_status(licence, Licence.Status.SUSPENDED)
    licence.status = Licence.Status.VALID
    licence.save(update_fields=["status"])
    _record(licence, LicenceEvent.Action.REINSTATED, actor, reason)
    return licence


@transaction.atomic
def licence_renew(
    *, licence: Licence, actor: User, valid_until: datetime.date, reason: str
) -> Licence:
    """Extend a valid or expired licence to ``valid_until`` (a future day) and
    re-render its PDF."""
    _check_staff(actor)
    reason = _check_reason(reason)
    if valid_until <= timezone.localdate():
        raise ValidationError(
            _("The new last day of validity must be in the future."), code="date"
        )
    licence = _locked(licence)
    _check_status(licence, Licence.Status.VALID, Licence.Status.EXPIRED)
    licence.status = Licence.Status.VALID
    licence.valid_until = valid_until
    # The PDF prints the old date: drop it and render again after commit.
    licence.pdf = ""
    licence.pdf_sha256 = ""
    licence.pdf_rendered_at = None
    licence.save(
        update_fields=[
            "status",
            "valid_until",
            "pdf",
            "pdf_sha256",
            "pdf_rendered_at",
        ]
    )
    _record(licence, LicenceEvent.Action.RENEWED, actor, reason)
    licence_id = licence.pk
    transaction.on_commit(lambda: licence_render_pdf.delay(licence_id))
    return licence


@transaction.atomic
def licence_replace(*, licence: Licence, actor: User, reason: str) -> Licence:
    """Issue a new licence with the same holder and data; the old one becomes
    REPLACED and points at it. Returns the new licence."""
    _check_staff(actor)
    reason = _check_reason(reason)
    old = _locked(licence)
    _check_status(old, Licence.Status.VALID, Licence.Status.SUSPENDED)
    new = licence_issue(
        licence_type=old.licence_type,
        holder=old.holder,
        holder_name=old.holder_name,
        holder_identifier_masked=old.holder_identifier_masked,
        data=old.data,
        source_reference=old.source_reference,
    )
    if old.holder_organisation_id:
        new.holder_organisation_id = old.holder_organisation_id
        new.save(update_fields=["holder_organisation"])
    LicenceEvent.objects.create(
        licence=new,
        action=LicenceEvent.Action.ISSUED,
        actor=actor,
        reason=_("Replaces %(number)s: %(reason)s")
        % {"number": old.number, "reason": reason},
    )
    old.status = Licence.Status.REPLACED
    old.replaced_by = new
    old.save(update_fields=["status", "replaced_by"])
    _record(old, LicenceEvent.Action.REPLACED, actor, reason)
    return new


def licence_expire_due(*, today: datetime.date | None = None) -> int:
    """Expire every valid or suspended licence whose last day is before ``today``;
    returns how many. Idempotent: expired licences are not selected again."""
    today = today or timezone.localdate()
    due = Licence.objects.filter(
        status__in=[Licence.Status.VALID, Licence.Status.SUSPENDED],
        valid_until__lt=today,
    ).values_list("pk", flat=True)
    count = 0
    for pk in list(due):
        with transaction.atomic():
            licence = (
                Licence.objects.select_for_update()
                .filter(
                    pk=pk,
                    status__in=[Licence.Status.VALID, Licence.Status.SUSPENDED],
                    valid_until__lt=today,
                )
                .first()
            )
            if licence is None:
                continue
            licence.status = Licence.Status.EXPIRED
            licence.save(update_fields=["status"])
            with translation.override(settings.LANGUAGE_CODE):
                reason = _("The period of validity ended.")
            _record(licence, LicenceEvent.Action.EXPIRED, None, reason)
            count += 1
    return count
