from .application import Application, ApplicationEvent
from .catalogue import Department, MaterialRequirement, Service

__all__ = [
    "Application",
    "ApplicationEvent",
    "Department",
    "MaterialRequirement",
    "Service",
]
