"""Template helpers for My Portal: the person's latest notifications and agency
messages, so that the page needs no view changes."""

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def recent_notifications(user, limit: int = 5) -> list:
    if not user.is_authenticated:
        return []
    return selectors.recent_notifications(user=user, limit=limit)


@register.simple_tag
def recent_messages(user, limit: int = 5) -> list:
    if not user.is_authenticated:
        return []
    return selectors.recent_messages(user=user, limit=limit)
