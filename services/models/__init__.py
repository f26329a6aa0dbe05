from .application import Application, ApplicationEvent
from .catalogue import Department, LifeEvent, Service
from .materials import MaterialRequirement

__all__ = [
    "Application",
    "ApplicationEvent",
    "Department",
    "LifeEvent",
    "MaterialRequirement",
    "Service",
]
