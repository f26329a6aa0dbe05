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
must not be relied upon. Addresses and codes are invented.

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
        "summary": "负责全省就业创业、社会保险和社会保障卡管理，"
        "统筹劳动关系和人力资源市场监管。",
    },
    {
        "code": "WJ",
        "name": "示范省卫生健康委员会",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省医疗卫生服务、妇幼健康、公共场所卫生许可和医师执业管理等工"
        "作。",
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
        "summary": "负责全省建筑市场、工程建设项目审批和房地产市场监管，"
        "推进工程建设项目审批制度改革。",
    },
    {
        "code": "JY",
        "name": "示范省教育厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省各级各类教育的统筹规划和管理，组织实施义务教育招生和教师资"
        "格认定工作。",
    },
    {
        "code": "ZR",
        "name": "示范省自然资源厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省自然资源调查监测、国土空间规划和不动产统一登记工作的指导监"
        "督。",
    },
    {
        "code": "JT",
        "name": "示范省交通运输厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省公路、水路交通运输行业管理，实施道路运输经营和从业人员资格"
        "管理。",
    },
    {
        "code": "HB",
        "name": "示范省生态环境厅",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省生态环境监督管理，实施建设项目环境影响评价审批和排污许可管"
        "理。",
    },
    {
        "code": "YB",
        "name": "示范省医疗保障局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省基本医疗保险、生育保险和医疗救助等医疗保障制度的组织实施和"
        "经办服务。",
    },
    {
        "code": "GJJ",
        "name": "示范省住房公积金管理中心",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责住房公积金的归集、提取、贷款和账户管理，"
        "为缴存职工提供住房公积金业务服务。",
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
        "summary": "代表残疾人共同利益，负责残疾人证核发管理，"
        "协助政府落实残疾人社会保障和康复服务。",
    },
    {
        "code": "YJ",
        "name": "示范省药品监督管理局",
        "region_level": "province",
        "region_name": "示范省",
        "summary": "负责全省药品、医疗器械和化妆品的注册、生产和批发经营许可及质量监督"
        "管理。",
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
        "summary": "相对集中行使鹭岛市市本级行政许可权，负责市容环卫、"
        "户外广告等事项的审批。",
    },
    {
        "code": "GLZW",
        "name": "榕城市鼓楼区政务服务中心",
        "region_level": "county",
        "region_name": "鼓楼区",
        "summary": "负责鼓楼区政务服务大厅运行管理，统筹“一窗受理、"
        "集成服务”和水电气网等公用事业联合报装。",
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


# ---------------------------------------------------------------------------
# Service catalogue (政务服务事项)
# ---------------------------------------------------------------------------

SERVICES: Final[list[Service]] = [
    # ----------------------------------------------------------------- 市场监管
    {
        "code": "SCJG-0001",
        "name": "企业设立登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["开公司", "注册公司", "办营业执照", "成立公司", "办执照"],
        "keywords": ["公司", "营业执照", "设立", "注册", "市场主体", "企业开办"],
        "summary": "办理有限责任公司、股份有限公司、非公司企业法人及合伙企业等各类企业"
        "的设立登记，核发《营业执照》。",
        "conditions": (
            "申请人应当有符合规定的企业名称、住所（经营场所）、出资额和组织机构。"
            "公司章程由全体股东（发起人）签署。经营范围涉及法律、"
            "行政法规规定须经批准项目的，应当依法取得批准文件。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第二十九条、第三十条；"
            "《中华人民共和国市场主体登记管理条例》第三条、第十九条；"
            "《中华人民共和国市场主体登记管理条例实施细则》"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["employment"],
        "business_events": ["startup"],
        "licence_type": "YYZZ",
        "materials": [
            _m(
                "公司登记（备案）申请书",
                "electronic",
                note="通过企业开办“一网通办”平台在线填报",
            ),
            _m(
                "公司章程",
                "electronic",
                note="可选用平台提供的章程参考模板，全体股东电子签名",
            ),
            _id_card(
                "股东、法定代表人身份证明",
                note="自然人股东通过人口库核验，需实名认证",
            ),
            _m(
                "企业股东主体资格证明",
                "electronic",
                required=False,
                shared_resource="legal_entity",
                note="股东为本省企业的，通过法人库自动核验",
            ),
            _m("董事、监事、高级管理人员任职文件", "electronic"),
            _m(
                "住所（经营场所）使用证明",
                note="自有房产可通过不动产登记信息共享免提交；实行住所申报承诺制",
            ),
        ],
        "steps": ["名称自主申报", "网上申请", "受理", "审核", "核准发照", "证照送达"],
        "faq": [
            {
                "q": "注册资本需要在成立时一次性实缴吗？",
                "a": "不需要。根据2024年7月1日起施行的《公司法》，"
                "有限责任公司全体股东认缴的出资额应当按照章程规定自公司成立之日起五年内"
                "缴足。",
            },
            {
                "q": "可以只领电子营业执照吗？",
                "a": "可以。电子营业执照与纸质营业执照具有同等法律效力，"
                "可通过“电子营业执照”小程序下载使用，纸质执照可选择邮寄送达。",
            },
        ],
    },
    {
        "code": "SCJG-0002",
        "name": "企业变更登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "公司变更",
            "换法人",
            "公司改名",
            "变更经营范围",
            "公司迁址",
            "股权变更",
        ],
        "keywords": ["变更", "法定代表人", "注册资本", "经营范围", "住所", "股东"],
        "summary": "企业名称、住所、法定代表人、注册资本、经营范围、"
        "股东等登记事项发生变化的，办理变更登记并换发《营业执照》。",
        "conditions": (
            "企业登记事项发生变更的，应当自作出变更决议、决定或者法定变更事项发生之日起"
            "30日内申请变更登记。变更事项涉及前置审批的，应当先取得有关批准文件。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第三十四条；《中华人民共和国市场主体登记管理条例》"
            "第二十四条至第二十九条"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": [],
        "business_events": ["change"],
        "licence_type": "YYZZ",
        "materials": [
            _m("公司变更登记（备案）申请书", "electronic", note="法定代表人电子签名"),
            _business_licence(note="通过电子证照库调取；领取新执照时交回纸质原件"),
            _m("股东会决议或股东决定", "electronic", note="依照公司章程作出"),
            _m("章程修正案或修改后的公司章程", "electronic", required=False),
            _id_card(
                "新任法定代表人身份证明",
                required=False,
                note="变更法定代表人时提供",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "核准", "换发执照"],
        "faq": [
            {
                "q": "只变更经营范围，需要到窗口吗？",
                "a": "不需要。经营范围变更可全程网上办理，审核通过后电子营业执照同步更"
                "新。",
            },
        ],
    },
    {
        "code": "SCJG-0003",
        "name": "企业注销登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["注销公司", "公司关门", "简易注销", "关闭公司", "公司不开了"],
        "keywords": ["注销", "清算", "简易注销", "清税", "营业执照"],
        "summary": "企业因解散、被宣告破产或者其他法定事由需要终止的，办理注销登记，"
        "符合条件的可适用简易注销程序。",
        "conditions": (
            "企业应当依法成立清算组进行清算，并在清算结束后申请注销登记。"
            "未发生债权债务或者已将债权债务清偿完结的，经全体投资人书面承诺，"
            "可以按照简易程序办理注销登记。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第二百三十九条至第二百四十一条；"
            "《中华人民共和国市场主体登记管理条例》第三十一条至第三十四条"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["closure"],
        "licence_type": None,
        "materials": [
            _m("注销登记申请书", "electronic"),
            _m(
                "清算报告或全体投资人承诺书",
                "electronic",
                note="简易注销提交全体投资人承诺书",
            ),
            _business_licence(
                note="通过电子证照库调取；纸质营业执照正、副本原件需交回"
            ),
            _m(
                "清税证明",
                "electronic",
                required=False,
                note="已与税务部门信息共享，无需提交",
            ),
        ],
        "steps": ["清算公示", "网上申请", "受理", "审核", "核准注销", "结果送达"],
        "faq": [
            {
                "q": "简易注销的公示期是多久？",
                "a": "企业应当通过国家企业信用信息公示系统公示，公示期为20日。"
                "公示期内无异议的，可于公示期满之日起20日内申请注销登记。",
            },
        ],
    },
    {
        "code": "SCJG-0004",
        "name": "个体工商户设立登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "开个体店",
            "办个体执照",
            "个体户注册",
            "开小店办执照",
            "摆摊办执照",
        ],
        "keywords": ["个体工商户", "个体户", "营业执照", "经营者"],
        "summary": "有经营能力的公民从事工商业经营的，办理个体工商户设立登记，"
        "核发《营业执照》。",
        "conditions": (
            "申请人应当为具有经营能力的自然人，有固定的经营场所。经营项目涉及许可的，"
            "应当依法取得相关许可后方可开展经营。"
        ),
        "legal_basis": (
            "《促进个体工商户发展条例》第六条；《中华人民共和国市场主体登记管理条例》"
            "第八条、第十九条"
        ),
        "committed_days": 0,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "经营场所所在地市场监督管理所；榕城市鼓楼区政务服务中心（鼓"
        "楼区温泉路9号）",
        "office_hours": _HOURS,
        "life_events": ["employment"],
        "business_events": ["startup"],
        "licence_type": "YYZZ",
        "materials": [
            _m("个体工商户登记（备案）申请书", "electronic"),
            _id_card("经营者居民身份证"),
            _m(
                "经营场所使用证明",
                note="实行住所（经营场所）申报承诺制的，可提交承诺书",
            ),
        ],
        "steps": ["网上申请", "受理", "核准", "发照"],
        "faq": [
            {
                "q": "个体工商户可以不起字号名称吗？",
                "a": "可以。个体工商户可以使用名称，也可以不使用名称，"
                "不使用名称的以经营者姓名登记。",
            },
        ],
    },
    {
        "code": "SCJG-0005",
        "name": "食品经营许可证核发",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办食品经营许可证",
            "开餐馆办证",
            "餐饮许可证",
            "超市卖食品办证",
            "开奶茶店",
        ],
        "keywords": ["食品经营", "餐饮", "许可证", "食品安全", "预包装食品"],
        "summary": "从事食品销售和餐饮服务活动的，依法取得《食品经营许可证》。"
        "仅销售预包装食品的，实行备案管理。",
        "conditions": (
            "申请人应当具有与经营的食品品种、数量相适应的经营场所和设备设施，"
            "配备食品安全管理人员，并有保证食品安全的规章制度。经营场所应当与有毒、"
            "有害场所以及其他污染源保持规定的距离。"
        ),
        "legal_basis": (
            "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》"
            "（国家市场监督管理总局令第78号）"
        ),
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区5号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "SPJY",
        "materials": [
            _m("食品经营许可申请书", "electronic"),
            _business_licence(),
            _m("经营设施设备清单及经营场所平面布局图", "electronic"),
            _m("食品安全自查、进货查验记录等食品安全管理制度", "electronic"),
            _m(
                "从业人员健康证明",
                "electronic",
                shared_resource="health_card",
                note="通过健康证明信息共享核验，无需上传",
            ),
        ],
        "steps": ["申请", "受理", "材料审查", "现场核查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "只卖包装好的饮料零食，也要办食品经营许可证吗？",
                "a": "仅销售预包装食品的，不需要取得许可，但应当在开展经营活动后10个工"
                "作日内向所在地市场监管部门备案。",
            },
        ],
    },
    # ----------------------------------------------------------------- 公安
    {
        "code": "GA-0001",
        "name": "居民身份证申领",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["办身份证", "第一次办身份证", "小孩办身份证", "初领身份证"],
        "keywords": ["身份证", "初次申领", "户籍", "未成年人"],
        "summary": "居住在中华人民共和国境内的中国公民首次申请领取《居民身份证》。",
        "conditions": (
            "年满十六周岁的中国公民应当申请领取居民身份证；未满十六周岁的，"
            "可以由监护人代为申请领取。申请人应当在常住户口所在地或者按规定在异地受理点"
            "申请。"
        ),
        "legal_basis": "《中华人民共和国居民身份证法》第二条、第八条、第十条",
        "committed_days": 15,
        "statutory_days": 60,
        "fee": "按国家标准收取工本费20元",
        "online_level": "online",
        "counter_address": "户籍所在地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安"
        "综合窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence", "schooling"],
        "business_events": [],
        "licence_type": "SFZ",
        "materials": [
            _hukou(),
            _id_card(
                "监护人居民身份证",
                required=False,
                note="未满十六周岁由监护人陪同办理",
            ),
            _m(
                "居民身份证相片",
                "electronic",
                note="可在受理点现场采集，或使用符合标准的回执",
            ),
        ],
        "steps": [
            "预约申请",
            "人像及指纹采集",
            "受理",
            "审核签发",
            "制证",
            "领取或邮寄",
        ],
        "faq": [
            {
                "q": "小孩几岁可以办身份证？",
                "a": "未满十六周岁的公民可以自愿申请领取居民身份证，由监护人陪同办理，"
                "有效期为五年。",
            },
        ],
    },
    {
        "code": "GA-0002",
        "name": "居民身份证换领",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["换身份证", "身份证到期", "身份证过期了", "身份证信息变更"],
        "keywords": ["身份证", "换领", "到期", "跨省通办"],
        "summary": "居民身份证有效期满、登记项目变更或者证件严重损坏不能辨认的，"
        "申请换领新证。",
        "conditions": (
            "居民身份证有效期满前三个月内可以申请换领。登记内容变更、"
            "证件损坏或者发现登记错误的，可随时申请换领。换领可在全国范围内“跨省通办”。"
        ),
        "legal_basis": "《中华人民共和国居民身份证法》第十一条、第二十条",
        "committed_days": 15,
        "statutory_days": 60,
        "fee": "按国家标准收取工本费20元；损坏换领收取40元",
        "online_level": "online",
        "counter_address": "户籍所在地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安"
        "综合窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence"],
        "business_events": [],
        "licence_type": "SFZ",
        "materials": [
            _id_card("原居民身份证", note="领取新证时交回原证"),
            _hukou(required=False, note="登记项目变更时提供"),
            _m("居民身份证相片", "electronic", note="可在受理点现场采集"),
        ],
        "steps": [
            "预约申请",
            "人像及指纹采集",
            "受理",
            "审核签发",
            "制证",
            "领取或邮寄",
        ],
        "faq": [
            {
                "q": "身份证过期了还能用吗？",
                "a": "过期的居民身份证不能作为有效身份证件使用，请尽快换领。"
                "等待新证期间可申请办理临时居民身份证。",
            },
        ],
    },
    {
        "code": "GA-0003",
        "name": "居民身份证补领",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["补办身份证", "身份证丢了", "身份证被偷了", "挂失身份证"],
        "keywords": ["身份证", "补领", "丢失", "临时身份证"],
        "summary": "居民身份证丢失的，申请补领新证，原证同时作废。",
        "conditions": (
            "居民身份证丢失的，本人应当及时申请补领。可在户籍所在地或异地受理点申请补领"
            "，补领后原证件信息列入失效证件数据库。"
        ),
        "legal_basis": "《中华人民共和国居民身份证法》第十一条、第二十条",
        "committed_days": 15,
        "statutory_days": 60,
        "fee": "按国家标准收取工本费40元",
        "online_level": "online",
        "counter_address": "户籍所在地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安"
        "综合窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence"],
        "business_events": [],
        "licence_type": "SFZ",
        "materials": [
            _hukou(note="通过人口库核验身份，本人到场"),
            _m("居民身份证相片", "electronic", note="可在受理点现场采集"),
        ],
        "steps": ["申请", "人像及指纹采集", "受理", "审核签发", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "身份证丢了急着坐飞机怎么办？",
                "a": "可在补领的同时申请临时居民身份证（工本费10元，有效期三个月），"
                "也可在机场公安值班室办理临时乘机证明。",
            },
        ],
    },
    {
        "code": "GA-0004",
        "name": "出生登记",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["给宝宝上户口", "新生儿落户", "报户口", "小孩上户口"],
        "keywords": ["出生", "户口", "新生儿", "落户", "出生一件事"],
        "summary": "婴儿出生后，由监护人向户籍管理机关申报出生登记，申报常住户口。",
        "conditions": (
            "婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关"
            "申报。新生儿可随父或者随母落户。"
        ),
        "legal_basis": "《中华人民共和国户口登记条例》第七条；"
        "《示范省常住户口登记管理规定》",
        "committed_days": 0,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "拟落户地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安综"
        "合窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["birth", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m(
                "出生医学证明",
                "electronic",
                licence_type="CSYX",
                note="通过电子证照库调取，无需提交纸质原件",
            ),
            _id_card("父母双方居民身份证"),
            _hukou("拟落户的居民户口簿"),
            _m(
                "结婚证",
                "electronic",
                required=False,
                licence_type="JHZ",
                note="非婚生育的无需提供",
            ),
        ],
        "steps": ["网上申报", "受理", "审核", "登记", "户口簿邮寄"],
        "faq": [
            {
                "q": "可以在医院直接办理吗？",
                "a": "可以。通过“出生一件事”联办，可在助产机构或线上一次性申请出生医学"
                "证明、出生登记、医保参保和社会保障卡。",
            },
        ],
    },
    {
        "code": "GA-0005",
        "name": "户口迁移（迁入）登记",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["迁户口", "落户榕城", "户口迁入", "人才落户", "投靠落户"],
        "keywords": ["户口", "迁移", "落户", "跨省通办", "准迁"],
        "summary": "符合本省落户条件的人员，申请将户口迁入本省城镇或农村常住户口所在地"
        "。",
        "conditions": (
            "在本省城镇有合法稳定住所（含租赁）的人员，本人及其共同居住生活的配偶、"
            "子女、父母可以申请落户。高校毕业生、技术工人等人才可按规定申请人才落户。"
            "跨省迁移实行“一站式”办理，无需回迁出地开具准迁证明。"
        ),
        "legal_basis": "《中华人民共和国户口登记条例》第十条；"
        "《示范省户籍管理若干规定》",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "拟迁入地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安综"
        "合窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence", "housing", "employment"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("户口迁移申请表", "electronic"),
            _id_card(),
            _hukou(),
            _m(
                "不动产权证书",
                "electronic",
                required=False,
                licence_type="BDCQ",
                note="以合法稳定住所落户的提供，租赁住房提供备案的租赁合同",
            ),
            _m("学历证书或劳动合同", required=False, note="人才落户的提供"),
        ],
        "steps": ["申请", "受理", "审核", "审批", "迁入落户", "迁出地注销"],
        "faq": [
            {
                "q": "跨省迁户口还要回老家开证明吗？",
                "a": "不需要。已实现户口迁移“跨省通办”，符合条件的直接向迁入地派出所申"
                "请，由迁入地和迁出地公安机关网上流转办理。",
            },
        ],
    },
    {
        "code": "GA-0006",
        "name": "机动车驾驶证换证",
        "department": "GA",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": ["换驾照", "驾照到期换证", "驾驶证过期", "驾照期满换证"],
        "keywords": ["驾驶证", "驾照", "期满换证", "交管12123", "体检"],
        "summary": "机动车驾驶证有效期满、记载信息发生变化或证件损毁的，"
        "申请换发机动车驾驶证。",
        "conditions": (
            "机动车驾驶人应当于驾驶证有效期满前九十日内申请换证，并提交身体条件证明。"
            "换证可在全国范围内任一车辆管理所或通过“交管12123”办理。"
        ),
        "legal_basis": (
            "《中华人民共和国道路交通安全法》第十九条；《机动车驾驶证申领和使用规定》"
            "（公安部令第162号）"
        ),
        "committed_days": 0,
        "statutory_days": 1,
        "fee": "按国家标准收取工本费10元",
        "online_level": "full_online",
        "counter_address": "榕城市公安局交通警察支队车辆管理所（榕城市台江区交通路88号"
        "）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["travel"],
        "business_events": [],
        "licence_type": "JSZ",
        "materials": [
            _m(
                "机动车驾驶证",
                "electronic",
                licence_type="JSZ",
                note="通过电子驾驶证核验",
            ),
            _id_card(),
            _m(
                "机动车驾驶人身体条件证明",
                "electronic",
                shared_resource="health_card",
                note="在联网医疗机构体检后自动上传",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "制证", "邮寄送达"],
        "faq": [
            {
                "q": "驾驶证过期一年还能换吗？",
                "a": "超过有效期不满一年的可以直接申请换证；超过有效期一年以上的驾驶证"
                "将被注销，注销两年内可以申请参加科目一考试恢复驾驶资格。",
            },
        ],
    },
    {
        "code": "GA-0007",
        "name": "普通护照签发",
        "department": "GA",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": ["办护照", "出国办护照", "护照过期换发", "护照补办", "出国旅游证件"],
        "keywords": ["护照", "出入境", "出国", "换发", "补发"],
        "summary": "中国公民因前往外国定居、探亲、学习、就业、旅行、"
        "从事商务活动等非公务原因出国的，申请签发、换发、补发普通护照。",
        "conditions": (
            "申请人应为中国公民，可在全国任一出入境管理机构申请，实行“全国通办”。"
            "未满十六周岁或者无民事行为能力的，由监护人陪同办理。"
        ),
        "legal_basis": (
            "《中华人民共和国护照法》第四条、第五条、第六条；"
            "《中华人民共和国出境入境管理法》第九条"
        ),
        "committed_days": 7,
        "statutory_days": 15,
        "fee": "按国家标准收取普通护照每本120元",
        "online_level": "online",
        "counter_address": "榕城市公安局出入境管理支队受理大厅（榕城市鼓楼区东街路18号"
        "）",
        "office_hours": "周一至周日 9:00-17:00（法定节假日除外）",
        "life_events": ["travel"],
        "business_events": [],
        "licence_type": "HZ",
        "materials": [
            _m(
                "中国公民出入境证件申请表",
                "electronic",
                note="可网上预约填报或现场自助填写",
            ),
            _id_card(),
            _m("出入境证件照片", "electronic", note="受理点现场免费照相采集"),
            _m("原护照", "original", required=False, note="换发时提交"),
        ],
        "steps": ["网上预约", "现场申请", "受理", "审核签发", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "护照可以邮寄到家吗？",
                "a": "可以。申请时选择邮政速递送证服务，证件签发后将邮寄到指定地址，"
                "邮费自理。",
            },
        ],
    },
    {
        "code": "GA-0008",
        "name": "往来港澳通行证签发",
        "department": "GA",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "办港澳通行证",
            "去香港办证",
            "港澳签注",
            "港澳通行证续签",
            "去澳门办证",
        ],
        "keywords": ["港澳", "通行证", "签注", "旅游签注", "出入境"],
        "summary": "内地居民前往香港、澳门旅游、探亲、商务、学习等，"
        "申请签发往来港澳通行证及签注。",
        "conditions": (
            "内地居民可在全国任一出入境管理机构申请。已持有有效通行证的，"
            "可通过自助签注机或网上申请再次签注。"
        ),
        "legal_basis": (
            "《中华人民共和国出境入境管理法》第十条；《中国公民因私事往来香港地区或者澳"
            "门地区的暂行管理办法》"
        ),
        "committed_days": 7,
        "statutory_days": 15,
        "fee": "往来港澳通行证每本60元；一次有效签注每件15元，二次有效签注每件30元",
        "online_level": "online",
        "counter_address": "榕城市公安局出入境管理支队受理大厅（榕城市鼓楼区东街路18号"
        "）",
        "office_hours": "周一至周日 9:00-17:00（法定节假日除外）",
        "life_events": ["travel"],
        "business_events": [],
        "licence_type": "GAZ",
        "materials": [
            _m("中国公民出入境证件申请表", "electronic"),
            _id_card(),
            _m("出入境证件照片", "electronic", note="受理点现场免费照相采集"),
        ],
        "steps": ["网上预约", "现场申请", "受理", "审核签发", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "已经有通行证了，再去香港要重新办吗？",
                "a": "通行证在有效期内的，只需办理签注，可使用自助签注机即时办理，"
                "或通过“移民局”APP在线申请。",
            },
        ],
    },
    {
        "code": "GA-0009",
        "name": "居住证申领",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": [
            "办居住证",
            "外地人办居住证",
            "暂住证",
            "积分入学居住证",
            "新市民居住证",
        ],
        "keywords": ["居住证", "居住登记", "流动人口", "新市民", "基本公共服务"],
        "summary": "公民离开常住户口所在地到本省城市居住半年以上的，申领居住证，"
        "享受居住地基本公共服务和便利。",
        "conditions": (
            "申请人离开常住户口所在地到本省城市居住半年以上，且符合有合法稳定就业、"
            "合法稳定住所、连续就读条件之一。未满十六周岁的未成年人等可由监护人代为申领"
            "。"
        ),
        "legal_basis": "《居住证暂行条例》第二条、第九条、第十一条；"
        "《示范省居住证实施办法》",
        "committed_days": 10,
        "statutory_days": 15,
        "fee": "首次申领不收费；换领、补领按规定收取工本费20元",
        "online_level": "full_online",
        "counter_address": "居住地公安派出所户政窗口或社区流动人口服务站",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence", "employment", "schooling"],
        "business_events": [],
        "licence_type": "JZZ",
        "materials": [
            _id_card(),
            _m(
                "居住登记信息",
                "electronic",
                shared_resource="population",
                note="居住登记满半年后系统自动核验",
            ),
            _m(
                "合法稳定就业、住所或连续就读证明",
                note="劳动合同、不动产权证书、租赁合同或学籍证明之一",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "居住证每年都要续签吗？",
                "a": "居住证有效期为一年，在有效期内连续居住的，"
                "可在有效期满前通过“一网通办”平台在线签注，延长有效期。",
            },
        ],
    },
    {
        "code": "GA-0010",
        "name": "无犯罪记录证明开具",
        "department": "GA",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "开无犯罪证明",
            "无犯罪记录",
            "政审证明",
            "良民证",
            "出国无犯罪证明",
        ],
        "keywords": ["无犯罪记录", "证明", "政审", "入职", "出国"],
        "summary": "因入职、入学、出国等需要，为个人开具在我国境内有无犯罪记录的证明。",
        "conditions": (
            "中国公民可向户籍地或居住地公安派出所申请，也可通过“一网通办”平台在线申请。"
            "委托他人代办的，应当出具委托书和双方身份证件。"
        ),
        "legal_basis": "《公安机关办理无犯罪记录证明工作规定》（公通字〔2021〕13号）",
        "committed_days": 3,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍地或居住地公安派出所户政窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["employment", "travel"],
        "business_events": [],
        "licence_type": "WFZ",
        "materials": [
            _id_card(),
            _m(
                "委托书及受托人身份证件",
                "original",
                required=False,
                note="委托代办时提供",
            ),
        ],
        "steps": ["申请", "受理", "查询核实", "出具证明", "送达"],
        "faq": [
            {
                "q": "无犯罪记录证明有效期多久？",
                "a": "证明本身不设有效期，但多数用证单位要求为三个月内开具，"
                "请以用证单位要求为准。电子证明可在线核验真伪。",
            },
        ],
    },
    {
        "code": "GA-0011",
        "name": "印章刻制备案",
        "department": "GA",
        "service_type": "registration",
        "audience": "business",
        "aliases": ["刻章", "刻公章", "公章备案", "新公司刻章", "刻财务章"],
        "keywords": ["印章", "公章", "刻制", "备案", "企业开办"],
        "summary": "企业、事业单位等刻制公章后，由刻章企业向公安机关进行备案，"
        "纳入企业开办“一网通办”免费刻章。",
        "conditions": (
            "企业取得营业执照后，可自主选择具备资质的公章刻制企业刻制印章。"
            "新开办企业首套印章（公章、财务专用章、发票专用章等）"
            "由政府购买服务免费刻制。"
        ),
        "legal_basis": (
            "《国务院关于第三批取消中央指定地方实施行政许可事项的决定》"
            "（国发〔2017〕7号）；《印铸刻字业暂行管理规则》"
        ),
        "committed_days": 0,
        "statutory_days": 1,
        "fee": "不收费（新开办企业首套印章由政府购买服务）",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区企业开办专区（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": [],
        "business_events": ["startup"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _id_card("法定代表人居民身份证"),
            _m("印章印模", "electronic", note="由刻章企业上传至公章治安管理信息系统"),
        ],
        "steps": ["选择刻章企业", "刻制", "备案", "交付印章"],
        "faq": [
            {
                "q": "可以同时申领电子印章吗？",
                "a": "可以。新开办企业在领取电子营业执照时可同步免费申领电子印章。",
            },
        ],
    },
    # ----------------------------------------------------------------- 人力资源社会保障
    {
        "code": "RS-0001",
        "name": "社会保障卡申领",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "办社保卡",
            "申请社保卡",
            "办医保卡",
            "新生儿办社保卡",
            "领电子社保卡",
        ],
        "keywords": ["社会保障卡", "社保卡", "电子社保卡", "金融账户", "一卡通"],
        "summary": "参保人员申请领取全国统一标准的社会保障卡（含金融功能），"
        "可同步签发电子社会保障卡。",
        "conditions": (
            "在本省参加社会保险或拟参保的人员，以及在本省居住的其他人员均可申领。"
            "每人限持一张有效的社会保障卡，未满十六周岁的由监护人代为申领。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第五十八条；《人力资源社会保障部关于推进社会保"
            "障卡居民服务“一卡通”的指导意见》"
        ),
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "首次申领不收费",
        "online_level": "full_online",
        "counter_address": "社会保障卡合作银行网点；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["birth", "employment", "medical"],
        "business_events": [],
        "licence_type": "SBK",
        "materials": [
            _id_card(),
            _m(
                "本人近期免冠彩色证件照",
                "electronic",
                note="可授权调用公安部门证件照片，或现场拍摄",
            ),
        ],
        "steps": ["申请", "信息校验", "制卡", "银行激活", "领卡或邮寄"],
        "faq": [
            {
                "q": "可以即时领卡吗？",
                "a": "全省各设区市政务服务中心及部分合作银行网点设有即时制卡点，"
                "资料齐全的可当场制卡领取。",
            },
        ],
    },
    {
        "code": "RS-0002",
        "name": "社会保障卡挂失与补换",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "社保卡丢了",
            "社保卡挂失",
            "补办社保卡",
            "社保卡坏了换卡",
            "换三代社保卡",
        ],
        "keywords": ["社会保障卡", "挂失", "补卡", "换卡", "解挂"],
        "summary": "社会保障卡遗失、损坏或需换发新版卡的，办理挂失、解挂及补换卡手续。",
        "conditions": (
            "持卡人可通过电话、网上或窗口办理临时挂失，临时挂失有效期为15日。"
            "正式挂失后可申请补卡；卡片损坏或到期的可申请换卡。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第五十八条；"
        "《示范省社会保障卡管理办法》",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "补卡按规定收取工本费20元；卡片质量问题换卡及特殊困难群体免收",
        "online_level": "full_online",
        "counter_address": "社会保障卡合作银行网点；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["medical", "employment"],
        "business_events": [],
        "licence_type": "SBK",
        "materials": [
            _id_card(),
            _m(
                "原社会保障卡",
                "original",
                required=False,
                note="换卡时交回；遗失补卡无需提供",
            ),
        ],
        "steps": ["挂失", "申请补换", "制卡", "银行激活", "领卡或邮寄"],
        "faq": [
            {
                "q": "社保卡挂失后医保还能用吗？",
                "a": "挂失期间可使用医保电子凭证或电子社保卡在定点医药机构就医购药，"
                "不影响医保待遇。",
            },
        ],
    },
    {
        "code": "RS-0003",
        "name": "失业保险金申领",
        "department": "RS",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["领失业金", "失业补助", "失业了领钱", "申请失业保险", "失业补助金"],
        "keywords": ["失业保险", "失业金", "失业登记", "待遇"],
        "summary": "符合条件的失业人员申领失业保险金，领取期间同时享受基本医疗保险待遇"
        "。",
        "conditions": (
            "失业前用人单位和本人已经缴纳失业保险费满一年；非因本人意愿中断就业；"
            "已经进行失业登记，并有求职要求。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第四十五条、第五十条；"
        "《失业保险条例》第十四条",
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "social_assistance"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "终止或者解除劳动合同的证明",
                note="用人单位已通过系统办理减员的，可免于提交",
            ),
            _m(
                "社会保障卡",
                "electronic",
                licence_type="SBK",
                note="用于失业保险金发放，需已激活金融功能",
            ),
        ],
        "steps": ["失业登记", "申领", "受理", "审核", "待遇核定", "按月发放"],
        "faq": [
            {
                "q": "主动辞职可以领失业金吗？",
                "a": "因本人意愿中断就业（如主动辞职）的，不符合失业保险金领取条件；"
                "但可按规定申请失业补助金等其他待遇，请以当地政策为准。",
            },
        ],
    },
    {
        "code": "RS-0004",
        "name": "职工基本养老保险关系转移接续",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "社保转移",
            "养老保险转移",
            "换城市工作社保怎么转",
            "社保转入",
            "社保转出",
        ],
        "keywords": ["养老保险", "转移接续", "跨省转移", "参保缴费凭证"],
        "summary": "参保人员跨统筹地区流动就业的，办理企业职工基本养老保险关系转移接续"
        "，缴费年限累计计算。",
        "conditions": (
            "参保人员在新就业地参保后，可向新参保地社会保险经办机构申请转入。"
            "转出地和转入地经办机构通过全国社会保险关系转移系统在线办理，"
            "参保人无需往返两地。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第十九条；《城镇企业职工基本养老保险关系转移接"
            "续暂行办法》（国办发〔2009〕66号）"
        ),
        "committed_days": 15,
        "statutory_days": 45,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "转入地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "retirement", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "基本养老保险参保缴费凭证",
                "electronic",
                shared_resource="social_security",
                note="由转出地经办机构通过全国转移系统传递，无需个人提供",
            ),
        ],
        "steps": ["转入申请", "联系函发送", "转出地审核", "基金转移", "转入地接续"],
        "faq": [
            {
                "q": "可以在手机上办理吗？",
                "a": "可以。通过国家社会保险公共服务平台、掌上12333或“一网通办”APP提交"
                "转移申请，并可实时查询办理进度。",
            },
        ],
    },
    {
        "code": "RS-0005",
        "name": "城乡居民基本养老保险参保登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": [
            "居民养老保险参保",
            "农村养老保险",
            "新农保",
            "交居民社保",
            "城乡居民养老",
        ],
        "keywords": ["城乡居民养老保险", "参保登记", "缴费档次"],
        "summary": "符合条件的城乡居民在户籍地参加城乡居民基本养老保险，"
        "选择缴费档次按年缴费。",
        "conditions": (
            "年满16周岁（不含在校学生），非国家机关和事业单位工作人员，"
            "且不属于职工基本养老保险覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保"
            "险。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第二十条、第二十二条；"
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"
        ),
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍所在地乡镇（街道）社会保障服务站",
        "office_hours": _HOURS,
        "life_events": ["retirement"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _hukou(required=False, note="人口库可核验户籍信息的免于提交"),
        ],
        "steps": ["申请", "信息核验", "参保登记", "缴费"],
        "faq": [
            {
                "q": "城乡居民养老保险每年交多少钱？",
                "a": "本省设置100元至5000元多个缴费档次，参保人自主选择，多缴多得，"
                "政府按档次给予相应缴费补贴。",
            },
        ],
    },
    {
        "code": "RS-0006",
        "name": "劳务派遣经营许可",
        "department": "RS",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["办劳务派遣证", "劳务派遣资质", "开劳务派遣公司", "劳务派遣许可证"],
        "keywords": ["劳务派遣", "经营许可", "人力资源", "用工"],
        "summary": "经营劳务派遣业务的单位，依法取得《劳务派遣经营许可证》。",
        "conditions": (
            "注册资本不得少于人民币二百万元；有与开展业务相适应的固定的经营场所和设施；"
            "有符合法律、行政法规规定的劳务派遣管理制度。"
        ),
        "legal_basis": (
            "《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》"
            "（人力资源社会保障部令第19号）第六条、第八条"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心C区人社综合窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "hiring"],
        "licence_type": "LWPQ",
        "materials": [
            _m("劳务派遣经营许可申请书", "electronic"),
            _business_licence(),
            _m("公司章程及验资报告或财务审计报告", "electronic"),
            _m("经营场所使用证明及办公设施设备、信息管理系统清单", "electronic"),
            _id_card("法定代表人身份证明"),
            _m(
                "劳务派遣管理制度",
                "electronic",
                note="含劳动合同、劳动报酬、社会保险等制度",
            ),
        ],
        "steps": ["申请", "受理", "审查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "劳务派遣经营许可证有效期多久？",
                "a": "有效期为3年。有效期届满需要延续的，应当在届满60日前提出延续申请"
                "。",
            },
        ],
    },
    {
        "code": "RS-0007",
        "name": "灵活就业人员参保登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": [
            "自由职业交社保",
            "个人交社保",
            "灵活就业社保",
            "以个人身份参保",
            "外卖骑手参保",
        ],
        "keywords": ["灵活就业", "个人参保", "养老保险", "新就业形态"],
        "summary": "无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就"
        "业人员，以个人身份参加职工基本养老保险。",
        "conditions": (
            "年满16周岁、未达到法定退休年龄的灵活就业人员，可在就业地办理参保登记。"
            "已取消灵活就业人员在就业地参保的户籍限制。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第十条、第二十三条；"
            "《示范省灵活就业人员参加职工基本养老保险办法》"
        ),
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "retirement"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "参保缴费记录",
                "electronic",
                required=False,
                shared_resource="social_security",
                note="曾在外省参保的，系统自动查询",
            ),
        ],
        "steps": ["申请", "信息核验", "参保登记", "缴费基数选择", "签订扣款协议"],
        "faq": [
            {
                "q": "灵活就业参保后怎么缴费？",
                "a": "参保登记后可通过税务部门“社保费”缴费渠道、银行代扣或手机APP按月、"
                "按季或按年缴纳。",
            },
        ],
    },
    {
        "code": "RS-0008",
        "name": "用人单位社会保险登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "business",
        "aliases": ["单位社保开户", "公司办社保", "给员工交社保", "社保登记证"],
        "keywords": ["社会保险登记", "单位参保", "企业开办", "员工参保"],
        "summary": "用人单位自成立之日起三十日内办理社会保险登记，为职工办理参保。",
        "conditions": (
            "在本省依法设立的企业、机关事业单位、社会组织和有雇工的个体工商户，"
            "应当自成立之日起三十日内申请社会保险登记。企业开办时可同步完成。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第五十七条、第五十八条；"
        "《社会保险费征缴暂行条例》",
        "committed_days": 0,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心C区人社综合窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["startup", "hiring"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _m(
                "单位基本信息",
                "electronic",
                shared_resource="legal_entity",
                note="企业开办时已同步采集的，无需重复填报",
            ),
            _id_card("经办人居民身份证"),
        ],
        "steps": ["申请", "信息核验", "登记", "开通网上经办"],
        "faq": [
            {
                "q": "新开公司没有员工，也要办社保登记吗？",
                "a": "企业开办时已自动完成社会保险登记，招用职工后应当在三十日内为职工"
                "办理参保。",
            },
        ],
    },
    # ----------------------------------------------------------------- 卫生健康
    {
        "code": "WJ-0001",
        "name": "出生医学证明签发",
        "department": "WJ",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "办出生证",
            "出生证明",
            "宝宝出生证",
            "出生医学证明首签",
            "补办出生证",
        ],
        "keywords": ["出生医学证明", "新生儿", "助产机构", "出生一件事"],
        "summary": "在本省助产机构出生的新生儿，由助产机构签发《出生医学证明》，"
        "同步生成电子证照。",
        "conditions": (
            "新生儿在本省依法取得助产技术服务资质的医疗保健机构内出生。"
            "由新生儿父母或其监护人申请，填写并确认新生儿及父母信息。"
        ),
        "legal_basis": (
            "《中华人民共和国母婴保健法》第二十三条；《国家卫生健康委关于做好出生医学证"
            "明管理工作的通知》"
        ),
        "committed_days": 3,
        "statutory_days": 30,
        "fee": "首次签发不收费",
        "online_level": "online",
        "counter_address": "新生儿出生所在助产机构出生医学证明签发窗口",
        "office_hours": _HOURS,
        "life_events": ["birth"],
        "business_events": [],
        "licence_type": "CSYX",
        "materials": [
            _id_card("母亲居民身份证"),
            _id_card("父亲居民身份证", required=False, note="父亲信息需填写的提供"),
            _m("出生医学证明首次签发登记表", "original", note="父母签字确认"),
        ],
        "steps": ["申请", "信息核对", "签发", "领取"],
        "faq": [
            {
                "q": "出生医学证明信息填错了怎么办？",
                "a": "可持原证到原签发机构申请变更，经核实后予以更正或换发，"
                "电子证照同步更新。",
            },
        ],
    },
    {
        "code": "WJ-0002",
        "name": "公共场所卫生许可证核发",
        "department": "WJ",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办卫生许可证",
            "理发店卫生许可",
            "酒店卫生许可证",
            "美容院办证",
            "游泳馆卫生许可",
        ],
        "keywords": ["公共场所", "卫生许可", "住宿", "美容美发", "游泳场所"],
        "summary": "住宿、沐浴、美容美发、游泳场所等公共场所经营者，"
        "依法取得《公共场所卫生许可证》。",
        "conditions": (
            "经营场所的选址、设计和卫生设施应当符合公共场所卫生标准和要求。"
            "建立卫生管理制度，配备专（兼）职卫生管理人员，从业人员持有效健康证明。"
            "对具备条件的实行告知承诺制。"
        ),
        "legal_basis": "《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则"
        "》第二十二条",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心B区12号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "GGWS",
        "materials": [
            _m("公共场所卫生许可申请表", "electronic"),
            _business_licence(),
            _m("公共场所地址方位示意图、平面图和卫生设施平面布局图", "electronic"),
            _m(
                "公共场所卫生检测或者评价报告",
                "electronic",
                required=False,
                note="告知承诺可容缺后补",
            ),
            _m("公共场所卫生管理制度", "electronic"),
        ],
        "steps": ["申请", "受理", "材料审查", "现场审查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "开饭馆、咖啡馆还需要办公共场所卫生许可证吗？",
                "a": "不需要。饭馆、咖啡馆、酒吧、茶座等场所的公共场所卫生许可已与食品"
                "经营许可整合，只需办理食品经营许可证。",
            },
        ],
    },
    {
        "code": "WJ-0003",
        "name": "医师执业注册",
        "department": "WJ",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "医生注册",
            "执业医师注册",
            "医师变更执业地点",
            "多机构执业备案",
            "医师证注册",
        ],
        "keywords": ["医师", "执业注册", "电子化注册", "执业证书"],
        "summary": "取得医师资格的人员申请医师执业注册，取得《医师执业证书》"
        "后方可从事医师执业活动。",
        "conditions": (
            "申请人已取得医师资格，身体健康，能够胜任医师执业活动。有拟执业的医疗、"
            "预防、保健机构出具的拟聘用意见。"
        ),
        "legal_basis": "《中华人民共和国医师法》第十三条、第十四条；"
        "《医师执业注册管理办法》",
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心B区12号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": "YSZY",
        "materials": [
            _m(
                "医师执业注册申请审核表",
                "electronic",
                note="通过医师电子化注册系统填报",
            ),
            _id_card(),
            _m("医师资格证书", "electronic", note="系统自动核验"),
            _m(
                "近6个月内的健康体检证明",
                "electronic",
                shared_resource="health_card",
                note="县级以上医疗机构出具",
            ),
            _m("拟执业机构出具的聘用证明", "electronic"),
        ],
        "steps": ["申请", "机构确认", "受理", "审核", "准予注册", "电子证照发放"],
        "faq": [
            {
                "q": "在多家医院执业需要分别注册吗？",
                "a": "不需要。医师在主要执业机构注册后，到其他机构执业的，"
                "由相关机构通过电子化注册系统备案即可。",
            },
        ],
    },
    # ----------------------------------------------------------------- 民政
    {
        "code": "MZ-0001",
        "name": "结婚登记",
        "department": "MZ",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["领结婚证", "扯证", "办结婚证", "登记结婚", "预约结婚"],
        "keywords": ["结婚", "婚姻登记", "结婚证", "预约", "全国通办"],
        "summary": "内地居民男女双方自愿结婚的，到婚姻登记机关办理结婚登记，"
        "领取结婚证。",
        "conditions": (
            "男方年满22周岁、女方年满20周岁，双方自愿且均无配偶，"
            "没有直系血亲和三代以内旁系血亲关系。男女双方须共同亲自到婚姻登记机关申请。"
        ),
        "legal_basis": (
            "《中华人民共和国民法典》第一千零四十六条至第一千零四十九条；"
            "《婚姻登记条例》第四条、第五条、第七条"
        ),
        "committed_days": 0,
        "statutory_days": 0,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "榕城市鼓楼区婚姻登记处（鼓楼区温泉路9号政务服务中心三层）",
        "office_hours": "工作日 9:00-12:00，13:30-17:00；“520”“七夕”等特殊日期延时服务",
        "life_events": ["marriage"],
        "business_events": [],
        "licence_type": "JHZ",
        "materials": [
            _id_card("男女双方居民身份证", note="双方本人到场"),
            _m(
                "本人无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的签字声明",
                "original",
                quantity=2,
                note="在登记机关现场签署",
            ),
            _m(
                "双方近期半身免冠合影照片",
                "original",
                quantity=3,
                note="2寸彩色照片，部分登记处提供现场拍照",
            ),
        ],
        "steps": ["网上预约", "现场申请", "受理", "审查", "登记", "颁证"],
        "faq": [
            {
                "q": "结婚登记还需要带户口本吗？",
                "a": "根据2025年5月10日起施行的修订后《婚姻登记条例》，"
                "内地居民办理结婚登记只需出具本人有效居民身份证，"
                "并可在全国范围内任一婚姻登记机关办理。",
            },
        ],
    },
    {
        "code": "MZ-0002",
        "name": "离婚登记",
        "department": "MZ",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["协议离婚", "办离婚", "离婚冷静期", "领离婚证", "离婚预约"],
        "keywords": ["离婚", "婚姻登记", "离婚冷静期", "离婚协议书", "离婚证"],
        "summary": "男女双方自愿离婚并对子女抚养、财产及债务处理等事项协商一致的，"
        "办理离婚登记。",
        "conditions": (
            "双方自愿离婚，并已对子女抚养、财产以及债务处理等事项协商一致，"
            "签订书面离婚协议。自婚姻登记机关收到离婚登记申请之日起三十日内，"
            "任何一方不愿意离婚的，可以撤回申请；期满后三十日内双方应当亲自到场申请发给"
            "离婚证。"
        ),
        "legal_basis": (
            "《中华人民共和国民法典》第一千零七十六条、第一千零七十七条；"
            "《婚姻登记条例》第十条至第十三条"
        ),
        "committed_days": 0,
        "statutory_days": 0,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "榕城市鼓楼区婚姻登记处（鼓楼区温泉路9号政务服务中心三层）",
        "office_hours": _HOURS,
        "life_events": ["marriage"],
        "business_events": [],
        "licence_type": "LHZ",
        "materials": [
            _id_card("男女双方居民身份证", note="双方本人到场"),
            _m(
                "结婚证",
                "original",
                quantity=2,
                licence_type="JHZ",
                note="结婚证遗失的可通过电子证照核验",
            ),
            _m(
                "离婚协议书",
                "original",
                quantity=3,
                note="双方签字，载明子女抚养、财产及债务处理",
            ),
        ],
        "steps": [
            "预约",
            "提交离婚申请",
            "离婚冷静期",
            "申请发给离婚证",
            "审查",
            "登记发证",
        ],
        "faq": [
            {
                "q": "冷静期满后没有去领离婚证会怎样？",
                "a": "冷静期届满后三十日内双方未共同到婚姻登记机关申请发给离婚证的，"
                "视为撤回离婚登记申请。",
            },
        ],
    },
    {
        "code": "MZ-0003",
        "name": "最低生活保障申请",
        "department": "MZ",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["申请低保", "办低保", "吃低保", "困难家庭补助", "低保边缘"],
        "keywords": ["最低生活保障", "低保", "社会救助", "家庭经济状况核对"],
        "summary": "共同生活的家庭成员人均收入低于当地最低生活保障标准，"
        "且财产状况符合规定的，申请最低生活保障。",
        "conditions": (
            "申请人具有本省户籍，共同生活家庭成员人均收入低于户籍所在地城乡最低生活保障"
            "标准，家庭财产状况符合当地规定。申请人应当如实申报家庭收入和财产状况，"
            "并授权开展家庭经济状况核对。"
        ),
        "legal_basis": (
            "《社会救助暂行办法》第九条至第十一条；《最低生活保障审核确认办法》"
            "（民发〔2021〕57号）"
        ),
        "committed_days": 20,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "户籍所在地乡镇人民政府（街道办事处）社会救助窗口",
        "office_hours": _HOURS,
        "life_events": ["social_assistance"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("最低生活保障申请书", "original"),
            _id_card("家庭成员居民身份证"),
            _hukou(),
            _m(
                "家庭经济状况核对授权书",
                "original",
                note="共同生活的成年家庭成员均需签字",
            ),
            _m("家庭收入、财产状况申报表", "original"),
        ],
        "steps": [
            "申请",
            "受理",
            "家庭经济状况调查核对",
            "民主评议",
            "审核确认",
            "公示",
            "发放",
        ],
        "faq": [
            {
                "q": "可以在居住地申请低保吗？",
                "a": "本省已推行低保申请“全省通办”，户籍不在居住地的，"
                "可在经常居住地申请，由户籍地负责审核确认。",
            },
        ],
    },
    {
        "code": "MZ-0004",
        "name": "高龄津贴申领",
        "department": "MZ",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["高龄补贴", "老人补贴", "80岁补贴", "长寿金", "百岁老人补贴"],
        "keywords": ["高龄津贴", "老年人", "养老服务", "免申即享"],
        "summary": "向具有本省户籍、年满80周岁的老年人按月发放高龄津贴。",
        "conditions": (
            "具有本省户籍、年满80周岁的老年人可以申领，津贴按年龄段分档发放。"
            "系统根据人口库信息主动识别符合条件人员，推行“免申即享”。"
        ),
        "legal_basis": "《中华人民共和国老年人权益保障法》第三十三条；"
        "《示范省高龄津贴发放管理办法》",
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍所在地乡镇（街道）民政服务窗口；"
        "榕城市鼓楼区政务服务中心民政窗口",
        "office_hours": _HOURS,
        "life_events": ["retirement", "social_assistance"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card("老年人居民身份证"),
            _m(
                "社会保障卡",
                "electronic",
                licence_type="SBK",
                note="用于津贴发放，需已激活金融功能",
            ),
            _m(
                "委托书及代办人身份证件",
                "original",
                required=False,
                note="他人代办时提供",
            ),
        ],
        "steps": ["主动推送或申请", "受理", "审核", "公示", "按月发放"],
        "faq": [
            {
                "q": "老人满80岁了要自己去申请吗？",
                "a": "不需要。系统会在老人满80周岁的次月自动推送确认信息，"
                "家属在线确认发放账户后即可按月领取。",
            },
        ],
    },
    # ----------------------------------------------------------------- 住房城乡建设
    {
        "code": "ZJ-0001",
        "name": "建筑工程施工许可证核发",
        "department": "ZJ",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["办施工许可证", "开工许可", "施工证", "工地开工审批", "施工许可"],
        "keywords": ["施工许可", "建筑工程", "工程建设项目", "开工"],
        "summary": "在本省行政区域内从事各类房屋建筑及其附属设施的建造、"
        "装修装饰和配套线路、管道、设备安装的，开工前依法取得施工许可证。",
        "conditions": (
            "已经办理用地批准手续，依法应当办理建设工程规划许可证的已经取得。"
            "已经确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料，"
            "有保证工程质量和安全的具体措施。"
        ),
        "legal_basis": (
            "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》"
            "（住房和城乡建设部令第18号）"
        ),
        "committed_days": 3,
        "statutory_days": 7,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市行政服务中心工程建设项目审批专区（榕城市台江区望龙二"
        "路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["construction", "permits"],
        "licence_type": "SGXK",
        "materials": [
            _m(
                "建筑工程施工许可申请表",
                "electronic",
                note="通过工程建设项目审批管理系统填报",
            ),
            _business_licence(),
            _m("建设工程规划许可证", "electronic", note="系统自动关联，无需提交"),
            _m("施工合同或中标通知书", "electronic"),
            _m(
                "施工图设计文件审查合格书",
                "electronic",
                note="已推行数字化审图，系统自动获取",
            ),
            _m("建设资金已经落实承诺书", "electronic"),
        ],
        "steps": ["网上申报", "受理", "审查", "许可决定", "电子证照发放"],
        "faq": [
            {
                "q": "小工程也需要办理施工许可证吗？",
                "a": "国家规定工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工"
                "程可以不申请施工许可证，本省已将限额调整为100万元、"
                "500平方米（以本省最新规定为准）。",
            },
        ],
    },
    {
        "code": "ZJ-0002",
        "name": "二手房交易资金监管",
        "department": "ZJ",
        "service_type": "public",
        "audience": "both",
        "aliases": [
            "二手房资金监管",
            "买房资金托管",
            "存量房交易资金监管",
            "房款监管",
            "首付款监管",
        ],
        "keywords": ["二手房", "存量房", "资金监管", "网签", "过户"],
        "summary": "存量房买卖双方自愿将交易资金存入监管账户，"
        "待不动产转移登记完成后划转给卖方，保障交易资金安全。",
        "conditions": (
            "买卖双方已签订存量房买卖合同并完成网签备案。双方与监管机构、"
            "监管银行签订交易资金监管协议。"
        ),
        "legal_basis": (
            "《中华人民共和国城市房地产管理法》第三十八条；"
            "《住房和城乡建设部等部门关于加强房地产经纪行业管理的意见》；"
            "《示范省存量房交易资金监管办法》"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市不动产登记中心交易监管窗口（榕城市台江区江滨中大道66"
        "号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("存量房交易资金监管协议", "electronic"),
            _id_card("买卖双方居民身份证"),
            _m("存量房买卖合同", "electronic", note="网签合同系统自动关联"),
            _m(
                "不动产权证书",
                "electronic",
                licence_type="BDCQ",
                note="通过电子证照库调取",
            ),
        ],
        "steps": ["签订监管协议", "资金存入监管账户", "不动产转移登记", "资金划转"],
        "faq": [
            {
                "q": "监管资金什么时候能到卖方账户？",
                "a": "不动产转移登记办结后，监管银行一般在1个工作日内将监管资金划转至卖"
                "方账户。",
            },
        ],
    },
    # ----------------------------------------------------------------- 教育
    {
        "code": "JY-0001",
        "name": "义务教育阶段入学报名",
        "department": "JY",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "小学报名",
            "一年级入学",
            "小升初",
            "初中入学报名",
            "孩子上学报名",
            "随迁子女入学",
        ],
        "keywords": ["义务教育", "招生", "入学", "学区", "随迁子女"],
        "summary": "适龄儿童少年在户籍或居住地申请小学一年级、初中一年级入学，"
        "实行网上报名、免试就近入学。",
        "conditions": (
            "小学一年级招收当年8月31日前年满6周岁的儿童。户籍儿童按划片范围就近入学；"
            "随迁子女凭父母居住证等材料在居住地申请入学。"
        ),
        "legal_basis": (
            "《中华人民共和国义务教育法》第十一条、第十二条；"
            "《示范省义务教育招生入学工作实施意见》"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍或居住地县（区）教育局招生办公室；划片学校招生点",
        "office_hours": "招生报名期间工作日 8:30-17:30",
        "life_events": ["schooling", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _hukou("儿童居民户口簿"),
            _id_card("父母居民身份证"),
            _m(
                "不动产权证书或房屋租赁备案证明",
                "electronic",
                required=False,
                licence_type="BDCQ",
                note="以房产所在学区入学的提供，电子证照自动调取",
            ),
            _m(
                "居住证",
                "electronic",
                required=False,
                licence_type="JZZ",
                note="随迁子女入学时提供父母一方的居住证",
            ),
            _m(
                "预防接种证查验证明",
                "electronic",
                shared_resource="health_card",
                note="由免疫规划信息系统在线核验",
            ),
        ],
        "steps": [
            "网上报名",
            "信息核验",
            "资格审核",
            "派位或录取",
            "结果公布",
            "报到注册",
        ],
        "faq": [
            {
                "q": "报名时需要去学校交纸质材料吗？",
                "a": "户籍、房产、居住证、社保等信息已实现部门共享核验的，"
                "无需提交纸质材料；核验不通过的按提示补充上传。",
            },
        ],
    },
    {
        "code": "JY-0002",
        "name": "教师资格认定",
        "department": "JY",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "教资认定",
            "认定教师资格证",
            "考完教资办证",
            "拿教师证",
            "教师资格证申请",
        ],
        "keywords": ["教师资格", "认定", "教资", "普通话", "体检"],
        "summary": "通过中小学和幼儿园教师资格考试或符合免考条件的人员，"
        "申请认定相应类别的教师资格，颁发《教师资格证书》。",
        "conditions": (
            "申请人应当遵守宪法和法律，热爱教育事业，具备良好的思想品德，具备《教师法》"
            "规定的相应学历，普通话水平达到二级乙等以上标准。体检合格，"
            "并通过国家教师资格考试或符合免考条件。"
        ),
        "legal_basis": (
            "《中华人民共和国教师法》第十条至第十三条；《教师资格条例》；"
            "《〈教师资格条例〉实施办法》"
        ),
        "committed_days": 20,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "户籍、居住地或就读学校所在地县（区）教育局教师资格认定窗口",
        "office_hours": "春季、秋季认定期间工作日 9:00-12:00，13:30-17:00",
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": "JSZG",
        "materials": [
            _id_card(),
            _m("学历证书", "electronic", note="通过学信网在线核验"),
            _m(
                "教师资格考试合格证明",
                "electronic",
                note="通过全国教师资格管理信息系统核验",
            ),
            _m("普通话水平测试等级证书", "electronic", note="系统自动核验"),
            _m(
                "教师资格认定体检表",
                "original",
                shared_resource="health_card",
                note="在认定机构指定的县级以上医院体检",
            ),
            _m("个人承诺书", "electronic", note="承诺无违法犯罪记录，在线签署"),
        ],
        "steps": ["网上申报", "现场确认", "体检", "审查", "认定", "证书发放"],
        "faq": [
            {
                "q": "教资面试通过后多久可以申请认定？",
                "a": "考试合格证明有效期为3年，可在有效期内任一认定批次申请。"
                "本省每年春季、秋季各开展一次集中认定。",
            },
        ],
    },
    # ----------------------------------------------------------------- 自然资源
    {
        "code": "ZR-0001",
        "name": "不动产转移登记",
        "department": "ZR",
        "service_type": "confirmation",
        "audience": "both",
        "aliases": [
            "过户",
            "房产过户",
            "二手房过户",
            "办房产证",
            "继承房产过户",
            "赠与过户",
        ],
        "keywords": ["不动产", "转移登记", "过户", "房产证", "不动产权证书"],
        "summary": "因买卖、继承、赠与、互换等导致不动产权利发生转移的，"
        "申请不动产转移登记，核发新的《不动产权证书》。",
        "conditions": (
            "不动产已经办理首次登记，权属清晰无争议，未被查封或限制转移。"
            "当事人应当共同申请，因继承、受遗赠取得的可以单方申请。已推行“交易、税费、"
            "登记”一窗受理、并联办理。"
        ),
        "legal_basis": (
            "《中华人民共和国民法典》第二百零九条、第二百一十条；《不动产登记暂行条例》"
            "第十四条、第二十条；《不动产登记暂行条例实施细则》"
        ),
        "committed_days": 3,
        "statutory_days": 30,
        "fee": "住宅类每件80元，非住宅类每件550元（含第一本证书工本费），"
        "按规定减免的除外",
        "online_level": "full_online",
        "counter_address": "榕城市不动产登记中心（榕城市台江区江滨中大道66号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": [],
        "licence_type": "BDCQ",
        "materials": [
            _m("不动产登记申请书", "electronic"),
            _id_card("申请人身份证明", note="单位申请人的营业执照通过电子证照库调取"),
            _m(
                "不动产权证书",
                "electronic",
                licence_type="BDCQ",
                note="原证书在登记完成时收回",
            ),
            _m(
                "转移原因证明材料",
                note="存量房买卖合同、继承或赠与公证书、生效法律文书等",
            ),
            _m("完税凭证", "electronic", note="税务部门信息共享获取，无需提交"),
        ],
        "steps": ["网上申请", "受理", "审核", "登簿", "缮证", "发证"],
        "faq": [
            {
                "q": "二手房过户能当天拿证吗？",
                "a": "材料齐全、符合要求的存量住房转移登记可当日办结，"
                "电子不动产权证书同步生成，纸质证书可选择邮寄送达。",
            },
        ],
    },
    {
        "code": "ZR-0002",
        "name": "不动产抵押登记",
        "department": "ZR",
        "service_type": "confirmation",
        "audience": "both",
        "aliases": ["房屋抵押", "办房贷抵押", "抵押登记", "房产抵押贷款", "解除抵押"],
        "keywords": ["不动产", "抵押", "抵押权", "贷款", "注销抵押"],
        "summary": "以不动产设定抵押的，由抵押人和抵押权人共同申请抵押权登记，"
        "核发《不动产登记证明》。",
        "conditions": (
            "抵押物权属清晰，不存在查封等限制抵押情形。抵押人与抵押权人已签订主债权合同"
            "和抵押合同。银行等金融机构可通过“不动产登记+金融服务”线上申请。"
        ),
        "legal_basis": (
            "《中华人民共和国民法典》第三百九十四条、第四百零二条；"
            "《不动产登记暂行条例实施细则》第六十五条至第七十条"
        ),
        "committed_days": 1,
        "statutory_days": 30,
        "fee": "住宅类每件80元，非住宅类每件550元；小微企业申请的抵押登记免收",
        "online_level": "full_online",
        "counter_address": "榕城市不动产登记中心（榕城市台江区江滨中大道66号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": [],
        "licence_type": "BDCZM",
        "materials": [
            _m("不动产登记申请书", "electronic"),
            _id_card("抵押人身份证明"),
            _m("不动产权证书", "electronic", licence_type="BDCQ"),
            _m("主债权合同和抵押合同", "electronic", note="由抵押权人通过线上系统推送"),
            _m(
                "抵押权人营业执照",
                "electronic",
                licence_type="YYZZ",
                note="金融机构信息已备案的免于提交",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "登簿", "电子证明推送"],
        "faq": [
            {
                "q": "贷款还清后怎么解除抵押？",
                "a": "由抵押权人（银行）通过线上系统申请抵押权注销登记，"
                "一般1个工作日内办结，无需抵押人到场。",
            },
        ],
    },
    # ----------------------------------------------------------------- 交通运输
    {
        "code": "JT-0001",
        "name": "道路运输经营许可",
        "department": "JT",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办道路运输许可证",
            "货运资质",
            "物流公司办证",
            "运输经营许可证",
            "货运公司办证",
        ],
        "keywords": ["道路运输", "货物运输", "经营许可", "道路运输证"],
        "summary": "从事道路货物运输经营的，依法取得《道路运输经营许可证》。"
        "使用总质量4.5吨及以下普通货运车辆从事普通货运经营的，无需办理。",
        "conditions": (
            "有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；"
            "有健全的安全生产管理制度。"
        ),
        "legal_basis": (
            "《中华人民共和国道路运输条例》第二十一条、第二十四条；"
            "《道路货物运输及站场管理规定》"
        ),
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心D区交通运输窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "DLYS",
        "materials": [
            _m("道路货物运输经营申请表", "electronic"),
            _business_licence(),
            _id_card("负责人身份证明"),
            _m("拟投入车辆承诺书或车辆行驶证", "electronic"),
            _m(
                "驾驶人员从业资格证",
                "electronic",
                licence_type="CYZG",
                note="通过电子证照库核验",
            ),
            _m("安全生产管理制度文本", "electronic"),
        ],
        "steps": ["申请", "受理", "审查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "用小货车跑运输需要办许可证吗？",
                "a": "使用总质量4.5吨及以下普通货运车辆从事普通货运经营的，"
                "无需申请道路运输经营许可和车辆道路运输证。",
            },
        ],
    },
    {
        "code": "JT-0002",
        "name": "道路运输从业人员从业资格证核发",
        "department": "JT",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "考货运资格证",
            "办从业资格证",
            "客运资格证",
            "网约车司机证",
            "危货驾驶员证",
        ],
        "keywords": ["从业资格", "货运", "客运", "驾驶员", "考试"],
        "summary": "经营性道路客货运输驾驶员等从业人员，经考试合格取得相应的从业资格证"
        "。",
        "conditions": (
            "申请人取得相应的机动车驾驶证，年龄不超过60周岁，"
            "三年内无重大以上交通责任事故。经相应科目考试合格。"
        ),
        "legal_basis": (
            "《中华人民共和国道路运输条例》第九条、第二十二条；"
            "《道路运输从业人员管理规定》"
        ),
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区交通运输窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": "CYZG",
        "materials": [
            _m("道路运输从业人员从业资格考试申请表", "electronic"),
            _id_card(),
            _m(
                "机动车驾驶证",
                "electronic",
                licence_type="JSZ",
                note="通过电子驾驶证核验",
            ),
        ],
        "steps": ["报名", "资格审核", "考试", "发证"],
        "faq": [
            {
                "q": "从业资格证有效期多久？",
                "a": "有效期为6年，有效期届满30日前可通过网上申请换证，"
                "诚信考核合格的直接延续。",
            },
        ],
    },
    # ----------------------------------------------------------------- 生态环境
    {
        "code": "HB-0001",
        "name": "排污许可证核发",
        "department": "HB",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办排污证",
            "排污许可",
            "环保排污许可证",
            "排污许可申请",
            "工厂排污证",
        ],
        "keywords": ["排污许可", "污染物", "重点管理", "简化管理", "自行监测"],
        "summary": "纳入固定污染源排污许可分类管理名录的企业事业单位和其他生产经营者，"
        "依法申请取得排污许可证。",
        "conditions": (
            "依法取得建设项目环境影响报告书（表）批准文件或办理环境影响登记表备案。"
            "污染物排放符合污染物排放标准和重点污染物排放总量控制要求，"
            "有符合规定的自行监测方案。"
        ),
        "legal_basis": (
            "《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》第十一条、"
            "第十三条；《排污许可管理办法》"
        ),
        "committed_days": 15,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区生态环境窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "construction"],
        "licence_type": "PWXK",
        "materials": [
            _m(
                "排污许可证申请表",
                "electronic",
                note="在全国排污许可证管理信息平台填报",
            ),
            _business_licence(),
            _m("自行监测方案", "electronic"),
            _m("守法承诺书", "electronic", note="法定代表人或主要负责人签字"),
            _m("建设项目环境影响评价审批文件", "electronic", required=False),
        ],
        "steps": ["网上申请", "受理", "技术审查", "现场核查", "许可决定", "发证"],
        "faq": [
            {
                "q": "排污登记和排污许可有什么区别？",
                "a": "污染物产生量、排放量和对环境影响程度很小的单位实行排污登记管理，"
                "在线填报登记表即可，无需申请排污许可证。",
            },
        ],
    },
    {
        "code": "HB-0002",
        "name": "建设项目环境影响报告表审批",
        "department": "HB",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["环评审批", "办环评", "环评批复", "环境影响评价审批", "报告表审批"],
        "keywords": ["环境影响评价", "环评", "报告表", "建设项目"],
        "summary": "可能造成轻度环境影响的建设项目，依法编制环境影响报告表并报生态环境"
        "部门审批。",
        "conditions": (
            "建设项目符合生态环境分区管控要求和相关规划。环境影响报告表由建设单位自行或"
            "委托技术单位编制，内容符合技术规范要求。"
        ),
        "legal_basis": (
            "《中华人民共和国环境影响评价法》第十六条、第二十二条；"
            "《建设项目环境保护管理条例》第九条"
        ),
        "committed_days": 10,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区生态环境窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["construction", "permits"],
        "licence_type": None,
        "materials": [
            _m("建设项目环境影响报告表审批申请", "electronic"),
            _m(
                "建设项目环境影响报告表",
                "electronic",
                note="同时提交删除涉密信息的公开版本",
            ),
            _business_licence(),
        ],
        "steps": ["申请", "受理", "公示", "技术评估", "审批决定", "送达"],
        "faq": [
            {
                "q": "环评审批可以和其他审批同时办吗？",
                "a": "可以。环评审批已纳入工程建设项目审批管理系统并联办理，"
                "不再作为项目核准、用地审批等的前置条件。",
            },
        ],
    },
    # ----------------------------------------------------------------- 医疗保障
    {
        "code": "YB-0001",
        "name": "异地就医备案",
        "department": "YB",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "异地就医",
            "外地看病备案",
            "医保异地备案",
            "长期异地居住备案",
            "转外就医",
        ],
        "keywords": ["异地就医", "备案", "直接结算", "跨省", "医保"],
        "summary": "参保人员异地长期居住、临时外出就医或转外就医的，办理异地就医备案，"
        "在就医地定点医疗机构直接结算。",
        "conditions": (
            "参加本省基本医疗保险且处于正常参保缴费状态。异地长期居住人员实行个人承诺制"
            "，临时外出就医人员可直接备案。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第二十九条；《国家医保局 财政部关于进一步做好"
            "基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"
        ),
        "committed_days": 0,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地医疗保障经办机构；示范省政务服务中心C区医保窗口",
        "office_hours": _HOURS,
        "life_events": ["medical", "travel", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card("居民身份证或医保电子凭证"),
            _m(
                "异地就医备案登记表",
                "electronic",
                note="在国家医保服务平台APP在线填写",
            ),
            _m(
                "个人承诺书",
                "electronic",
                note="异地长期居住人员在线签署，无需提供居住证明",
            ),
            _m(
                "转诊转院证明",
                "electronic",
                required=False,
                note="转外就医人员提供，医院线上推送",
            ),
        ],
        "steps": ["线上申请", "备案审核", "备案生效", "就医地直接结算"],
        "faq": [
            {
                "q": "出差时突然生病没来得及备案怎么办？",
                "a": "临时外出就医人员可在就医后、出院结算前补办备案，"
                "补办后可在就医地直接结算。",
            },
        ],
    },
    {
        "code": "YB-0002",
        "name": "基本医疗保险参保登记",
        "department": "YB",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": [
            "交医保",
            "办医保",
            "居民医保参保",
            "新生儿参保",
            "城乡居民医保缴费",
        ],
        "keywords": ["基本医疗保险", "参保登记", "城乡居民医保", "新生儿"],
        "summary": "未参加职工基本医疗保险的城乡居民（含新生儿、学生、灵活就业人员），"
        "办理城乡居民基本医疗保险参保登记。",
        "conditions": (
            "具有本省户籍或持有本省居住证的城乡居民，未参加职工基本医疗保险的，"
            "可以参加城乡居民基本医疗保险。新生儿出生后可随时参保，"
            "自出生之日起享受待遇。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第二十三条、第二十五条；"
            "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）"
        ),
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地医疗保障经办机构；乡镇（街道）便民服务中心医保窗口",
        "office_hours": _HOURS,
        "life_events": ["medical", "birth"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card("居民身份证或居民户口簿"),
            _m(
                "出生医学证明",
                "electronic",
                required=False,
                licence_type="CSYX",
                note="新生儿参保时通过电子证照库调取",
            ),
            _m(
                "居住证",
                "electronic",
                required=False,
                licence_type="JZZ",
                note="非本省户籍人员在居住地参保时提供",
            ),
        ],
        "steps": ["申请", "信息核验", "参保登记", "缴费"],
        "faq": [
            {
                "q": "居民医保每年什么时候缴费？",
                "a": "集中缴费期一般为每年9月至12月，缴费后次年1月1日起享受待遇；"
                "新生儿、退役军人等特殊人群可随时参保缴费。",
            },
        ],
    },
    {
        "code": "YB-0003",
        "name": "生育津贴申领",
        "department": "YB",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": [
            "领生育津贴",
            "产假工资",
            "生育险报销",
            "生育保险待遇",
            "男方陪产假津贴",
        ],
        "keywords": ["生育保险", "生育津贴", "产假", "待遇"],
        "summary": "参加职工基本医疗保险（生育保险）的职工生育或实施计划生育手术，"
        "按规定享受生育津贴。",
        "conditions": (
            "用人单位已按规定为职工缴纳生育保险费，职工在本省生育或实施计划生育手术。"
            "生育津贴按照职工所在用人单位上年度职工月平均工资计发。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第五十四条、第五十六条；"
            "《女职工劳动保护特别规定》第七条、第八条"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地医疗保障经办机构；示范省政务服务中心C区医保窗口",
        "office_hours": _HOURS,
        "life_events": ["birth", "employment"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "出生医学证明",
                "electronic",
                licence_type="CSYX",
                note="通过电子证照库调取，无需提交纸质原件",
            ),
            _m(
                "生育医疗费用结算信息",
                "electronic",
                note="定点医疗机构联网结算的，系统自动获取",
            ),
        ],
        "steps": ["申请", "受理", "审核", "待遇核定", "发放"],
        "faq": [
            {
                "q": "生育津贴发给单位还是个人？",
                "a": "本省已推行生育津贴直接发放至参保职工本人社会保障卡银行账户，"
                "用人单位已垫付产假工资的，可按规定申请拨付至单位。",
            },
        ],
    },
    {
        "code": "YB-0004",
        "name": "门诊慢特病待遇认定",
        "department": "YB",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": [
            "办慢病卡",
            "慢特病申请",
            "门诊特殊病种认定",
            "高血压糖尿病报销",
            "门特认定",
        ],
        "keywords": ["门诊慢特病", "慢性病", "特殊病种", "待遇认定"],
        "summary": "患有恶性肿瘤、尿毒症透析、高血压、糖尿病等门诊慢特病的参保人员，"
        "申请门诊慢特病待遇资格认定。",
        "conditions": (
            "参保人员处于正常参保状态，所患疾病属于本省门诊慢特病病种目录范围，"
            "且符合相应病种的认定标准。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第二十八条；《示范省基本医疗保险门诊慢特病管理办法》"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "定点医疗机构医保办；参保地医疗保障经办机构",
        "office_hours": _HOURS,
        "life_events": ["medical"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card("居民身份证或医保电子凭证"),
            _m("门诊慢特病待遇认定申请表", "electronic"),
            _m(
                "诊断证明及相关检查检验报告",
                "electronic",
                shared_resource="health_card",
                note="由二级及以上定点医疗机构直接上传",
            ),
        ],
        "steps": ["申请", "医疗机构评定", "审核", "待遇确认", "结算生效"],
        "faq": [
            {
                "q": "认定后在哪些医院能报销？",
                "a": "认定通过后可在本省门诊慢特病定点医疗机构和定点药店直接结算，"
                "部分病种已开通跨省直接结算。",
            },
        ],
    },
    # ----------------------------------------------------------------- 住房公积金
    {
        "code": "GJJ-0001",
        "name": "住房公积金提取",
        "department": "GJJ",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": [
            "取公积金",
            "公积金提现",
            "租房提取公积金",
            "买房提公积金",
            "退休提取公积金",
        ],
        "keywords": ["住房公积金", "提取", "租房", "购房", "还贷", "退休"],
        "summary": "缴存职工因购买、建造、翻建、大修自住住房，偿还住房贷款，"
        "租房或离退休等情形，申请提取住房公积金账户余额。",
        "conditions": (
            "缴存职工购买、建造、翻建、大修自住住房，偿还购房贷款本息，"
            "房租超出家庭工资收入规定比例，离休、退休，完全丧失劳动能力并与单位终止劳动"
            "关系，或出境定居的，可以提取本人住房公积金账户内的存储余额。"
        ),
        "legal_basis": "《住房公积金管理条例》第二十四条、第二十五条",
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省住房公积金管理中心服务大厅（榕城市鼓楼区五四路158号"
        "）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing", "retirement"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "提取原因证明材料",
                "electronic",
                note="购房、租房、退休等信息可通过部门共享核验的免于提交",
            ),
            _m(
                "本人名下银行卡",
                "electronic",
                note="可使用社会保障卡金融账户或本人一类银行账户",
            ),
        ],
        "steps": ["线上申请", "信息核验", "审核", "资金划转"],
        "faq": [
            {
                "q": "租房提取公积金需要租赁合同吗？",
                "a": "在本市无自有住房且租房的，可凭个人承诺按月或按年提取，"
                "无需提供租赁合同；超出限额提取的需提供已备案的租赁合同。",
            },
        ],
    },
    {
        "code": "GJJ-0002",
        "name": "住房公积金单位缴存登记",
        "department": "GJJ",
        "service_type": "registration",
        "audience": "business",
        "aliases": ["单位开公积金户", "公积金开户", "给员工交公积金", "公积金缴存登记"],
        "keywords": ["住房公积金", "缴存登记", "单位开户", "企业开办"],
        "summary": "新设立的单位应当办理住房公积金缴存登记，"
        "并为本单位职工办理住房公积金账户设立。",
        "conditions": (
            "单位应当自设立之日起30日内到住房公积金管理中心办理缴存登记，"
            "并自登记之日起20日内为本单位职工办理住房公积金账户设立手续。"
        ),
        "legal_basis": "《住房公积金管理条例》第十四条、第十五条",
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省住房公积金管理中心服务大厅（榕城市鼓楼区五四路158号"
        "）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["startup", "hiring"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _m(
                "住房公积金单位缴存登记表",
                "electronic",
                note="企业开办“一网通办”时已同步采集信息的，无需重复填报",
            ),
            _id_card("经办人居民身份证"),
        ],
        "steps": ["申请", "信息核验", "缴存登记", "职工账户设立"],
        "faq": [
            {
                "q": "住房公积金缴存比例是多少？",
                "a": "单位和职工缴存比例均为5%至12%，由单位在规定范围内自主确定。",
            },
        ],
    },
    {
        "code": "GJJ-0003",
        "name": "住房公积金个人住房贷款",
        "department": "GJJ",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "公积金贷款",
            "用公积金买房",
            "公积金组合贷",
            "公积金贷款额度",
            "公积金贷款申请",
        ],
        "keywords": ["住房公积金", "贷款", "购房", "组合贷款"],
        "summary": "缴存职工购买、建造、翻建、大修自住住房的，"
        "申请住房公积金个人住房贷款。",
        "conditions": (
            "申请人连续足额缴存住房公积金满6个月，具有完全民事行为能力和稳定的经济收入"
            "，信用良好，具有偿还贷款本息的能力，已支付规定比例的首付款。"
        ),
        "legal_basis": "《住房公积金管理条例》第二十六条、第二十九条；"
        "《示范省住房公积金贷款管理办法》",
        "committed_days": 10,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省住房公积金管理中心服务大厅（榕城市鼓楼区五四路158号"
        "）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("住房公积金个人住房贷款申请表", "electronic"),
            _id_card("借款人及配偶居民身份证"),
            _m(
                "结婚证",
                "electronic",
                required=False,
                licence_type="JHZ",
                note="已婚的提供，通过电子证照库调取",
            ),
            _m("购房合同", "electronic", note="网签合同系统自动关联"),
            _m("首付款凭证", "copy"),
        ],
        "steps": ["申请", "受理", "审核", "签订借款合同", "抵押登记", "放款"],
        "faq": [
            {
                "q": "公积金贷款最高能贷多少？",
                "a": "贷款额度根据缴存余额、还款能力和房屋价格综合确定，"
                "本省首套房单人最高60万元、夫妻双方最高100万元（以最新政策为准）。",
            },
        ],
    },
    # ----------------------------------------------------------------- 司法行政
    {
        "code": "SF-0001",
        "name": "法律援助申请",
        "department": "SF",
        "service_type": "public",
        "audience": "citizen",
        "aliases": ["免费打官司", "申请法律援助", "找免费律师", "讨薪法律援助", "法援"],
        "keywords": ["法律援助", "律师", "经济困难", "农民工讨薪", "12348"],
        "summary": "经济困难公民和符合法定条件的其他当事人，就请求支付劳动报酬、"
        "给予社会保险待遇、请求给付赡养费等事项申请法律援助。",
        "conditions": (
            "申请事项属于《法律援助法》规定的法律援助范围，"
            "申请人经济困难或者属于免予核查经济困难状况的情形。"
            "请求支付劳动报酬或者确认劳动关系的，不受经济困难条件限制。"
        ),
        "legal_basis": "《中华人民共和国法律援助法》第三十一条、第四十一条、第四十三条",
        "committed_days": 5,
        "statutory_days": 7,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "榕城市公共法律服务中心法律援助窗口（榕城市台江区工业路3号"
        "）",
        "office_hours": _HOURS,
        "life_events": ["social_assistance", "employment"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("法律援助申请表", "electronic"),
            _id_card(),
            _m(
                "经济困难状况说明表",
                "electronic",
                note="实行个人诚信承诺制，核查结果共享获取",
            ),
            _m("与所申请法律援助事项有关的材料", "copy", note="如劳动合同、工资欠条等"),
        ],
        "steps": ["申请", "受理", "审查", "决定", "指派律师"],
        "faq": [
            {
                "q": "农民工讨薪申请法律援助要审查经济状况吗？",
                "a": "不需要。请求支付劳动报酬或者确认劳动关系的，"
                "不受经济困难条件限制，可直接申请法律援助。",
            },
        ],
    },
    # ----------------------------------------------------------------- 残联
    {
        "code": "CL-0001",
        "name": "残疾人证办理",
        "department": "CL",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": ["办残疾证", "残疾证申请", "残疾评定", "申领残疾人证", "换领残疾证"],
        "keywords": ["残疾人证", "残疾评定", "第三代智能化残疾人证", "残联"],
        "summary": "符合残疾标准的人员申请办理《中华人民共和国残疾人证》，"
        "作为享受残疾人优惠政策和福利待遇的凭证。",
        "conditions": (
            "具有本省户籍或持有本省居住证，符合视力、听力、言语、肢体、智力、"
            "精神残疾标准。经指定医疗机构残疾评定后，由县级残疾人联合会审核发证。"
        ),
        "legal_basis": (
            "《中华人民共和国残疾人保障法》第二条；《中国残疾人联合会关于印发〈中华人民"
            "共和国残疾人证管理办法〉的通知》"
        ),
        "committed_days": 10,
        "statutory_days": 15,
        "fee": "不收费（残疾评定费用按规定减免）",
        "online_level": "online",
        "counter_address": "户籍所在地县（区）残疾人联合会；榕城市台江区政务服务中心残"
        "联窗口",
        "office_hours": _HOURS,
        "life_events": ["social_assistance", "medical"],
        "business_events": [],
        "licence_type": "CJRZ",
        "materials": [
            _m("残疾人证申请表", "electronic"),
            _id_card("居民身份证或居民户口簿"),
            _m("近期2寸免冠彩色照片", "electronic", note="可使用公安部门证件照片"),
        ],
        "steps": ["申请", "受理", "残疾评定", "审核", "公示", "制证发证"],
        "faq": [
            {
                "q": "行动不便不能到医院评定怎么办？",
                "a": "重度残疾人行动不便的，可申请评定医生上门评定，全程免费。",
            },
        ],
    },
    # ----------------------------------------------------------------- 药品监管
    {
        "code": "YJ-0001",
        "name": "药品经营许可证核发",
        "department": "YJ",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "开药店办证",
            "药品批发许可",
            "药店许可证",
            "办药品经营许可",
            "开连锁药店",
        ],
        "keywords": ["药品经营", "药品批发", "药品零售", "许可证", "执业药师"],
        "summary": "从事药品批发活动的由省级药品监督管理部门、"
        "从事药品零售活动的由设区的市级或县级药品监督管理部门批准，"
        "核发《药品经营许可证》。",
        "conditions": (
            "有依法经过资格认定的药师或者其他药学技术人员；"
            "有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；"
            "有与所经营药品相适应的质量管理机构或者人员，以及保证药品质量的规章制度。"
        ),
        "legal_basis": (
            "《中华人民共和国药品管理法》第五十一条、第五十二条；"
            "《药品经营和使用质量监督管理办法》（国家市场监督管理总局令第84号）"
        ),
        "committed_days": 15,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心B区药品监管窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "YPJY",
        "materials": [
            _m("药品经营许可证申请表", "electronic"),
            _business_licence(),
            _id_card("法定代表人、企业负责人身份证明"),
            _m("质量负责人学历、职称或执业药师注册证明", "electronic"),
            _m("经营场所、仓库平面布置图及使用权证明", "electronic"),
            _m("质量管理体系文件及计算机信息管理系统说明", "electronic"),
        ],
        "steps": ["申请", "受理", "技术审查", "现场检查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "药品经营许可证到期怎么办？",
                "a": "有效期为5年，需要继续经营的，应当在有效期届满前6个月至2个月期间申"
                "请重新审查发证。",
            },
        ],
    },
    # ----------------------------------------------------------------- 税务
    {
        "code": "SW-0001",
        "name": "个人所得税综合所得汇算",
        "department": "SW",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": ["个税汇算", "个税退税", "年度汇算清缴", "个税APP退税", "个税补税"],
        "keywords": ["个人所得税", "综合所得", "年度汇算", "退税", "专项附加扣除"],
        "summary": "居民个人取得工资薪金、劳务报酬、稿酬、特许权使用费等综合所得，"
        "在次年3月1日至6月30日办理年度汇算，多退少补。",
        "conditions": (
            "纳税年度内已预缴税额高于应纳税额且申请退税的，"
            "或者综合所得收入超过12万元且需要补税金额超过400元的，应当办理年度汇算。"
            "可通过个人所得税APP自行办理，也可由扣缴单位代为办理。"
        ),
        "legal_basis": (
            "《中华人民共和国个人所得税法》第二条、第十条、第十一条；"
            "《中华人民共和国个人所得税法实施条例》第二十五条"
        ),
        "committed_days": 0,
        "statutory_days": 0,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "国家税务总局榕城市鼓楼区税务局办税服务厅（鼓楼区湖东路158号"
        "）",
        "office_hours": "工作日 9:00-12:00，13:30-17:30；汇算期间周六 9:00-17:00",
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "收入及专项附加扣除信息",
                "electronic",
                note="个人所得税APP预填，纳税人确认",
            ),
            _m(
                "境内一类银行账户",
                "electronic",
                required=False,
                note="申请退税时提供，可使用社会保障卡金融账户",
            ),
        ],
        "steps": ["预约", "申报", "税务审核", "退（补）税"],
        "faq": [
            {
                "q": "汇算提交后多久能收到退税？",
                "a": "税务机关审核通过后，一般在数个工作日内完成退库，"
                "可在个人所得税APP“申报查询”中查看进度。",
            },
        ],
    },
    {
        "code": "SW-0002",
        "name": "新办纳税人套餐式服务",
        "department": "SW",
        "service_type": "registration",
        "audience": "business",
        "aliases": [
            "新公司税务报到",
            "税务登记",
            "领发票",
            "开通数电发票",
            "新办企业涉税",
        ],
        "keywords": ["新办纳税人", "税务登记", "数电发票", "税费种认定", "企业开办"],
        "summary": "新办纳税人首次办理涉税事项时，一次性办结信息确认、税费种认定、"
        "发票票种核定和数电发票开票资格等事项。",
        "conditions": (
            "已领取营业执照的新办企业、个体工商户等纳税人，法定代表人、"
            "财务负责人和办税人员已完成实名认证。"
        ),
        "legal_basis": (
            "《中华人民共和国税收征收管理法》第十五条；《中华人民共和国发票管理办法》"
            "第十五条"
        ),
        "committed_days": 0,
        "statutory_days": 1,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "国家税务总局榕城市鼓楼区税务局办税服务厅（鼓楼区湖东路158号"
        "）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["startup", "tax"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _id_card("法定代表人、财务负责人、办税人员身份证明"),
            _m(
                "经营场所证明",
                "electronic",
                required=False,
                note="登记信息已共享的免于提交",
            ),
        ],
        "steps": ["实名认证", "信息确认", "税费种认定", "发票资格开通"],
        "faq": [
            {
                "q": "新公司还需要领纸质发票吗？",
                "a": "本省已全面推行数电发票，新办纳税人完成套餐式服务后即可通过电子发"
                "票服务平台开具，无需领用税控设备和纸质发票。",
            },
        ],
    },
    # ----------------------------------------------------------------- 市县审批
    {
        "code": "RCSP-0001",
        "name": "城镇污水排入排水管网许可",
        "department": "RCSP",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "排水许可证",
            "办排水证",
            "污水接管许可",
            "餐饮排水许可",
            "排水户许可",
        ],
        "keywords": ["排水许可", "污水", "排水管网", "排水户"],
        "summary": "从事工业、建筑、餐饮、医疗等活动的企业事业单位、"
        "个体工商户向城镇排水设施排放污水的，申请领取《城镇污水排入排水管网许可证》。",
        "conditions": (
            "排放口的设置符合城镇排水与污水处理规划的要求，"
            "排放的污水符合国家和地方规定的排放标准。按规定建设预处理设施、"
            "专用检测井等，对具备条件的实行告知承诺制。"
        ),
        "legal_basis": (
            "《城镇排水与污水处理条例》第二十一条；《城镇污水排入排水管网许可管理办法》"
            "（住房和城乡建设部令第21号）"
        ),
        "committed_days": 5,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市行政服务中心二层综合受理窗口（榕城市台江区望龙二路1号"
        "）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "construction"],
        "licence_type": "PSXK",
        "materials": [
            _m("排水许可申请表", "electronic"),
            _business_licence(),
            _m(
                "排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明",
                "electronic",
            ),
            _m(
                "排水水质检测报告",
                "electronic",
                required=False,
                note="告知承诺制可容缺后补",
            ),
        ],
        "steps": ["申请", "受理", "审查", "现场核查", "许可决定", "送达"],
        "faq": [
            {
                "q": "小餐馆也要办排水许可证吗？",
                "a": "从事餐饮服务并向城镇排水设施排放污水的，应当申请排水许可；"
                "本市对小型餐饮排水户实行告知承诺，当场办结。",
            },
        ],
    },
    {
        "code": "LDSP-0001",
        "name": "户外广告设施设置审批",
        "department": "LDSP",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["装招牌", "店招审批", "户外广告审批", "广告牌许可", "门头招牌备案"],
        "keywords": ["户外广告", "店招", "招牌", "市容", "设置审批"],
        "summary": "在鹭岛市城市道路、公共场所及建筑物、构筑物外设置户外广告设施的，"
        "申请户外广告设施设置审批。",
        "conditions": (
            "设置地点、规格、样式符合鹭岛市户外广告设施设置规划和技术规范。"
            "设施结构安全可靠，已取得设置场地产权人或管理人同意。"
            "店招标识按规范设置的实行备案管理。"
        ),
        "legal_basis": "《城市市容和环境卫生管理条例》第十一条；"
        "《鹭岛市户外广告设施设置管理办法》",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "鹭岛市市民服务中心一层综合受理区（鹭岛市湖滨南路88号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "startup"],
        "licence_type": None,
        "materials": [
            _m("户外广告设施设置申请表", "electronic"),
            _business_licence(),
            _m("设置地点位置图和效果图", "electronic"),
            _m("场地产权人或管理人同意设置的证明", "copy"),
            _m(
                "结构安全性能检测报告",
                "electronic",
                required=False,
                note="大型户外广告设施提供",
            ),
        ],
        "steps": ["申请", "受理", "审查", "现场勘查", "审批决定", "送达"],
        "faq": [
            {
                "q": "店门口挂个招牌也要审批吗？",
                "a": "在本单位经营场所外设置符合规范的店招标识，实行告知承诺备案管理，"
                "在线提交后即可设置。",
            },
        ],
    },
    {
        "code": "GLZW-0001",
        "name": "水电气网联合报装",
        "department": "GLZW",
        "service_type": "public",
        "audience": "both",
        "aliases": [
            "装水电",
            "接水接电",
            "开通燃气",
            "宽带报装",
            "新房开通水电气",
            "店铺通水电",
        ],
        "keywords": ["供水", "供电", "燃气", "宽带", "联合报装", "公用事业"],
        "summary": "居民和企业一次申请，同步办理供水、供电、燃气、网络报装，"
        "由各公用企业联合踏勘、并联施工。",
        "conditions": (
            "申请人为房屋产权人或合法使用人，报装地址在鼓楼区公用管网覆盖范围内。"
            "涉及占道挖掘、绿地占用的，由政务服务中心同步联办审批手续。"
        ),
        "legal_basis": "《优化营商环境条例》第二十五条；《示范省优化营商环境条例》",
        "committed_days": 3,
        "statutory_days": 10,
        "fee": "报装服务不收费；水、电、气、网使用费按各公用企业收费标准执行",
        "online_level": "full_online",
        "counter_address": "榕城市鼓楼区政务服务中心一层水电气网综合窗口（鼓楼区温泉路9"
        "号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": ["startup", "construction"],
        "licence_type": None,
        "materials": [
            _m("水电气网联合报装申请表", "electronic"),
            _id_card("申请人居民身份证", note="单位申请的，营业执照通过电子证照库调取"),
            _m(
                "不动产权证书或房屋租赁合同",
                "electronic",
                licence_type="BDCQ",
                note="自有产权的通过电子证照库调取",
            ),
        ],
        "steps": ["一表申请", "联合踏勘", "方案答复", "并联施工", "通水通电通气"],
        "faq": [
            {
                "q": "低压小微企业接电要多久？",
                "a": "160千瓦及以下低压小微企业用电报装实行“零上门、零审批、零投资”，"
                "无外线工程的3个工作日内完成接电。",
            },
        ],
    },
    {
        "code": "TJZW-0001",
        "name": "困难残疾人生活补贴和重度残疾人护理补贴申请",
        "department": "TJZW",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["残疾人两项补贴", "残疾人护理补贴", "残疾人生活补贴", "两补申请"],
        "keywords": ["残疾人", "生活补贴", "护理补贴", "两项补贴"],
        "summary": "为低保家庭中的残疾人发放生活补贴，为残疾等级为一级、"
        "二级且需要长期照护的重度残疾人发放护理补贴。",
        "conditions": (
            "申请人具有台江区户籍并持有第三代残疾人证。生活补贴对象为低保家庭中的残疾人"
            "，护理补贴对象为残疾等级一级、二级且需要长期照护的重度残疾人。"
        ),
        "legal_basis": (
            "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"
            "（国发〔2015〕52号）"
        ),
        "committed_days": 15,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市台江区政务服务中心残联窗口（台江区广达路28号）",
        "office_hours": _HOURS,
        "life_events": ["social_assistance", "medical"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("残疾人两项补贴申请审批表", "electronic"),
            _m(
                "残疾人证",
                "electronic",
                licence_type="CJRZ",
                note="通过电子证照库调取",
            ),
            _id_card(),
            _m(
                "低保家庭证明",
                "electronic",
                required=False,
                note="通过民政社会救助系统共享核验，无需提交",
            ),
        ],
        "steps": ["申请", "受理", "审核", "审定", "按月发放"],
        "faq": [
            {
                "q": "可以在全省其他地方申请吗？",
                "a": "残疾人两项补贴已实现“跨省通办”，可在居住地提出申请，"
                "由户籍地审核发放。",
            },
        ],
    },
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
    _check(len(SERVICES) >= 45, f"need at least 45 services, have {len(SERVICES)}")
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
    _check(svc["steps"], f"{code}: no steps")
    _check(1 <= len(svc["faq"]) <= 2, f"{code}: need 1-2 FAQ entries")
    for item in svc["faq"]:
        _check(item["q"] and item["a"], f"{code}: empty FAQ entry")


if __name__ == "__main__":  # pragma: no cover
    validate()
