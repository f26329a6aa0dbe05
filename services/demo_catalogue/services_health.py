"""卫生健康 and 残联 services."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    Service,
    _business_licence,
    _id_card,
    _m,
)

# 卫生健康
WJ_SERVICES: Final[list[Service]] = [
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
]


# 残联
CL_SERVICES: Final[list[Service]] = [
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
            _m(
                "近期2寸免冠彩色照片",
                "electronic",
                note="可使用公安部门证件照片",
                code="photo.id-2inch",
            ),
        ],
        "steps": ["申请", "受理", "残疾评定", "审核", "公示", "制证发证"],
        "faq": [
            {
                "q": "行动不便不能到医院评定怎么办？",
                "a": "重度残疾人行动不便的，可申请评定医生上门评定，全程免费。",
            },
        ],
    },
]
