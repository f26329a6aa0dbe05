"""市场监管 and 药品监管 services."""

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

# 市场监管
SCJG_SERVICES: Final[list[Service]] = [
    {
        "code": "SCJG-0001",
        "name": "企业设立登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["开公司", "注册公司", "办营业执照", "成立公司", "办执照"],
        "keywords": ["公司", "营业执照", "设立", "注册", "市场主体", "企业开办"],
        "summary": "办理有限责任公司、股份有限公司、非公司企业法人及合伙企业等各类企业"
        "的设立登记，核发《营业执照》。",
        "conditions": (
            "申请人应当有符合规定的企业名称、住所（经营场所）、出资额和组织机构。"
            "公司章程由全体股东（发起人）签署。经营范围涉及法律、"
            "行政法规规定须经批准项目的，应当依法取得批准文件。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第二十九条、第三十条；"
            "《中华人民共和国市场主体登记管理条例》第三条、第十九条；"
            "《中华人民共和国市场主体登记管理条例实施细则》"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["employment"],
        "business_events": ["startup"],
        "licence_type": "YYZZ",
        "materials": [
            _m(
                "公司登记（备案）申请书",
                "electronic",
                note="通过企业开办“一网通办”平台在线填报",
            ),
            _m(
                "公司章程",
                "electronic",
                note="可选用平台提供的章程参考模板，全体股东电子签名",
            ),
            _id_card(
                "股东、法定代表人身份证明",
                note="自然人股东通过人口库核验，需实名认证",
            ),
            _m(
                "企业股东主体资格证明",
                "electronic",
                required=False,
                shared_resource="legal_entity",
                note="股东为本省企业的，通过法人库自动核验",
            ),
            _m("董事、监事、高级管理人员任职文件", "electronic"),
            _m(
                "住所（经营场所）使用证明",
                note="自有房产可通过不动产登记信息共享免提交；实行住所申报承诺制",
            ),
        ],
        "steps": ["名称自主申报", "网上申请", "受理", "审核", "核准发照", "证照送达"],
        "faq": [
            {
                "q": "注册资本需要在成立时一次性实缴吗？",
                "a": "不需要。根据2024年7月1日起施行的《公司法》，"
                "有限责任公司全体股东认缴的出资额应当按照章程规定自公司成立之日起五年内"
                "缴足。",
            },
            {
                "q": "可以只领电子营业执照吗？",
                "a": "可以。电子营业执照与纸质营业执照具有同等法律效力，"
                "可通过“电子营业执照”小程序下载使用，纸质执照可选择邮寄送达。",
            },
        ],
    },
    {
        "code": "SCJG-0002",
        "name": "企业变更登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "公司变更",
            "换法人",
            "公司改名",
            "变更经营范围",
            "公司迁址",
            "股权变更",
        ],
        "keywords": ["变更", "法定代表人", "注册资本", "经营范围", "住所", "股东"],
        "summary": "企业名称、住所、法定代表人、注册资本、经营范围、"
        "股东等登记事项发生变化的，办理变更登记并换发《营业执照》。",
        "conditions": (
            "企业登记事项发生变更的，应当自作出变更决议、决定或者法定变更事项发生之日起"
            "30日内申请变更登记。变更事项涉及前置审批的，应当先取得有关批准文件。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第三十四条；《中华人民共和国市场主体登记管理条例》"
            "第二十四条至第二十九条"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": [],
        "business_events": ["change"],
        "licence_type": "YYZZ",
        "materials": [
            _m("公司变更登记（备案）申请书", "electronic", note="法定代表人电子签名"),
            _business_licence(note="通过电子证照库调取；领取新执照时交回纸质原件"),
            _m("股东会决议或股东决定", "electronic", note="依照公司章程作出"),
            _m("章程修正案或修改后的公司章程", "electronic", required=False),
            _id_card(
                "新任法定代表人身份证明",
                required=False,
                note="变更法定代表人时提供",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "核准", "换发执照"],
        "faq": [
            {
                "q": "只变更经营范围，需要到窗口吗？",
                "a": "不需要。经营范围变更可全程网上办理，审核通过后电子营业执照同步更"
                "新。",
            },
        ],
    },
    {
        "code": "SCJG-0003",
        "name": "企业注销登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["注销公司", "公司关门", "简易注销", "关闭公司", "公司不开了"],
        "keywords": ["注销", "清算", "简易注销", "清税", "营业执照"],
        "summary": "企业因解散、被宣告破产或者其他法定事由需要终止的，办理注销登记，"
        "符合条件的可适用简易注销程序。",
        "conditions": (
            "企业应当依法成立清算组进行清算，并在清算结束后申请注销登记。"
            "未发生债权债务或者已将债权债务清偿完结的，经全体投资人书面承诺，"
            "可以按照简易程序办理注销登记。"
        ),
        "legal_basis": (
            "《中华人民共和国公司法》第二百三十九条至第二百四十一条；"
            "《中华人民共和国市场主体登记管理条例》第三十一条至第三十四条"
        ),
        "committed_days": 1,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区3号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["closure"],
        "licence_type": None,
        "materials": [
            _m("注销登记申请书", "electronic"),
            _m(
                "清算报告或全体投资人承诺书",
                "electronic",
                note="简易注销提交全体投资人承诺书",
            ),
            _business_licence(
                note="通过电子证照库调取；纸质营业执照正、副本原件需交回"
            ),
            _m(
                "清税证明",
                "electronic",
                required=False,
                note="已与税务部门信息共享，无需提交",
            ),
        ],
        "steps": ["清算公示", "网上申请", "受理", "审核", "核准注销", "结果送达"],
        "faq": [
            {
                "q": "简易注销的公示期是多久？",
                "a": "企业应当通过国家企业信用信息公示系统公示，公示期为20日。"
                "公示期内无异议的，可于公示期满之日起20日内申请注销登记。",
            },
        ],
    },
    {
        "code": "SCJG-0004",
        "name": "个体工商户设立登记",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "开个体店",
            "办个体执照",
            "个体户注册",
            "开小店办执照",
            "摆摊办执照",
        ],
        "keywords": ["个体工商户", "个体户", "营业执照", "经营者"],
        "summary": "有经营能力的公民从事工商业经营的，办理个体工商户设立登记，"
        "核发《营业执照》。",
        "conditions": (
            "申请人应当为具有经营能力的自然人，有固定的经营场所。经营项目涉及许可的，"
            "应当依法取得相关许可后方可开展经营。"
        ),
        "legal_basis": (
            "《促进个体工商户发展条例》第六条；《中华人民共和国市场主体登记管理条例》"
            "第八条、第十九条"
        ),
        "committed_days": 0,
        "statutory_days": 3,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "经营场所所在地市场监督管理所；榕城市鼓楼区政务服务中心（鼓"
        "楼区温泉路9号）",
        "office_hours": _HOURS,
        "life_events": ["employment"],
        "business_events": ["startup"],
        "licence_type": "YYZZ",
        "materials": [
            _m("个体工商户登记（备案）申请书", "electronic"),
            _id_card("经营者居民身份证"),
            _m(
                "经营场所使用证明",
                note="实行住所（经营场所）申报承诺制的，可提交承诺书",
            ),
        ],
        "steps": ["网上申请", "受理", "核准", "发照"],
        "faq": [
            {
                "q": "个体工商户可以不起字号名称吗？",
                "a": "可以。个体工商户可以使用名称，也可以不使用名称，"
                "不使用名称的以经营者姓名登记。",
            },
        ],
    },
    {
        "code": "SCJG-0005",
        "name": "食品经营许可证核发",
        "department": "SCJG",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办食品经营许可证",
            "开餐馆办证",
            "餐饮许可证",
            "超市卖食品办证",
            "开奶茶店",
        ],
        "keywords": ["食品经营", "餐饮", "许可证", "食品安全", "预包装食品"],
        "summary": "从事食品销售和餐饮服务活动的，依法取得《食品经营许可证》。"
        "仅销售预包装食品的，实行备案管理。",
        "conditions": (
            "申请人应当具有与经营的食品品种、数量相适应的经营场所和设备设施，"
            "配备食品安全管理人员，并有保证食品安全的规章制度。经营场所应当与有毒、"
            "有害场所以及其他污染源保持规定的距离。"
        ),
        "legal_basis": (
            "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》"
            "（国家市场监督管理总局令第78号）"
        ),
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区5号窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "SPJY",
        "materials": [
            _m("食品经营许可申请书", "electronic"),
            _business_licence(),
            _m("经营设施设备清单及经营场所平面布局图", "electronic"),
            _m("食品安全自查、进货查验记录等食品安全管理制度", "electronic"),
            _m(
                "从业人员健康证明",
                "electronic",
                shared_resource="health_card",
                note="通过健康证明信息共享核验，无需上传",
            ),
        ],
        "steps": ["申请", "受理", "材料审查", "现场核查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "只卖包装好的饮料零食，也要办食品经营许可证吗？",
                "a": "仅销售预包装食品的，不需要取得许可，但应当在开展经营活动后10个工"
                "作日内向所在地市场监管部门备案。",
            },
        ],
    },
]


