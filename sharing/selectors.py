"""Read queries and role checks for the sharing pages and actions.

Who sees what:

- the catalogue: staff (members of a staff group), the stewards of any provider and
  superusers;
- requests for conditional resources (grants): the stewards of the resource's
  provider and the operators of the requesting system;
- the access audit log and the discrepancy queue: the stewards of the provider whose
  resource it is, and nobody else;
- a discrepancy report: also the user who reported it (in their own list).

Superusers see everything. Views turn a missing role into 403 and an object outside
the user's reach into 404, so that ids of other providers' objects reveal nothing.
"""

import datetime

from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import pgettext_lazy

from .models import (
    AccessRecord,
    Discrepancy,
    Grant,
    Provider,
    RequesterSystem,
    Resource,
    ShareClass,
)

# The names of identity.groups.STAFF_GROUPS. Sharing is the bottom layer and may not
# import identity; tests/sharing/test_actions.py checks that the two stay equal.
STAFF_GROUPS = ("window_staff", "reviewer", "data_steward", "editor", "supervisor")


# Status labels with a context: the models' plain "approved"/"rejected" share their
# translation with the application statuses of services.
GRANT_STATUS_LABELS = {
    Grant.Status.PENDING: pgettext_lazy("grant status", "pending"),
    Grant.Status.APPROVED: pgettext_lazy("grant status", "approved"),
    Grant.Status.REJECTED: pgettext_lazy("grant status", "rejected"),
    Grant.Status.REVOKED: pgettext_lazy("grant status", "revoked"),
}
DISCREPANCY_STATUS_LABELS = {
    Discrepancy.Status.OPEN: pgettext_lazy("discrepancy status", "open"),
    Discrepancy.Status.CORRECTED: pgettext_lazy(
        "discrepancy status", "corrected in the registry"
    ),
    Discrepancy.Status.CONFIRMED: pgettext_lazy(
        "discrepancy status", "registry value confirmed"
    ),
    Discrepancy.Status.REJECTED: pgettext_lazy("discrepancy status", "rejected"),
}


def with_status_labels(objects, labels: dict) -> list:
    """The objects as a list, each with ``status_label`` set from ``labels``."""
    objects = list(objects)
    for obj in objects:
        obj.status_label = labels.get(obj.status, obj.status)
    return objects


