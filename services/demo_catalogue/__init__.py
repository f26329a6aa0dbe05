"""Synthetic demo catalogue for the fictional province 示范省.

This is a pure-data module (no Django imports) consumed by the ``seed_demo``
management command. It describes:

* ``REGIONS`` -- the demo administrative divisions: the province 示范省, its
  cities 榕城市 and 鹭岛市, and their districts and counties (see ``regions``);
* ``DEPARTMENTS`` -- provincial, city- and county-level 实施主体 (implementing
  agencies), keyed by a short upper-case code such as ``"SCJG"``;
* ``LICENCE_TYPES`` -- electronic licence / certificate types (电子证照) and the
  department that issues them;
* ``SERVICES`` -- the 政务服务事项 catalogue: standard item names, colloquial
  aliases, conditions, legal basis, time limits, fees, materials, procedure
  steps and FAQs.

Everything is synthetic. Wording follows the conventions of real Chinese
provincial 一网通办 portals (事项名称、受理条件、设定依据、承诺时限、申请材料…),
and the legal references are to real national laws and regulations, but article
numbers and the provincial/municipal rules (《示范省…办法》) are illustrative and
must not be relied upon. Addresses and codes are invented.

Layout of this package (split by responsibility; every public name is
re-exported here, so ``from services import demo_catalogue`` keeps working):

* ``labels`` -- enumerations (value -> Chinese label);
* ``_helpers`` -- record shapes (TypedDicts) and material/text helpers;
* ``regions``, ``departments``, ``licence_types`` -- reference data;
* ``services_*`` -- the service catalogue, one list per department (group);
  :data:`SERVICES` concatenates them in catalogue order.

Call :func:`validate` to check internal consistency (unique codes, valid
enumerations, resolvable cross references, required standard items present).
"""

from __future__ import annotations

import re
from typing import Final

from services.demo_catalogue._helpers import (
    FAQ,
    Department,
    LicenceType,
    Material,
    Region,
    Service,
)
from services.demo_catalogue.departments import DEPARTMENTS
from services.demo_catalogue.labels import (
    AUDIENCES,
    BUSINESS_EVENTS,
    HOLDER_KINDS,
    LIFE_EVENTS,
    MATERIAL_CODES,
    MATERIAL_FORMS,
    ONLINE_LEVELS,
    REGION_LEVELS,
    SERVICE_TYPES,
    SHARED_RESOURCES,
    Audience,
    HolderKind,
    MaterialCode,
    MaterialForm,
    OnlineLevel,
    RegionLevel,
    ServiceType,
    SharedResource,
)
from services.demo_catalogue.licence_types import LICENCE_TYPES
from services.demo_catalogue.regions import PROVINCE_CODE, PROVINCE_NAME, REGIONS
from services.demo_catalogue.services_biz_construction import ZJ_BIZ_SERVICES
from services.demo_catalogue.services_biz_drug import YJ_BIZ_SERVICES
from services.demo_catalogue.services_biz_environment import HB_BIZ_SERVICES
from services.demo_catalogue.services_biz_land import ZR_BIZ_SERVICES
from services.demo_catalogue.services_biz_local import LOCAL_BIZ_SERVICES
from services.demo_catalogue.services_biz_market import SCJG_REGISTRATION_SERVICES
from services.demo_catalogue.services_biz_market_permits import SCJG_PERMIT_SERVICES
from services.demo_catalogue.services_biz_tax import SW_BIZ_SERVICES
from services.demo_catalogue.services_biz_tax_more import SW_BIZ_MORE_SERVICES
from services.demo_catalogue.services_biz_transport import JT_BIZ_SERVICES
from services.demo_catalogue.services_citizen_education import JY_CITIZEN_SERVICES
from services.demo_catalogue.services_citizen_employment import (
    RS_CITIZEN_EMPLOYMENT_SERVICES,
)
from services.demo_catalogue.services_citizen_health import WJ_CITIZEN_SERVICES
from services.demo_catalogue.services_citizen_household import (
    GA_CITIZEN_HOUSEHOLD_SERVICES,
)
from services.demo_catalogue.services_citizen_housing_fund import GJJ_CITIZEN_SERVICES
from services.demo_catalogue.services_citizen_legal_disability import (
    CL_CITIZEN_SERVICES,
    SF_CITIZEN_SERVICES,
)
from services.demo_catalogue.services_citizen_local import LOCAL_CITIZEN_SERVICES
from services.demo_catalogue.services_citizen_medical_insurance import (
    YB_CITIZEN_SERVICES,
)
from services.demo_catalogue.services_citizen_pension import RS_CITIZEN_PENSION_SERVICES
from services.demo_catalogue.services_citizen_traffic import GA_CITIZEN_TRAFFIC_SERVICES
from services.demo_catalogue.services_citizen_welfare import MZ_CITIZEN_SERVICES
from services.demo_catalogue.services_employment import (
    RS_EMPLOYMENT_SERVICES,
    SW_SERVICES,
)
from services.demo_catalogue.services_health import CL_SERVICES, WJ_SERVICES
from services.demo_catalogue.services_housing import ZJ_SERVICES, ZR_SERVICES
from services.demo_catalogue.services_housing_fund import GJJ_SERVICES
from services.demo_catalogue.services_local import LOCAL_SERVICES
from services.demo_catalogue.services_market import SCJG_SERVICES, YJ_SERVICES
from services.demo_catalogue.services_medical_insurance import YB_SERVICES
from services.demo_catalogue.services_other import HB_SERVICES, JT_SERVICES, JY_SERVICES
from services.demo_catalogue.services_public_security import GA_HOUSEHOLD_SERVICES
from services.demo_catalogue.services_public_security_permits import GA_PERMIT_SERVICES
from services.demo_catalogue.services_social import MZ_SERVICES, SF_SERVICES
from services.demo_catalogue.services_social_security import RS_SOCIAL_SECURITY_SERVICES

