"""医疗保障 services."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    Service,
    _id_card,
    _m,
)

# 医疗保障
YB_SERVICES: Final[list[Service]] = [
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
]
