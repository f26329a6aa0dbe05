"""Read queries of the desk: the queue, one case, and the cases of a person or
organisation found by lookup."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from applications.models import Application, ApplicationMaterial
from identity.models import Organisation, Person


def desk_applications_of_person(*, person: Person) -> QuerySet[Application]:
    """For the desk lookup: what the person applied for (themselves or for an
    organisation)."""
    if person.user_id is None:
        return Application.objects.none()
    return (
        Application.objects.filter(applicant_id=person.user_id)
        .select_related("service", "on_behalf_of")
        .order_by("-submitted_at")
    )


def desk_applications_of_organisation(
    *, organisation: Organisation
) -> QuerySet[Application]:
    return (
        Application.objects.filter(on_behalf_of=organisation)
        .select_related("service", "applicant")
        .order_by("-submitted_at")
    )


def desk_queue(*, status: str = "") -> QuerySet[Application]:
    applications = Application.objects.select_related(
        "service__department", "applicant", "handler"
    )
    if status in Application.Status.values:
        applications = applications.filter(status=status)
    return applications.order_by("submitted_at")


def desk_application(*, number: str) -> Application:
    """One application as the desk shows it: with its form version (for the
    answers' labels), its events and its materials (with the library file or
    e-licence each one is)."""
    return get_object_or_404(
        Application.objects.select_related(
            "service__department",
            "applicant__person",
            "handler",
            "licence",
            "on_behalf_of",
            "form_version",
        ).prefetch_related(
            "events__actor",
            Prefetch(
                "materials",
                queryset=ApplicationMaterial.objects.select_related(
                    "material", "licence"
                ).order_by("pk"),
            ),
        ),
        number=number,
    )
