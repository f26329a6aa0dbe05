from .accounts import (
    Organisation,
    OrganisationMember,
    Person,
    ProtectedIdentifierMixin,
    User,
)

__all__ = [
    "Organisation",
    "OrganisationMember",
    "Person",
    "ProtectedIdentifierMixin",
    "User",
]
