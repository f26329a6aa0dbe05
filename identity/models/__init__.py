from .accounts import (
    Organisation,
    OrganisationMember,
    Person,
    ProtectedIdentifierMixin,
    User,
)
from .business import AgentGrant, OrganisationLink
from .certificates import CertificateChallenge
from .consent import Consent, CorrectionRequest
from .links import IdentityLink

__all__ = [
    "AgentGrant",
    "CertificateChallenge",
    "Consent",
    "CorrectionRequest",
    "OrganisationLink",
    "IdentityLink",
    "Organisation",
    "OrganisationMember",
    "Person",
    "ProtectedIdentifierMixin",
    "User",
]