__all__ = [
    "AUDIENCES",
    "BUSINESS_EVENTS",
    "DEPARTMENTS",
    "FAQ",
    "HOLDER_KINDS",
    "LICENCE_TYPES",
    "LIFE_EVENTS",
    "MATERIAL_CODES",
    "MATERIAL_CODE_PATTERN",
    "MATERIAL_FORMS",
    "ONLINE_LEVELS",
    "PROVINCE_CODE",
    "PROVINCE_NAME",
    "REGIONS",
    "REGION_LEVELS",
    "REQUIRED_SERVICE_NAMES",
    "SERVICES",
    "SERVICE_TYPES",
    "SHARED_RESOURCES",
    "Audience",
    "Department",
    "HolderKind",
    "LicenceType",
    "Material",
    "MaterialCode",
    "MaterialForm",
    "OnlineLevel",
    "Region",
    "RegionLevel",
    "Service",
    "ServiceType",
    "SharedResource",
    "validate",
]


# ---------------------------------------------------------------------------
# Service catalogue (政务服务事项), in catalogue order
# ---------------------------------------------------------------------------

SERVICES: Final[list[Service]] = [
    *SCJG_SERVICES,  # 市场监管
    *GA_HOUSEHOLD_SERVICES,  # 公安
    *GA_PERMIT_SERVICES,
    *RS_SOCIAL_SECURITY_SERVICES,  # 人力资源社会保障
    *RS_EMPLOYMENT_SERVICES,
    *WJ_SERVICES,  # 卫生健康
    *MZ_SERVICES,  # 民政
    *ZJ_SERVICES,  # 住房城乡建设
    *JY_SERVICES,  # 教育
    *ZR_SERVICES,  # 自然资源
    *JT_SERVICES,  # 交通运输
    *HB_SERVICES,  # 生态环境
    *YB_SERVICES,  # 医疗保障
    *GJJ_SERVICES,  # 住房公积金
    *SF_SERVICES,  # 司法行政
    *CL_SERVICES,  # 残联
    *YJ_SERVICES,  # 药品监管
    *SW_SERVICES,  # 税务
    *LOCAL_SERVICES,  # 市县审批
    # Business-side additions (*-0101..0199), same department order.
    *SCJG_REGISTRATION_SERVICES,
    *SCJG_PERMIT_SERVICES,
    *ZJ_BIZ_SERVICES,
    *ZR_BIZ_SERVICES,
    *JT_BIZ_SERVICES,
    *HB_BIZ_SERVICES,
    *YJ_BIZ_SERVICES,
    *SW_BIZ_SERVICES,
    *SW_BIZ_MORE_SERVICES,
    *LOCAL_BIZ_SERVICES,
    # Citizen-side additions (*-0201..0299), same department order.
    *GA_CITIZEN_HOUSEHOLD_SERVICES,
    *GA_CITIZEN_TRAFFIC_SERVICES,
    *RS_CITIZEN_EMPLOYMENT_SERVICES,
    *RS_CITIZEN_PENSION_SERVICES,
    *WJ_CITIZEN_SERVICES,
    *MZ_CITIZEN_SERVICES,
    *JY_CITIZEN_SERVICES,
    *YB_CITIZEN_SERVICES,
    *GJJ_CITIZEN_SERVICES,
    *SF_CITIZEN_SERVICES,
    *CL_CITIZEN_SERVICES,
    *LOCAL_CITIZEN_SERVICES,
]


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

