"""Record shapes and small helpers shared by the catalogue modules."""

from __future__ import annotations

from typing import Final, NotRequired, TypedDict

from services.demo_catalogue.labels import (
    Audience,
    HolderKind,
    MaterialCode,
    MaterialForm,
    OnlineLevel,
    RegionLevel,
    ServiceType,
    SharedResource,
)

# ---------------------------------------------------------------------------
# Record shapes
# ---------------------------------------------------------------------------


class Region(TypedDict):
    code: str
    name: str
    level: RegionLevel
    parent: str | None


class Department(TypedDict):
    code: str
    name: str
    region_level: RegionLevel
    region_name: str
    summary: str


class LicenceType(TypedDict):
    code: str
    name: str
    issuing_department: str
    holder_kind: HolderKind
    validity_years: int | None


class Material(TypedDict):
    name: str
    form: MaterialForm
    quantity: int
    required: bool
    licence_type: str | None
    shared_resource: SharedResource | None
    note: str
    # The kind of document (labels.MATERIAL_CODES), shared with other services'
    # requirements; absent when the material is specific to the service.
    material_code: NotRequired[MaterialCode]


class FAQ(TypedDict):
    q: str
    a: str


class Service(TypedDict):
    code: str
    name: str
    department: str
    service_type: ServiceType
    audience: Audience
    aliases: list[str]
    keywords: list[str]
    summary: str
    conditions: str
    legal_basis: str
    committed_days: int
    statutory_days: int
    fee: str
    online_level: OnlineLevel
    counter_address: str
    office_hours: str
    life_events: list[str]
    business_events: list[str]
    licence_type: str | None
    materials: list[Material]
    steps: list[str]
    faq: list[FAQ]


# ---------------------------------------------------------------------------
# Material helpers (each call returns a fresh dict, so callers may mutate)
# ---------------------------------------------------------------------------


def _m(  # noqa: PLR0913
    name: str,
    form: MaterialForm = "copy",
    *,
    quantity: int = 1,
    required: bool = True,
    licence_type: str | None = None,
    shared_resource: SharedResource | None = None,
    note: str = "",
    code: MaterialCode | None = None,
) -> Material:
    """Build one 申请材料 record; ``code`` is its material code (材料编码)."""
    material: Material = {
        "name": name,
        "form": form,
        "quantity": quantity,
        "required": required,
        "licence_type": licence_type,
        "shared_resource": shared_resource,
        "note": note,
    }
    if code is not None:
        material["material_code"] = code
    return material


def _id_card(
    name: str = "居民身份证", *, required: bool = True, note: str = ""
) -> Material:
    """居民身份证 -- verified against the population registry."""
    return _m(
        name, "original", required=required, shared_resource="population", note=note
    )


def _hukou(
    name: str = "居民户口簿", *, required: bool = True, note: str = ""
) -> Material:
    """户口簿 -- verified against the population registry."""
    return _m(
        name, "original", required=required, shared_resource="population", note=note
    )


_BUSINESS_LICENCE_NOTE: Final = "通过电子证照库自动调取，无需提交纸质材料"


def _business_licence(*, note: str = _BUSINESS_LICENCE_NOTE) -> Material:
    """营业执照 -- fetched as an e-licence."""
    return _m("营业执照", "electronic", licence_type="YYZZ", note=note)


# Shared text fragments.
_HOURS: Final = "工作日 9:00-12:00，13:30-17:30"
_HOURS_EXTENDED: Final = "工作日 9:00-12:00，13:30-17:30；周六 9:00-12:00（延时服务）"
_HOURS_POLICE: Final = (
    "周一至周五 8:30-12:00，14:30-17:30；周六上午 9:00-12:00（预约办理）"
)
