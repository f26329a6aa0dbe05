"""住房公积金 services (the citizen ones of GJJ-02xx are in
``services_citizen_housing_fund``)."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    _HOURS_EXTENDED,
    Service,
    _business_licence,
    _id_card,
    _m,
)

# 住房公积金
GJJ_SERVICES: Final[list[Service]] = [
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
                code="bank.personal-account",
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
            _m(
                "购房合同",
                "electronic",
                note="网签合同系统自动关联",
                code="contract.home-purchase",
            ),
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
]