#: Standard item names that the demo catalogue must contain, each exactly once.
REQUIRED_SERVICE_NAMES: Final[tuple[str, ...]] = (
    "企业设立登记",
    "企业变更登记",
    "企业注销登记",
    "个体工商户设立登记",
    "食品经营许可证核发",
    "居民身份证申领",
    "居民身份证换领",
    "居民身份证补领",
    "社会保障卡申领",
    "社会保障卡挂失与补换",
    "出生登记",
    "出生医学证明签发",
    "结婚登记",
    "离婚登记",
    "住房公积金提取",
    "不动产转移登记",
    "机动车驾驶证换证",
    "普通护照签发",
    "往来港澳通行证签发",
    "居住证申领",
    "义务教育阶段入学报名",
    "教师资格认定",
    "最低生活保障申请",
    "无犯罪记录证明开具",
    "异地就医备案",
    "失业保险金申领",
    "职工基本养老保险关系转移接续",
    "印章刻制备案",
    "建筑工程施工许可证核发",
    "公共场所卫生许可证核发",
    "药品经营许可证核发",
    "道路运输经营许可",
    "残疾人证办理",
    "户口迁移（迁入）登记",
    "高龄津贴申领",
    "排污许可证核发",
    "城乡居民基本养老保险参保登记",
    "基本医疗保险参保登记",
    "劳务派遣经营许可",
)


#: What ``MaterialRequirement.material_code`` accepts (its validator and length).
MATERIAL_CODE_PATTERN: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,49}")

_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_UPPER_DIGITS: Final = _UPPER | frozenset("0123456789")


def _is_code(value: object, min_len: int, max_len: int, *, digits: bool) -> bool:
    """Upper-case code of the given length (optionally with digits)."""
    if not isinstance(value, str) or not min_len <= len(value) <= max_len:
        return False
    allowed = _UPPER_DIGITS if digits else _UPPER
    return value[0] in _UPPER and all(ch in allowed for ch in value)


def _check(condition: object, message: object) -> None:
    """``assert`` that also runs under ``python -O``."""
    if not condition:
        raise AssertionError(message)


