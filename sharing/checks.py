"""System checks of the exchange's settings for `manage.py check --deploy`."""

from django.conf import settings
from django.core import checks


def check_bearer_tokens_off(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Bearer tokens can be replayed until they are rotated: a deployment must
    accept signed requests only."""
    if not getattr(settings, "SHARING_API_ALLOW_BEARER", False):
        return []
    return [
        checks.Warning(
            "SHARING_API_ALLOW_BEARER is on: the sharing API accepts replayable "
            "bearer tokens instead of signed requests.",
            hint="Turn it off outside development; callers sign their requests "
            "(RFC 9421, manage.py sharing_issue_key).",
            id="sharing.W001",
        )
    ]
