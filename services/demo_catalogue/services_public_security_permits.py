"""公安 services: 出入境证件, 居住证, 证明 and 印章."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS_EXTENDED,
    _HOURS_POLICE,
    Service,
    _business_licence,
    _id_card,
    _m,
)

# 公安 -- 出入境、居住证、证明、印章 (GA-0007..0011)
GA_PERMIT_SERVICES: Final[list[Service]] = [
    {
        "code": "GA-0007",
        "name": "普通护照签发",
        "department": "GA",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": ["办护照", "出国办护照", "护照过期换发", "护照补办", "出国旅游证件"],
        "keywords": ["护照", "出入境", "出国", "换发", "补发"],
        "summary": "中国公民因前往外国定居、探亲、学习、就业、旅行、"
        "从事商务活动等非公务原因出国的，申请签发、换发、补发普通护照。",
        "conditions": (
            "申请人应为中国公民，可在全国任一出入境管理机构申请，实行“全国通办”。"
            "未满十六周岁或者无民事行为能力的，由监护人陪同办理。"
        ),
        "legal_basis": (
            "《中华人民共和国护照法》第四条、第五条、第六条；"
            "《中华人民共和国出境入境管理法》第九条"
        ),
        "committed_days": 7,
        "statutory_days": 15,
        "fee": "按国家标准收取普通护照每本120元",
        "online_level": "online",
        "counter_address": "榕城市公安局出入境管理支队受理大厅（榕城市鼓楼区东街路18号"
        "）",
        "office_hours": "周一至周日 9:00-17:00（法定节假日除外）",
        "life_events": ["travel"],
        "business_events": [],
        "licence_type": "HZ",
        "materials": [
            _m(
                "中国公民出入境证件申请表",
                "electronic",
                note="可网上预约填报或现场自助填写",
            ),
            _id_card(),
            _m(
                "出入境证件照片",
                "electronic",
                note="受理点现场免费照相采集",
                code="photo.exit-entry",
            ),
            _m("原护照", "original", required=False, note="换发时提交"),
        ],
        "steps": ["网上预约", "现场申请", "受理", "审核签发", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "护照可以邮寄到家吗？",
                "a": "可以。申请时选择邮政速递送证服务，证件签发后将邮寄到指定地址，"
                "邮费自理。",
            },
        ],
    },
    {
        "code": "GA-0008",
        "name": "往来港澳通行证签发",
        "department": "GA",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "办港澳通行证",
            "去香港办证",
            "港澳签注",
            "港澳通行证续签",
            "去澳门办证",
        ],
        "keywords": ["港澳", "通行证", "签注", "旅游签注", "出入境"],
        "summary": "内地居民前往香港、澳门旅游、探亲、商务、学习等，"
        "申请签发往来港澳通行证及签注。",
        "conditions": (
            "内地居民可在全国任一出入境管理机构申请。已持有有效通行证的，"
            "可通过自助签注机或网上申请再次签注。"
        ),
        "legal_basis": (
            "《中华人民共和国出境入境管理法》第十条；《中国公民因私事往来香港地区或者澳"
            "门地区的暂行管理办法》"
        ),
        "committed_days": 7,
        "statutory_days": 15,
        "fee": "往来港澳通行证每本60元；一次有效签注每件15元，二次有效签注每件30元",
        "online_level": "online",
        "counter_address": "榕城市公安局出入境管理支队受理大厅（榕城市鼓楼区东街路18号"
        "）",
        "office_hours": "周一至周日 9:00-17:00（法定节假日除外）",
        "life_events": ["travel"],
        "business_events": [],
        "licence_type": "GAZ",
        "materials": [
            _m("中国公民出入境证件申请表", "electronic"),
            _id_card(),
            _m(
                "出入境证件照片",
                "electronic",
                note="受理点现场免费照相采集",
                code="photo.exit-entry",
            ),
        ],
        "steps": ["网上预约", "现场申请", "受理", "审核签发", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "已经有通行证了，再去香港要重新办吗？",
                "a": "通行证在有效期内的，只需办理签注，可使用自助签注机即时办理，"
                "或通过“移民局”APP在线申请。",
            },
        ],
    },
    {
        "code": "GA-0009",
        "name": "居住证申领",
        "department": "GA",
        "service_type": "confirmation",
        "audience": "citizen",
        "aliases": [
            "办居住证",
            "外地人办居住证",
            "暂住证",
            "积分入学居住证",
            "新市民居住证",
        ],
        "keywords": ["居住证", "居住登记", "流动人口", "新市民", "基本公共服务"],
        "summary": "公民离开常住户口所在地到本省城市居住半年以上的，申领居住证，"
        "享受居住地基本公共服务和便利。",
        "conditions": (
            "申请人离开常住户口所在地到本省城市居住半年以上，且符合有合法稳定就业、"
            "合法稳定住所、连续就读条件之一。未满十六周岁的未成年人等可由监护人代为申领"
            "。"
        ),
        "legal_basis": "《居住证暂行条例》第二条、第九条、第十一条；"
        "《示范省居住证实施办法》",
        "committed_days": 10,
        "statutory_days": 15,
        "fee": "首次申领不收费；换领、补领按规定收取工本费20元",
        "online_level": "full_online",
        "counter_address": "居住地公安派出所户政窗口或社区流动人口服务站",
        "office_hours": _HOURS_POLICE,
        "life_events": ["residence", "employment", "schooling"],
        "business_events": [],
        "licence_type": "JZZ",
        "materials": [
            _id_card(),
            _m(
                "居住登记信息",
                "electronic",
                shared_resource="population",
                note="居住登记满半年后系统自动核验",
            ),
            _m(
                "合法稳定就业、住所或连续就读证明",
                note="劳动合同、不动产权证书、租赁合同或学籍证明之一",
            ),
        ],
        "steps": ["网上申请", "受理", "审核", "制证", "领取或邮寄"],
        "faq": [
            {
                "q": "居住证每年都要续签吗？",
                "a": "居住证有效期为一年，在有效期内连续居住的，"
                "可在有效期满前通过“一网通办”平台在线签注，延长有效期。",
            },
        ],
    },
    {
        "code": "GA-0010",
        "name": "无犯罪记录证明开具",
        "department": "GA",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "开无犯罪证明",
            "无犯罪记录",
            "政审证明",
            "良民证",
            "出国无犯罪证明",
        ],
        "keywords": ["无犯罪记录", "证明", "政审", "入职", "出国"],
        "summary": "因入职、入学、出国等需要，为个人开具在我国境内有无犯罪记录的证明。",
        "conditions": (
            "中国公民可向户籍地或居住地公安派出所申请，也可通过“一网通办”平台在线申请。"
            "委托他人代办的，应当出具委托书和双方身份证件。"
        ),
        "legal_basis": "《公安机关办理无犯罪记录证明工作规定》（公通字〔2021〕13号）",
        "committed_days": 3,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍地或居住地公安派出所户政窗口",
        "office_hours": _HOURS_POLICE,
        "life_events": ["employment", "travel"],
        "business_events": [],
        "licence_type": "WFZ",
        "materials": [
            _id_card(),
            _m(
                "委托书及受托人身份证件",
                "original",
                required=False,
                note="委托代办时提供",
            ),
        ],
        "steps": ["申请", "受理", "查询核实", "出具证明", "送达"],
        "faq": [
            {
                "q": "无犯罪记录证明有效期多久？",
                "a": "证明本身不设有效期，但多数用证单位要求为三个月内开具，"
                "请以用证单位要求为准。电子证明可在线核验真伪。",
            },
        ],
    },
    {
        "code": "GA-0011",
        "name": "印章刻制备案",
        "department": "GA",
        "service_type": "registration",
        "audience": "business",
        "aliases": ["刻章", "刻公章", "公章备案", "新公司刻章", "刻财务章"],
        "keywords": ["印章", "公章", "刻制", "备案", "企业开办"],
        "summary": "企业、事业单位等刻制公章后，由刻章企业向公安机关进行备案，"
        "纳入企业开办“一网通办”免费刻章。",
        "conditions": (
            "企业取得营业执照后，可自主选择具备资质的公章刻制企业刻制印章。"
            "新开办企业首套印章（公章、财务专用章、发票专用章等）"
            "由政府购买服务免费刻制。"
        ),
        "legal_basis": (
            "《国务院关于第三批取消中央指定地方实施行政许可事项的决定》"
            "（国发〔2017〕7号）；《印铸刻字业暂行管理规则》"
        ),
        "committed_days": 0,
        "statutory_days": 1,
        "fee": "不收费（新开办企业首套印章由政府购买服务）",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心A区企业开办专区（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": [],
        "business_events": ["startup"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _id_card("法定代表人居民身份证"),
            _m("印章印模", "electronic", note="由刻章企业上传至公章治安管理信息系统"),
        ],
        "steps": ["选择刻章企业", "刻制", "备案", "交付印章"],
        "faq": [
            {
                "q": "可以同时申领电子印章吗？",
                "a": "可以。新开办企业在领取电子营业执照时可同步免费申领电子印章。",
            },
        ],
    },
]
