"""住房城乡建设 and 自然资源 (不动产) services; 住房公积金 is in
``services_housing_fund``."""

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
