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
