"""Write use-cases of the identity app (one function per state change).

Linking (``identity.actions.linking``): a citizen links a resident ID, verified
against the population registry through sharing, then the cards the registries know
for that person; window staff re-assign a resident ID to an account at the counter.
Certificates (``identity.actions.certificates``): the person signs a one-time
challenge with the private key of a certificate whose subject carries the linked
resident ID; a trusted, unrevoked certificate with a valid signature is bound.
Businesses (``identity.actions.business``): linking a credit code as legal
representative or administrator, deciding others' links, granting and revoking
agents. Privacy (``identity.actions.privacy``): consents and correction requests.
"""

from .certificates import (
    identity_certificate_challenge_issue,
    identity_link_certificate,
)
from .errors import LinkError
from .linking import (
    identity_link_reassign_at_desk,
    identity_link_resident_id,
    identity_link_reveal,
)

__all__ = [
    "LinkError",
    "identity_certificate_challenge_issue",
    "identity_link_certificate",
    "identity_link_reassign_at_desk",
    "identity_link_resident_id",
    "identity_link_reveal",
]