def validate() -> None:
    """Check that the catalogue is internally consistent.

    Raises ``AssertionError`` describing the first problem found.
    """
    # Regions.
    region_codes = [r["code"] for r in REGIONS]
    _check(len(region_codes) == len(set(region_codes)), "duplicate region code")
    region_names = {r["name"] for r in REGIONS}
    for region in REGIONS:
        _check(region["level"] in REGION_LEVELS, region)
        _check(region["parent"] is None or region["parent"] in region_codes, region)

    # Departments.
    dept_codes = [d["code"] for d in DEPARTMENTS]
    _check(len(DEPARTMENTS) >= 16, "need at least 16 departments")
    _check(len(dept_codes) == len(set(dept_codes)), "duplicate department code")
    dept_names = [d["name"] for d in DEPARTMENTS]
    _check(len(dept_names) == len(set(dept_names)), "duplicate department name")
    for dept in DEPARTMENTS:
        code = dept["code"]
        _check(_is_code(code, 2, 6, digits=False), f"bad department code {code}")
        _check(dept["region_level"] in REGION_LEVELS, code)
        _check(dept["region_name"] in region_names, code)
        _check(dept["name"] and dept["summary"], code)
    _check(
        any(d["region_level"] != "province" for d in DEPARTMENTS),
        "need city/county-level departments",
    )

    # Licence types.
    licence_codes = [lt["code"] for lt in LICENCE_TYPES]
    _check(len(licence_codes) == len(set(licence_codes)), "duplicate licence code")
    for lt in LICENCE_TYPES:
        code = lt["code"]
        _check(_is_code(code, 2, 8, digits=True), f"bad licence code {code}")
        _check(lt["issuing_department"] in dept_codes, code)
        _check(lt["holder_kind"] in HOLDER_KINDS, code)
        years = lt["validity_years"]
        _check(years is None or (isinstance(years, int) and years > 0), code)

    # Services.
    _check(len(SERVICES) >= 200, f"need at least 200 services, have {len(SERVICES)}")
    service_codes = [s["code"] for s in SERVICES]
    _check(len(service_codes) == len(set(service_codes)), "duplicate service code")
    names = [s["name"] for s in SERVICES]
    _check(len(names) == len(set(names)), "duplicate service name")
    missing = [n for n in REQUIRED_SERVICE_NAMES if n not in names]
    _check(not missing, f"missing required services: {missing}")
    for svc in SERVICES:
        _validate_service(svc, dept_codes, licence_codes)


def _validate_service(
    svc: Service, dept_codes: list[str], licence_codes: list[str]
) -> None:
    code = svc["code"]
    dept, _, seq = code.partition("-")
    _check(dept == svc["department"], f"{code}: prefix does not match department")
    _check(dept in dept_codes, f"{code}: unknown department")
    _check(len(seq) == 4 and seq.isdigit(), f"{code}: bad sequence number")
    _check(svc["service_type"] in SERVICE_TYPES, f"{code}: bad service_type")
    _check(svc["audience"] in AUDIENCES, f"{code}: bad audience")
    _check(svc["online_level"] in ONLINE_LEVELS, f"{code}: bad online_level")
    _check(2 <= len(svc["aliases"]) <= 6, f"{code}: need 2-6 aliases")
    _check(svc["keywords"], f"{code}: no keywords")
    for field in (
        "summary",
        "conditions",
        "legal_basis",
        "fee",
        "counter_address",
        "office_hours",
    ):
        _check(svc[field], f"{code}: empty {field}")
    committed, statutory = svc["committed_days"], svc["statutory_days"]
    _check(isinstance(committed, int) and isinstance(statutory, int), code)
    _check(0 <= committed <= statutory, f"{code}: committed_days > statutory_days")
    _check(set(svc["life_events"]) <= LIFE_EVENTS.keys(), f"{code}: life_events")
    _check(
        set(svc["business_events"]) <= BUSINESS_EVENTS.keys(),
        f"{code}: business_events",
    )
    _check(svc["life_events"] or svc["business_events"], f"{code}: no events")
    licence = svc["licence_type"]
    _check(licence is None or licence in licence_codes, f"{code}: licence_type")
    _check(1 <= len(svc["materials"]) <= 6, f"{code}: need 1-6 materials")
    for mat in svc["materials"]:
        where = f"{code}: material {mat['name']!r}"
        _check(mat["name"], f"{code}: material without name")
        _check(mat["form"] in MATERIAL_FORMS, where)
        _check(isinstance(mat["quantity"], int) and mat["quantity"] >= 1, where)
        _check(isinstance(mat["required"], bool), where)
        mat_licence = mat["licence_type"]
        _check(mat_licence is None or mat_licence in licence_codes, where)
        resource = mat["shared_resource"]
        _check(resource is None or resource in SHARED_RESOURCES, where)
        _check(isinstance(mat["note"], str), where)
        if "material_code" in mat:
            material_code = mat["material_code"]
            _check(material_code in MATERIAL_CODES, f"{where}: unknown material code")
            _check(
                MATERIAL_CODE_PATTERN.fullmatch(material_code),
                f"{where}: bad material code {material_code!r}",
            )
    _check(svc["steps"], f"{code}: no steps")
    _check(1 <= len(svc["faq"]) <= 2, f"{code}: need 1-2 FAQ entries")
    for item in svc["faq"]:
        _check(item["q"] and item["a"], f"{code}: empty FAQ entry")
