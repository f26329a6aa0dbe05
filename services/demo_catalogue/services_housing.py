"""住房城乡建设, 自然资源 (不动产) and 住房公积金 services."""

from __future__ import annotations

from typing import Final

from ._helpers import (
    _HOURS,
    _HOURS_EXTENDED,
    Service,
    _business_licence,
    _id_card,
    _m,
)

# 住房城乡建设
ZJ_SERVICES: Final[list[Service]] = [
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
            _m(
                "存量房买卖合同",
                "electronic",
                note="网签合同系统自动关联",
                code="contract.home-purchase",
            ),
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
]


# 自然资源
ZR_SERVICES: Final[list[Service]] = [
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
]


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
