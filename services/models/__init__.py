from .application import Application, ApplicationEvent
from .catalogue import Department, LifeEvent, Service
from .materials import ApplicationMaterial, Material, MaterialRequirement
from .notices import NoticeItem, OneTimeNotice
from .saved import ContactDetails, SavedService

__all__ = [
    "Application",
    "ApplicationMaterial",
    "ApplicationEvent",
    "ContactDetails",
    "Department",
    "LifeEvent",
    "Material",
    "MaterialRequirement",
    "NoticeItem",
    "OneTimeNotice",
    "SavedService",
    "Service",
]
