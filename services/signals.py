"""Signals the catalogue sends for the apps above it. Cache invalidation only:
no workflow hangs on them."""

from django.dispatch import Signal

# Sent once after a catalogue import commits (``services.actions``).
# Its rows are written in bulk, which sends no model signals, so whoever keeps
# copies of catalogue rows (the website's fragment caches, the application
# pages' copy of a service) drops them on this.
catalogue_imported = Signal()
