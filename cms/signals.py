"""Receivers that clear the website's fragment caches (``cms.caching``) when what
they show changes: pages published, unpublished, moved or deleted; the site
chrome setting saved; a catalogue service, material requirement, department or
event saved or deleted, or a catalogue import (which writes in bulk, without model
signals) committed.
Connected in ``CmsConfig.ready``; they only invalidate, never write content."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .caching import site_content_changed


def _changed(sender, **kwargs) -> None:
    site_content_changed()


def connect() -> None:
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from services.models import Department, LifeEvent, MaterialRequirement, Service
    from services.signals import catalogue_imported

    from .models import SiteChrome

    page_published.connect(_changed, dispatch_uid="cms-page-published")
    page_unpublished.connect(_changed, dispatch_uid="cms-page-unpublished")
    post_page_move.connect(_changed, dispatch_uid="cms-page-moved")
    # Deleting a page deletes its specific row and its Page row; the latter
    # fires for every page type.
    post_delete.connect(_changed, sender=Page, dispatch_uid="cms-page-deleted")
    post_save.connect(_changed, sender=SiteChrome, dispatch_uid="cms-chrome-saved")
    # Attachment links (title, file) are cached with the policy pages.
    catalogue = (Service, MaterialRequirement, Department, LifeEvent)
    for model in (*catalogue, get_document_model()):
        name = model._meta.model_name
        post_save.connect(_changed, sender=model, dispatch_uid=f"cms-{name}-saved")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"cms-{name}-deleted")
    catalogue_imported.connect(_changed, dispatch_uid="cms-catalogue-imported")
