from applications.models.application import Application, ApplicationEvent
from applications.models.materials import ApplicationMaterial, Material
from applications.models.notices import NoticeItem, OneTimeNotice
from applications.models.saved import ContactDetails, SavedService

__all__ = [
    "Application",
    "ApplicationEvent",
    "ApplicationMaterial",
    "ContactDetails",
    "Material",
    "NoticeItem",
    "OneTimeNotice",
    "SavedService",
]
