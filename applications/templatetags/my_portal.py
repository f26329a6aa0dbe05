"""Template helpers of My Portal's saved services, so that the guide page and the
My Portal page need no view changes."""

from django import template

from applications.models import SavedService

register = template.Library()


@register.simple_tag
def saved_services(user, limit: int = 20) -> list[SavedService]:
    if not user.is_authenticated:
        return []
    return list(
        SavedService.objects.filter(user=user, service__is_active=True)
        .select_related("service")
        .order_by("-created_at", "-pk")[:limit]
    )


@register.simple_tag
def saved_entry(user, service) -> SavedService | None:
    """The person's saved entry for ``service``, or None."""
    if not user.is_authenticated:
        return None
    return SavedService.objects.filter(user=user, service=service).first()
