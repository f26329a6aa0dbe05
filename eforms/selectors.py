"""Read queries of the e-forms app: the form a service uses now, a user's draft,
and the region table of the address cascade."""

from django.core.cache import cache

from .models import Draft, FormVersion, Region

REGION_CACHE_KEY = "eforms:regions:v1"


def form_for_service(service) -> FormVersion | None:
    """The latest published version of the service's form, or None when it has
    none or its definition was unpublished (the service then takes the basic
    form). Versions stay: applications and drafts keep theirs."""
    return (
        FormVersion.objects.filter(definition__service=service, definition__live=True)
        .select_related("definition")
        .order_by("-number")
        .first()
    )


def draft_of(*, user, service, organisation=None) -> Draft | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Draft.objects.filter(user=user, service=service, organisation=organisation)
        .select_related("version")
        .first()
    )


def regions() -> list[dict]:
    """All regions as ``{"code", "name", "level", "parent"}``, cached (they change
    only by migration)."""
    rows = cache.get(REGION_CACHE_KEY)
    if rows is None:
        rows = [
            {"code": r.code, "name": r.name, "level": r.level, "parent": r.parent_id}
            for r in Region.objects.order_by("code")
        ]
        cache.set(REGION_CACHE_KEY, rows, 3600)
    return rows
