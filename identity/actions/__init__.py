"""Write use-cases of the identity app (one function per state change).

Linking (``identity.actions.linking``): a citizen links a resident ID, verified
against the population registry through sharing, then the cards the registries know
for that person; window staff re-assign a resident ID to an account at the counter.
Certificates (``identity.actions.certificates``): an uploaded X.509 certificate whose
subject carries the linked resident ID is bound to the person.
"""

from .certificates import identity_link_certificate
from .errors import LinkError
from .linking import (
    identity_link_reassign_at_desk,
    identity_link_resident_id,
    identity_link_reveal,
)

__all__ = [
    "LinkError",
    "identity_link_certificate",
    "identity_link_reassign_at_desk",
    "identity_link_resident_id",
    "identity_link_reveal",
]
