from .audit import AccessRecord
from .catalogue import (
    MaskRule,
    Provider,
    Resource,
    ResourceField,
    Sensitivity,
    ShareClass,
    SubjectType,
)
from .grants import Grant, RequesterSystem
from .quality import Discrepancy
from .registries import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)

__all__ = [
    "AccessRecord",
    "Discrepancy",
    "Grant",
    "HealthCardRecord",
    "LegalEntityRecord",
    "MaskRule",
    "PopulationRecord",
    "Provider",
    "RequesterSystem",
    "Resource",
    "ResourceField",
    "Sensitivity",
    "ShareClass",
    "SocialSecurityCardRecord",
    "SubjectType",
]
