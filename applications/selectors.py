"""Read queries of the applicant's side: the applications a person (or the
organisation they act for) may see in My Portal, and a service as the
application pages read it."""

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from applications import applying_cache
from applications.materials import requirements_in_order
from applications.models import Application
from eforms.models import FormVersion
from identity.models import Organisation, User
from services.models import Service

# What the application pages never show: the guide text and the search index.
_NOT_FOR_APPLYING = (
    "summary",
    "conditions",
    "legal_basis",
    "steps",
    "faq",
    "counter_address",
    "office_hours",
    "search_terms",
    "search_vector",
    "search_vector_text",
)


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


def service_for_applying(*, code: str) -> Service:
    """The active service as the application pages use it: without the guide
    text, with its material requirements in order (``requirements``) and the id
    of its latest published e-form version (``form_version_id``, None without
    one). From this process's copy (``applications.applying_cache``) when current,
    else two queries. 404 when unknown or inactive."""
    return applying_cache.get(code, _service_for_applying)


def _service_for_applying(code: str) -> Service:
    latest = (
        FormVersion.objects.filter(
            definition__service=OuterRef("pk"), definition__live=True
        )
        .order_by("-number")
        .values("pk")[:1]
    )
    service = get_object_or_404(
        Service.objects.active()
        .defer(*_NOT_FOR_APPLYING)
        .annotate(form_version_id=Subquery(latest)),
        code=code,
    )
    service.requirements = requirements_in_order(service)
    return service
