"""Every write on e-licences: issuing (``issue``), the lifecycle after issue
(``lifecycle``: revoke, suspend, reinstate, renew, replace, expire), the holder's
share links (``sharing``) and a checked bulk import (``bulk_import``)."""

from licences.actions.issue import licence_issue

__all__ = ["licence_issue"]
