from services.models.application import Application, ApplicationEvent
from services.models.catalogue import Department, LifeEvent, Service
from services.models.materials import ApplicationMaterial, Material, MaterialRequirement
from services.models.notices import NoticeItem, OneTimeNotice
from services.models.saved import ContactDetails, SavedService

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
