"""Where a resource's data comes from.

Every resource names a backend: ``local`` reads one of the reference registries
shipped with the project (``backends.local``), ``remote`` asks another exchange over
HTTP (``backends.remote``), and ``unavailable`` always fails (for tests and for
resources whose provider is not connected yet). A backend returns the record as a
dict of field name to value, or None when the subject is unknown, and raises
``ProviderUnavailable`` when it cannot answer.
"""

from ..errors import ProviderUnavailable
from ..models import Resource
from . import local, remote


def fetch(
    resource: Resource, subject: str, fields: list[str], *, purpose: str
) -> dict | None:
    if resource.backend == Resource.Backend.LOCAL:
        return local.fetch(resource, subject)
    if resource.backend == Resource.Backend.REMOTE:
        return remote.fetch(resource, subject, fields, purpose=purpose)
    raise ProviderUnavailable(f"resource {resource.code} has no connected provider")
