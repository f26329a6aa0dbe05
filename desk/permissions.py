"""The desk's permission check inside its actions (views check by decorator)."""

from django.core.exceptions import PermissionDenied

from identity.models import User
from identity.permissions import is_desk_staff


def require_desk_staff(user: User) -> None:
    if not is_desk_staff(user):
        raise PermissionDenied
