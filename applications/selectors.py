"""Read queries of the applicant's side: the applications a person (or the
organisation they act for) may see in My Portal."""

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from applications.models import Application
from identity.models import Organisation, User


def _visible_to(applicant: User, organisation: Organisation | None) -> Q:
    """The user's own applications, plus those of the organisation they act for
    now. Applications made on behalf of an organisation are only visible while
    acting for it (an agent whose grant lapsed no longer sees them)."""
    visible = Q(applicant=applicant, on_behalf_of__isnull=True)
    if organisation is not None:
        visible |= Q(on_behalf_of=organisation)
    return visible


def applications_of(
    *, applicant: User, organisation: Organisation | None = None
) -> QuerySet[Application]:
    return (
        Application.objects.filter(_visible_to(applicant, organisation))
        .select_related("service", "licence", "on_behalf_of")
        .order_by("-submitted_at")
    )


def application_of(
    *, applicant: User, number: str, organisation: Organisation | None = None
) -> Application:
    """One application the user may see (see ``_visible_to``); anything else is a
    404."""
    return get_object_or_404(
        Application.objects.filter(_visible_to(applicant, organisation))
        .select_related("service__department", "licence", "on_behalf_of")
        .prefetch_related("events"),
        number=number,
    )
