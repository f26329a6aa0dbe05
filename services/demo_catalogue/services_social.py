"""民政 and 司法行政 services."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    Service,
    _hukou,
    _id_card,
    _m,
)

# 民政
MZ_SERVICES: Final[list[Service]] = [
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
                code="welfare.means-test-consent",
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
]


# 司法行政
SF_SERVICES: Final[list[Service]] = [
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
]
