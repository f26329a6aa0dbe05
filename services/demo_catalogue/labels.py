"""Enumerations used by the demo catalogue (value -> Chinese label)."""

from __future__ import annotations

from typing import Final, Literal

RegionLevel = Literal["province", "city", "county"]
HolderKind = Literal["organisation", "person"]
ServiceType = Literal["licence", "confirmation", "payment", "public", "registration"]
Audience = Literal["citizen", "business", "both"]
OnlineLevel = Literal["info", "download", "online", "full_online"]
MaterialForm = Literal["original", "copy", "electronic"]
SharedResource = Literal["population", "legal_entity", "social_security", "health_card"]
MaterialCode = Literal[
    "photo.resident-id-card",
    "photo.exit-entry",
    "photo.id-2inch",
    "bank.personal-account",
    "education.diploma",
    "welfare.means-test-consent",
    "labour.termination-proof",
    "contract.home-purchase",
    "vehicle.licence",
    "vehicle.ctpl-insurance",
    "vehicle.sale-invoice",
    "vehicle.conformity-cert",
    "premises.use-proof",
    "env.self-monitoring-plan",
    "construction.completion-report",
    "transport.safety-rules",
]

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

#: Material codes (材料编码): one kind of document that several services ask
#: for, so a file supplied for one is offered again for the others
#: (``MaterialRequirement.material_code``). A code names what the document *is*,
#: not what it is called: a requirement gets one only when every file that
#: satisfies it would satisfy every other requirement with the code. Left
#: uncoded on purpose: per-claim documents (medical invoices: an invoice claimed
#: once must not be offered for the next claim), per-application forms and
#: authorisations, a new entity's founding documents (articles, the premises of
#: a company being set up), and "A or B" requirements whose alternatives differ
#: (劳动合同或营业执照).
MATERIAL_CODES: Final[dict[str, str]] = {
    # The resident ID card photo follows the police standard (回执); a generic
    # ID photo does not, so the two are different kinds.
    "photo.resident-id-card": "居民身份证相片",
    "photo.exit-entry": "出入境证件相片",
    "photo.id-2inch": "近期免冠彩色证件照",
    "bank.personal-account": "本人银行卡（账户）",
    "education.diploma": "毕业证书（学历证书）",
    "welfare.means-test-consent": "家庭经济状况核对授权书",
    "labour.termination-proof": "解除或终止劳动关系证明",
    "contract.home-purchase": "房屋买卖合同",
    "vehicle.licence": "机动车行驶证",
    "vehicle.ctpl-insurance": "交强险保险凭证",
    # 机动车销售统一发票; an electric bicycle's invoice is an ordinary one.
    "vehicle.sale-invoice": "机动车销售统一发票",
    "vehicle.conformity-cert": "机动车整车出厂合格证",
    # Of an organisation that exists: its permits share its premises.
    "premises.use-proof": "经营场所使用证明",
    "env.self-monitoring-plan": "自行监测方案",
    "construction.completion-report": "工程竣工验收报告",
    "transport.safety-rules": "道路运输企业安全生产管理制度",
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
