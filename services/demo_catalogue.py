"""Synthetic demo catalogue for the fictional province 示范省.

This is a pure-data module (no Django imports) consumed by the ``seed_demo``
management command. It describes:

* ``REGIONS`` -- the demo administrative divisions (示范省 350000, 榕城市 350100,
  鹭岛市 350200, 鼓楼区 350102, 台江区 350103);
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
must not be relied upon. Addresses, telephone numbers and codes are invented.

Call :func:`validate` to check internal consistency (unique codes, valid
enumerations, resolvable cross references, required standard items present).
"""

from __future__ import annotations

from typing import Final, Literal, TypedDict

# ---------------------------------------------------------------------------
# Enumerations (value -> Chinese label)
# ---------------------------------------------------------------------------

RegionLevel = Literal["province", "city", "county"]
HolderKind = Literal["organisation", "person"]
ServiceType = Literal["licence", "confirmation", "payment", "public", "registration"]
Audience = Literal["citizen", "business", "both"]
OnlineLevel = Literal["info", "download", "online", "full_online"]
MaterialForm = Literal["original", "copy", "electronic"]
SharedResource = Literal["population", "legal_entity", "social_security", "health_card"]

REGION_LEVELS: Final[dict[str, str]] = {
    "province": "省级",
    "city": "市级",
    "county": "县（区）级",
}

HOLDER_KINDS: Final[dict[str, str]] = {
    "organisation": "法人和其他组织",
    "person": "自然人",
}

SERVICE_TYPES: Final[dict[str, str]] = {
    "licence": "行政许可",
    "confirmation": "行政确认",
    "payment": "行政给付",
    "public": "公共服务",
    "registration": "其他行政权力（登记备案）",
}

AUDIENCES: Final[dict[str, str]] = {
    "citizen": "个人",
    "business": "法人",
    "both": "个人和法人",
}

ONLINE_LEVELS: Final[dict[str, str]] = {
    "info": "信息公开（零级）",
    "download": "表格下载（一级）",
    "online": "在线预审（三级）",
    "full_online": "全程网办（四级）",
}

MATERIAL_FORMS: Final[dict[str, str]] = {
    "original": "原件",
    "copy": "复印件",
    "electronic": "电子材料",
}

SHARED_RESOURCES: Final[dict[str, str]] = {
    "population": "人口基础信息库",
    "legal_entity": "法人单位基础信息库",
    "social_security": "社会保障信息库",
    "health_card": "电子健康档案（健康证明）",
}

LIFE_EVENTS: Final[dict[str, str]] = {
    "birth": "出生",
    "schooling": "上学",
    "employment": "就业创业",
    "housing": "住房",
    "marriage": "婚姻",
    "retirement": "退休养老",
    "medical": "就医",
    "social_assistance": "社会救助",
    "travel": "出行出境",
    "residence": "户籍居住",
}

BUSINESS_EVENTS: Final[dict[str, str]] = {
    "startup": "企业开办",
    "permits": "经营许可",
    "tax": "税费办理",
    "change": "变更登记",
    "closure": "注销退出",
    "construction": "工程建设",
    "hiring": "用工招聘",
}


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
# Regions
# ---------------------------------------------------------------------------

PROVINCE_NAME: Final = "示范省"
PROVINCE_CODE: Final = "350000"

REGIONS: Final[list[Region]] = [
    {"code": "350000", "name": "示范省", "level": "province", "parent": None},
    {"code": "350100", "name": "榕城市", "level": "city", "parent": "350000"},
    {"code": "350200", "name": "鹭岛市", "level": "city", "parent": "350000"},
    {"code": "350102", "name": "鼓楼区", "level": "county", "parent": "350100"},
    {"code": "350103", "name": "台江区", "level": "county", "parent": "350100"},
]


# ---------------------------------------------------------------------------
# Departments (实施主体)
# ---------------------------------------------------------------------------

