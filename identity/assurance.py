"""Assurance level of an account, derived from its person's active identity links.

- 0: no person behind the account (nothing declared);
- 1: a resident ID declared but not verified (self-asserted);
- 2: the resident ID verified against the population registry;
- 3: a digital certificate bound to the person - which takes a signature over a
  one-time challenge with its private key, a chain to a trust anchor and a current
  CRL (``identity.actions.certificates``); uploading a certificate alone binds
  nothing - or the identity checked in person by window staff at a service counter.

Services that need a minimum level call ``require_level(user, level)`` before
starting an application (see ``has_level`` for a boolean check in templates).
"""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import IdentityLink, Person

NONE = 0
SELF_ASSERTED = 1
REGISTRY_VERIFIED = 2
STRONG = 3

LEVEL_LABELS = {
    NONE: "none",
    SELF_ASSERTED: "self-asserted",
    REGISTRY_VERIFIED: "verified against the registry",
    STRONG: "certificate or counter-verified",
}

_METHOD_LEVELS = {
    IdentityLink.Method.SELF_ASSERTED: SELF_ASSERTED,
    IdentityLink.Method.REGISTRY: REGISTRY_VERIFIED,
    IdentityLink.Method.CERTIFICATE: STRONG,
    IdentityLink.Method.COUNTER: STRONG,
}


class InsufficientAssurance(PermissionDenied):
    """The account's assurance level is below what the service requires."""

    def __init__(self, required: int, current: int):
        self.required = required
        self.current = current
        super().__init__(
            _(
                "This service requires identity assurance level %(required)d; "
                "your account is at level %(current)d. Link your identity under "
                "My identity first."
            )
            % {"required": required, "current": current}
        )


def assurance_level(user) -> int:
    """0-3, see the module docstring."""
    if user is None or not getattr(user, "is_authenticated", False):
        return NONE
    # Read afresh (not through a cached ``user.person``, which can outlive a
    # re-assignment), in one query: a person without links comes as one row
    # of NULLs.
    now = timezone.now()
    rows = list(
        Person.objects.filter(user=user).values_list(
            "identity_links__kind",
            "identity_links__method",
            "identity_links__valid_until",
            "identity_links__revoked_at",
        )
    )
    if not rows:
        return NONE
    links = [
        (kind, method)
        for kind, method, valid_until, revoked_at in rows
        if kind is not None
        and revoked_at is None
        and (valid_until is None or valid_until > now)
    ]
    resident = [
        method for kind, method in links if kind == IdentityLink.Kind.RESIDENT_ID
    ]
    if not resident:
        # A person record with a declared ID number but no link: self-asserted.
        return SELF_ASSERTED
    level = max(_METHOD_LEVELS.get(method, NONE) for method in resident)
    if any(kind == IdentityLink.Kind.DIGITAL_CERTIFICATE for kind, _m in links):
        level = STRONG
    return level


def has_level(user, level: int) -> bool:
    return assurance_level(user) >= level


def require_level(user, level: int) -> int:
    """Return the user's level, or raise ``InsufficientAssurance`` (a
    ``PermissionDenied``) when it is below ``level``."""
    current = assurance_level(user)
    if current < level:
        raise InsufficientAssurance(level, current)
    return current
