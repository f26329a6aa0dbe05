"""``python -m services.demo_catalogue`` runs the consistency self-check."""

from . import validate

validate()
