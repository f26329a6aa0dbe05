"""The unread count for the page header, counted only when a template uses it
(and then once per request)."""

from functools import cache

from django.http import HttpRequest

from . import selectors


def unread(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)

    @cache
    def count() -> int:
        return selectors.unread_count(user=user) if user is not None else 0

    return {"notifications_unread": count}