DEPARTMENTS: Final[list[Department]] = [
    {
        "code": "SCJG",
        "name": "示范省市场监督管理局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省市场主体统一登记注册、食品安全监督管理和市场综合监管，"
        "推进企业开办“一网通办”。",
    },
    {
        "code": "GA",
        "name": "示范省公安厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省户籍、居民身份证、居住证、出入境证件和机动车驾驶人管理，"
        "指导各地公安机关开展政务服务。",
    },
    {
        "code": "RS",
        "name": "示范省人力资源和社会保障厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省就业创业、社会保险和社会保障卡管理，统筹劳动关系和人力资源市场监管。",
    },
    {
        "code": "WJ",
        "name": "示范省卫生健康委员会",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省医疗卫生服务、妇幼健康、公共场所卫生许可和医师执业管理等工作。",
    },
    {
        "code": "MZ",
        "name": "示范省民政厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省婚姻登记、社会救助、养老服务和老年福利等基本民生保障工作。",
    },
    {
        "code": "ZJ",
        "name": "示范省住房和城乡建设厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省建筑市场、工程建设项目审批和房地产市场监管，推进工程建设项目审批制度改革。",
    },
    {
        "code": "JY",
        "name": "示范省教育厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省各级各类教育的统筹规划和管理，组织实施义务教育招生和教师资格认定工作。",
    },
    {
        "code": "ZR",
        "name": "示范省自然资源厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省自然资源调查监测、国土空间规划和不动产统一登记工作的指导监督。",
    },
    {
        "code": "JT",
        "name": "示范省交通运输厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省公路、水路交通运输行业管理，实施道路运输经营和从业人员资格管理。",
    },
    {
        "code": "HB",
        "name": "示范省生态环境厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省生态环境监督管理，实施建设项目环境影响评价审批和排污许可管理。",
    },
    {
        "code": "YB",
        "name": "示范省医疗保障局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省基本医疗保险、生育保险和医疗救助等医疗保障制度的组织实施和经办服务。",
    },
    {
        "code": "GJJ",
        "name": "示范省住房公积金管理中心",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责住房公积金的归集、提取、贷款和账户管理，为缴存职工提供住房公积金业务服务。",
    },
    {
        "code": "SF",
        "name": "示范省司法厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省公共法律服务体系建设，指导法律援助、公证、人民调解等工作。",
    },
    {
        "code": "CL",
        "name": "示范省残疾人联合会",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "代表残疾人共同利益，负责残疾人证核发管理，协助政府落实残疾人社会保障和康复服务。",
    },
    {
        "code": "YJ",
        "name": "示范省药品监督管理局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省药品、医疗器械和化妆品的注册、生产和批发经营许可及质量监督管理。",
    },
    {
        "code": "SW",
        "name": "国家税务总局示范省税务局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省税收、社会保险费和有关非税收入征管，提供办税缴费服务。",
    },
    {
        "code": "RCSP",
        "name": "榕城市行政审批局",
        "region_level": "city",
        "region_name": "榕城市",
        "summary": "相对集中行使榕城市市本级行政许可权，统一受理、审批城市管理、"
        "市政公用等领域的许可事项。",
    },
    {
        "code": "LDSP",
        "name": "鹭岛市行政审批局",
        "region_level": "city",
        "region_name": "鹭岛市",
        "summary": "相对集中行使鹭岛市市本级行政许可权，负责市容环卫、户外广告等事项的审批。",
    },
    {
        "code": "GLZW",
        "name": "榕城市鼓楼区政务服务中心",
        "region_level": "county",
        "region_name": "鼓楼区",
        "summary": "负责鼓楼区政务服务大厅运行管理，统筹“一窗受理、集成服务”和水电气网等"
        "公用事业联合报装。",
    },
    {
        "code": "TJZW",
        "name": "榕城市台江区政务服务中心",
        "region_level": "county",
        "region_name": "台江区",
        "summary": "负责台江区政务服务大厅运行管理，集中受理民政、残联等民生领域事项。",
    },
]


# ---------------------------------------------------------------------------
# Licence types (电子证照类型)
# ---------------------------------------------------------------------------

