"""Privacy actions: consents a person gives and withdraws, and requests to correct
or delete a value held by a registry.

A consent is recorded by the app that asks for it (what data, for what purpose, to
whom) and withdrawn by its owner; the row stays, with ``withdrawn_at`` set.

A correction or deletion request becomes a ``sharing.Discrepancy`` in the provider's
queue (``sharing.actions.discrepancy_report``, reported by this portal as requesting
system ``citizen-portal``); the steward's resolution is what the person reads on
/my/privacy/. A person may report on their own resident ID, or on the company they
act for (``identity.acting``); nothing else.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from identity.actions.business import BusinessError
from identity.models import Consent, CorrectionRequest, Organisation, User
from sharing import actions as sharing_actions
from sharing.models import RequesterSystem, Resource, SubjectType

REPORTER_SYSTEM = "citizen-portal"
DELETION_VALUE = "（申请删除该项数据）"
TEXT_MAX_LENGTH = 300


class PrivacyError(BusinessError):
    """The rules refuse the action."""


@transaction.atomic
def consent_record(  # noqa: PLR0913
    *,
    user: User,
    data: str,
    purpose: str,
    recipient: str,
    recipient_code: str = "",
    on_behalf_of: Organisation | None = None,
) -> Consent:
    """Record that ``user`` agreed to give ``data`` to ``recipient`` for
    ``purpose``."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied
    errors = {}
    values = {"data": data, "purpose": purpose, "recipient": recipient}
    for name, value in values.items():
        value = (value or "").strip()
        values[name] = value
        if not value:
            errors[name] = _("Fill this in.")
        elif len(value) > TEXT_MAX_LENGTH:
            errors[name] = _("Keep this to %(max)d characters.") % {
                "max": TEXT_MAX_LENGTH
            }
    if errors:
        raise PrivacyError(errors)
    return Consent.objects.create(
        user=user,
        person=user.person_or_none,
        on_behalf_of=on_behalf_of,
        recipient_code=(recipient_code or "")[:64],
        **values,
    )


@transaction.atomic
def consent_withdraw(*, consent: Consent, user: User) -> Consent:
    """Withdraw ``consent`` now; only the user who gave it may."""
    locked = Consent.objects.select_for_update().get(pk=consent.pk)
    if locked.user_id != getattr(user, "pk", None):
        raise PermissionDenied
    if locked.withdrawn_at is not None:
        raise PrivacyError(_("This consent is already withdrawn."), code="state")
    locked.withdrawn_at = timezone.now()
    locked.save(update_fields=["withdrawn_at"])
    return locked


def correctable_subject(
    *, user: User, resource: Resource, organisation: Organisation | None
) -> str | None:
    """The subject ``user`` may report on in ``resource``: their own resident ID,
    or the credit code of the organisation they act for."""
    if resource.subject_type == SubjectType.CREDIT_CODE:
        return organisation.reveal_identifier() if organisation else None
    if resource.subject_type == SubjectType.RESIDENT_ID and organisation is None:
        person = user.person_or_none
        return person.reveal_identifier() if person else None
    return None


@transaction.atomic
def correction_request(  # noqa: PLR0913
    *,
    user: User,
    resource: Resource,
    field_name: str,
    kind: str,
    reported_value: str = "",
    note: str = "",
    on_behalf_of: Organisation | None = None,
    on_behalf_label: str = "",
) -> CorrectionRequest:
    """Ask the provider of ``resource`` to correct (to ``reported_value``) or
    delete ``field_name`` of the user's own record, or of the organisation's."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDenied
    if kind not in CorrectionRequest.Kind.values:
        raise PrivacyError({"kind": _("Choose correction or deletion.")})
    subject = correctable_subject(
        user=user, resource=resource, organisation=on_behalf_of
    )
    if subject is None:
        raise PrivacyError(
            {"resource": _("You can only report on your own data here.")}
        )
    if kind == CorrectionRequest.Kind.DELETION:
        reported_value = DELETION_VALUE
    reporter = RequesterSystem.objects.get(code=REPORTER_SYSTEM)
    discrepancy = sharing_actions.discrepancy_report(
        resource=resource,
        subject=subject,
        field_name=field_name,
        reported_value=reported_value,
        note=note,
        reporter_system=reporter,
        reported_by=user,
    )
    return CorrectionRequest.objects.create(
        user=user,
        on_behalf_of=on_behalf_of,
        on_behalf_label=on_behalf_label[:250],
        kind=kind,
        discrepancy=discrepancy,
    )
