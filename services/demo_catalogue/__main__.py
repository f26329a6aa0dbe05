"""``python -m services.demo_catalogue`` runs the consistency self-check."""

from services.demo_catalogue import validate

validate()
