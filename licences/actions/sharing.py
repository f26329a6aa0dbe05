"""The holder's share links: a time-limited link a third party can open to see
and download one licence without signing in. Only the token's hash is stored."""

import datetime
import secrets

from django.utils import timezone

from identity.models import User
from licences.models import Licence, LicenceShareLink


def share_link_create(
    *, licence: Licence, created_by: User, days: int
) -> tuple[LicenceShareLink, str]:
    """A new link valid for ``days``, and its token (shown once, never stored)."""
    token = secrets.token_urlsafe(32)
    link = LicenceShareLink.objects.create(
        licence=licence,
        token_hash=LicenceShareLink.hash_token(token),
        created_by=created_by,
        expires_at=timezone.now() + datetime.timedelta(days=days),
    )
    return link, token


def share_link_revoke(*, link: LicenceShareLink) -> None:
    """End the link now; revoking twice keeps the first time."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def share_link_used(*, link: LicenceShareLink) -> None:
    """Note when the link was last opened (the holder sees it in the wallet)."""
    LicenceShareLink.objects.filter(pk=link.pk).update(last_used_at=timezone.now())
