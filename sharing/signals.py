"""Cache invalidation only: any change to catalogue metadata bumps the generation
read by ``catalogue_cache``. No workflow hangs on these signals."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from . import catalogue_cache
from .models import Grant, Provider, RequesterSystem, Resource, ResourceField

WATCHED = (Provider, Resource, ResourceField, RequesterSystem, Grant)


def _bump(**kwargs) -> None:
    # Now, for this process; and again after commit, because a query running in
    # another process between the two could re-cache the row as it was.
    catalogue_cache.bump()
    transaction.on_commit(catalogue_cache.bump)


def connect() -> None:
    for model in WATCHED:
        post_save.connect(
            _bump, sender=model, dispatch_uid=f"sharing-cache-{model.__name__}"
        )
        post_delete.connect(
            _bump, sender=model, dispatch_uid=f"sharing-cache-del-{model.__name__}"
        )
    m2m_changed.connect(_bump, dispatch_uid="sharing-cache-m2m")
