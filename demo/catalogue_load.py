"""Loads the synthetic demo catalogue for ``seed_demo``: the data files of
``demo/catalogue/`` (regions, departments, licence types, life and business
events, the material catalogue, the standard items and each department's
services, in the columns of a provincial export), imported as a province imports
its own (``services.actions.catalogue``). Idempotent: rows are matched by code
and updated in place."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from services.actions import CatalogueInvalid, catalogue_import
from services.catalogue_files import DEPARTMENTS, LICENCE_TYPES, SERVICES
from services.models import Service

DEMO_CATALOGUE = settings.BASE_DIR / "demo" / "catalogue"


@dataclass
class CatalogueCounts:
    departments: int
    licence_types: int
    services: int
    services_created: int


def load_catalogue() -> CatalogueCounts:
    report = catalogue_import(files=[DEMO_CATALOGUE])
    if not report.ok:
        raise CatalogueInvalid(report)
    return CatalogueCounts(
        departments=report.counts[DEPARTMENTS].listed,
        licence_types=report.counts[LICENCE_TYPES].listed,
        services=Service.objects.count(),
        services_created=report.counts[SERVICES].created,
    )
