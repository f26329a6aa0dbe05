from services.models.catalogue import Department, LifeEvent, Service
from services.models.materials import MaterialRequirement

__all__ = [
    "Department",
    "LifeEvent",
    "MaterialRequirement",
    "Service",
]