LICENCE_TYPES: Final[list[LicenceType]] = [
    {
        "code": "YYZZ",
        "name": "营业执照",
        "issuing_department": "SCJG",
        "holder_kind": "organisation",
        "validity_years": None,
    },
    {
        "code": "SPJY",
        "name": "食品经营许可证",
        "issuing_department": "SCJG",
        "holder_kind": "organisation",
        "validity_years": 5,
    },
    {
        "code": "CSYX",
        "name": "出生医学证明",
        "issuing_department": "WJ",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "JHZ",
        "name": "结婚证",
        "issuing_department": "MZ",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "LHZ",
        "name": "离婚证",
        "issuing_department": "MZ",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "SBK",
        "name": "社会保障卡",
        "issuing_department": "RS",
        "holder_kind": "person",
        "validity_years": 10,
    },
    {
        "code": "JZZ",
        "name": "居住证",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": 1,
    },
    {
        # 证明本身不设有效期；用证单位通常要求开具后三个月内使用。
        "code": "WFZ",
        "name": "无犯罪记录证明",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        # 有效期因年龄分为5年、10年、20年和长期，此处不设统一年限。
        "code": "SFZ",
        "name": "居民身份证",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "JSZ",
        "name": "机动车驾驶证",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": 6,
    },
    {
        # 未满16周岁者有效期为5年。
        "code": "HZ",
        "name": "普通护照",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": 10,
    },
    {
        "code": "GAZ",
        "name": "往来港澳通行证",
        "issuing_department": "GA",
        "holder_kind": "person",
        "validity_years": 10,
    },
    {
        "code": "JSZG",
        "name": "教师资格证",
        "issuing_department": "JY",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "YPJY",
        "name": "药品经营许可证",
        "issuing_department": "YJ",
        "holder_kind": "organisation",
        "validity_years": 5,
    },
    {
        "code": "GGWS",
        "name": "公共场所卫生许可证",
        "issuing_department": "WJ",
        "holder_kind": "organisation",
        "validity_years": 4,
    },
    {
        "code": "YSZY",
        "name": "医师执业证书",
        "issuing_department": "WJ",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "SGXK",
        "name": "建筑工程施工许可证",
        "issuing_department": "ZJ",
        "holder_kind": "organisation",
        "validity_years": None,
    },
    {
        "code": "BDCQ",
        "name": "不动产权证书",
        "issuing_department": "ZR",
        "holder_kind": "person",
        "validity_years": None,
    },
    {
        "code": "BDCZM",
        "name": "不动产登记证明",
        "issuing_department": "ZR",
        "holder_kind": "organisation",
        "validity_years": None,
    },
    {
        "code": "PWXK",
        "name": "排污许可证",
        "issuing_department": "HB",
        "holder_kind": "organisation",
        "validity_years": 5,
    },
    {
        "code": "CJRZ",
        "name": "残疾人证",
        "issuing_department": "CL",
        "holder_kind": "person",
        "validity_years": 10,
    },
    {
        "code": "DLYS",
        "name": "道路运输经营许可证",
        "issuing_department": "JT",
        "holder_kind": "organisation",
        "validity_years": 4,
    },
    {
        "code": "CYZG",
        "name": "道路运输从业人员从业资格证",
        "issuing_department": "JT",
        "holder_kind": "person",
        "validity_years": 6,
    },
    {
        "code": "LWPQ",
        "name": "劳务派遣经营许可证",
        "issuing_department": "RS",
        "holder_kind": "organisation",
        "validity_years": 3,
    },
    {
        "code": "PSXK",
        "name": "城镇污水排入排水管网许可证",
        "issuing_department": "RCSP",
        "holder_kind": "organisation",
        "validity_years": 5,
    },
]


# ---------------------------------------------------------------------------
# Material helpers (each call returns a fresh dict, so callers may mutate)
# ---------------------------------------------------------------------------


def _m(
    name: str,
    form: MaterialForm = "copy",
    *,
    quantity: int = 1,
    required: bool = True,
    licence_type: str | None = None,
    shared_resource: SharedResource | None = None,
    note: str = "",
) -> Material:
    """Build one 申请材料 record."""
    return {
        "name": name,
        "form": form,
        "quantity": quantity,
        "required": required,
        "licence_type": licence_type,
        "shared_resource": shared_resource,
        "note": note,
    }


def _id_card(name: str = "居民身份证", *, required: bool = True, note: str = "") -> Material:
    """居民身份证 -- verified against the population registry."""
    return _m(name, "original", required=required, shared_resource="population", note=note)


def _hukou(name: str = "居民户口簿", *, required: bool = True, note: str = "") -> Material:
    """户口簿 -- verified against the population registry."""
    return _m(name, "original", required=required, shared_resource="population", note=note)


def _business_licence(*, note: str = "通过电子证照库自动调取，无需提交纸质材料") -> Material:
    """营业执照 -- fetched as an e-licence."""
    return _m("营业执照", "electronic", licence_type="YYZZ", note=note)


# Shared text fragments.
_HOURS: Final = "工作日 9:00-12:00，13:30-17:30"
_HOURS_EXTENDED: Final = "工作日 9:00-12:00，13:30-17:30；周六 9:00-12:00（延时服务）"
_HOURS_POLICE: Final = "周一至周五 8:30-12:00，14:30-17:30；周六上午 9:00-12:00（预约办理）"
_PROVINCE_HALL: Final = "（榕城市鼓楼区政务路1号）"
_GULOU_HALL: Final = "榕城市鼓楼区政务服务中心（鼓楼区温泉路9号）"

