"""Electronic licence / certificate types (电子证照) and their issuers."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import LicenceType

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
