"""Who supervises one-time notices, and how they hear of a further notice.

A later notice for the same application (see ``desk.actions.notices``) waits
for a supervisor's approval. A supervisor is active desk staff holding the
``services.approve_additional_notice`` permission, directly or through a group
such as ``supervisor``; superusers administer the platform and are not asked.
Once the further notice is committed, every supervisor but the one who asked
for it is told in-site, with a link to the case.
"""

import logging

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from applications.models import OneTimeNotice
from identity.models import User
from identity.permissions import DESK_GROUPS

logger = logging.getLogger("desk.notices")

APPROVE_PERMISSION = "applications.approve_additional_notice"


def is_notice_supervisor(user: User) -> bool:
    """A supervisor may approve or refuse a further notice."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.has_perm(APPROVE_PERMISSION)
    )


def notice_supervisors(*, exclude: User | None = None) -> QuerySet[User]:
    """Active desk staff who hold the approval permission (directly or through a
    group such as ``supervisor``), except ``exclude``. Superusers are not asked:
    they administer the platform, they do not supervise a desk."""
    app_label, codename = APPROVE_PERMISSION.split(".")
    holds = Q(
        user_permissions__codename=codename,
        user_permissions__content_type__app_label=app_label,
    ) | Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    users = User.objects.filter(
        pk__in=User.objects.filter(holds, is_active=True).values("pk")
    ).filter(pk__in=User.objects.filter(groups__name__in=DESK_GROUPS).values("pk"))
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    return users.order_by("pk")


def tell_supervisors(notice_pk: int) -> None:
    """After commit: every supervisor but the requester learns, in-site, that a
    further notice awaits approval."""
    notice = (
        OneTimeNotice.objects.select_related("application", "issued_by")
        .filter(pk=notice_pk, status=OneTimeNotice.Status.PENDING_APPROVAL)
        .first()
    )
    if notice is None:
        return
    from notifications import notify

    number = notice.application.number
    for supervisor in notice_supervisors(exclude=notice.issued_by):
        notify(
            user=supervisor,
            subject=_("Further notice for %(number)s awaits your approval")
            % {"number": number},
            body=_("Requested by %(user)s: %(justification)s")
            % {"user": notice.issued_by, "justification": notice.justification},
            url=reverse("desk:detail", args=[number]),
            kind="application",
            channels=("site",),
        )
    logger.info("notice %s: supervisors told of the further notice", notice_pk)
