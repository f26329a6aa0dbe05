"""公安 services: 身份证, 户籍 and 驾驶证."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS_EXTENDED,
    _HOURS_POLICE,
    Service,
    _hukou,
    _id_card,
    _m,
)

# 公安 -- 身份证、户籍、驾驶证 (GA-0001..0006)
GA_HOUSEHOLD_SERVICES: Final[list[Service]] = [
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
                code="photo.resident-id-card",
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
            _m(
                "居民身份证相片",
                "electronic",
                note="可在受理点现场采集",
                code="photo.resident-id-card",
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
            _m(
                "居民身份证相片",
                "electronic",
                note="可在受理点现场采集",
                code="photo.resident-id-card",
            ),
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
]