# 药品监管
YJ_SERVICES: Final[list[Service]] = [
    {
        "code": "YJ-0001",
        "name": "药品经营许可证核发",
        "department": "YJ",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "开药店办证",
            "药品批发许可",
            "药店许可证",
            "办药品经营许可",
            "开连锁药店",
        ],
        "keywords": ["药品经营", "药品批发", "药品零售", "许可证", "执业药师"],
        "summary": "从事药品批发活动的由省级药品监督管理部门、"
        "从事药品零售活动的由设区的市级或县级药品监督管理部门批准，"
        "核发《药品经营许可证》。",
        "conditions": (
            "有依法经过资格认定的药师或者其他药学技术人员；"
            "有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境；"
            "有与所经营药品相适应的质量管理机构或者人员，以及保证药品质量的规章制度。"
        ),
        "legal_basis": (
            "《中华人民共和国药品管理法》第五十一条、第五十二条；"
            "《药品经营和使用质量监督管理办法》（国家市场监督管理总局令第84号）"
        ),
        "committed_days": 15,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心B区药品监管窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "YPJY",
        "materials": [
            _m("药品经营许可证申请表", "electronic"),
            _business_licence(),
            _id_card("法定代表人、企业负责人身份证明"),
            _m("质量负责人学历、职称或执业药师注册证明", "electronic"),
            _m("经营场所、仓库平面布置图及使用权证明", "electronic"),
            _m("质量管理体系文件及计算机信息管理系统说明", "electronic"),
        ],
        "steps": ["申请", "受理", "技术审查", "现场检查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "药品经营许可证到期怎么办？",
                "a": "有效期为5年，需要继续经营的，应当在有效期届满前6个月至2个月期间申"
                "请重新审查发证。",
            },
        ],
    },
]