def _active(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def is_steward(user, provider: Provider | None = None) -> bool:
    """A data steward of ``provider`` (of any provider when None), or a superuser."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    providers = user.stewarded_providers.all()
    if provider is not None:
        providers = providers.filter(pk=provider.pk)
    return providers.exists()


def is_operator(user, requester: RequesterSystem | None = None) -> bool:
    """An operator of the active system ``requester`` (of any active system when
    None), or a superuser."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    systems = user.operated_systems.filter(is_active=True)
    if requester is not None:
        systems = systems.filter(pk=requester.pk)
    return systems.exists()


def may_browse_catalogue(user) -> bool:
    if not _active(user):
        return False
    return (
        user.is_superuser
        or user.groups.filter(name__in=STAFF_GROUPS).exists()
        or is_steward(user)
    )


def may_see_requests(user) -> bool:
    return is_steward(user) or (_active(user) and user.operated_systems.exists())


# The roles of the sharing pages, by name. A staff page declares the role it serves
# (``views.access.role_required``); the portal's staff gate (identity, which sharing
# may not import) resolves the same names to these predicates, so that the page and
# the gate agree on who may use it.
ROLE_STEWARD = "sharing_steward"
ROLE_OPERATOR = "sharing_operator"
ROLE_CATALOGUE = "sharing_catalogue"
ROLE_REQUESTS = "sharing_requests"
ROLES = {
    ROLE_STEWARD: is_steward,
    ROLE_OPERATOR: is_operator,
    ROLE_CATALOGUE: may_browse_catalogue,
    ROLE_REQUESTS: may_see_requests,
}


def providers_of(user) -> QuerySet[Provider]:
    """The providers whose steward ``user`` is (all of them for a superuser)."""
    if not _active(user):
        return Provider.objects.none()
    if user.is_superuser:
        return Provider.objects.all()
    return user.stewarded_providers.all()


# Catalogue


def catalogue_providers(*, share_class: str = "") -> QuerySet[Provider]:
    resources = Resource.objects.prefetch_related("fields").order_by("code")
    if share_class:
        resources = resources.filter(share_class=share_class)
    return Provider.objects.prefetch_related(
        Prefetch("resources", queryset=resources)
    ).order_by("code")


def resource_get(*, code: str) -> Resource:
    return get_object_or_404(
        Resource.objects.select_related("provider").prefetch_related("fields"),
        code=code,
    )


def requestable_resources() -> QuerySet[Resource]:
    """Resources that need a grant: active and shared on conditions."""
    return (
        Resource.objects.filter(share_class=ShareClass.CONDITIONAL, is_active=True)
        .select_related("provider")
        .prefetch_related("fields")
        .order_by("code")
    )


def systems_operated_by(user) -> QuerySet[RequesterSystem]:
    """The active systems for which ``user`` may file requests."""
    if not _active(user):
        return RequesterSystem.objects.none()
    if user.is_superuser:
        return RequesterSystem.objects.filter(is_active=True)
    return user.operated_systems.filter(is_active=True).order_by("code")


# Grants


def grants_visible_to(user) -> QuerySet[Grant]:
    grants = Grant.objects.select_related(
        "requester",
        "resource__provider",
        "requested_by",
        "decided_by",
        "revoked_by",
    ).order_by("-created_at", "-pk")
    if not _active(user):
        return grants.none()
    if user.is_superuser:
        return grants
    # Subqueries rather than joins, so that a user who is both steward and operator
    # does not see a grant twice.
    return grants.filter(
        Q(resource__provider__in=user.stewarded_providers.all())
        | Q(requester__in=user.operated_systems.all())
    )


def grant_list(*, user, status: str = "") -> QuerySet[Grant]:
    grants = grants_visible_to(user)
    if status:
        grants = grants.filter(status=status)
    return grants


def grant_get(*, user, pk: int) -> Grant:
    """A grant ``user`` may see; any other id is a 404."""
    return get_object_or_404(grants_visible_to(user), pk=pk)


# Audit log


def audit_resources(*, user) -> QuerySet[Resource]:
    return Resource.objects.filter(provider__in=providers_of(user)).order_by("code")


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audit_records(
    *,
    user,
    resource: str = "",
    outcome: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[AccessRecord]:
    """Access records of the providers ``user`` stewards, newest first.

    The provider is the one recorded with the access, so a record stays with the
    agency whose data was read even if the resource moves later. ``date_to`` is
    inclusive (local dates).
    """
    records = AccessRecord.objects.filter(provider__in=providers_of(user))
    if resource:
        records = records.filter(resource_code=resource)
    if outcome:
        records = records.filter(outcome=outcome)
    if date_from:
        records = records.filter(created_at__gte=_start_of(date_from))
    if date_to:
        next_day = date_to + datetime.timedelta(days=1)
        records = records.filter(created_at__lt=_start_of(next_day))
    return records.order_by("-created_at", "-pk")


# Discrepancies


def discrepancy_queue(*, user, status: str = "") -> QuerySet[Discrepancy]:
    discrepancies = Discrepancy.objects.filter(
        resource__provider__in=providers_of(user)
    ).select_related("resource__provider", "reporter_system", "resolved_by")
    if status:
        discrepancies = discrepancies.filter(status=status)
    return discrepancies.order_by("-created_at", "-pk")


def discrepancy_get(*, user, pk: int) -> Discrepancy:
    """A discrepancy on a resource of a provider ``user`` stewards, else 404."""
    return get_object_or_404(discrepancy_queue(user=user), pk=pk)


def discrepancies_reported_by(*, user) -> QuerySet[Discrepancy]:
    return (
        Discrepancy.objects.filter(reported_by=user)
        .select_related("resource", "reporter_system")
        .order_by("-created_at", "-pk")
    )
