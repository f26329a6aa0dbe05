"""City- and county-level (市县审批 / 政务服务中心) services."""

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

# 市县审批
LOCAL_SERVICES: Final[list[Service]] = [
    {
        "code": "RCSP-0001",
        "name": "城镇污水排入排水管网许可",
        "department": "RCSP",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "排水许可证",
            "办排水证",
            "污水接管许可",
            "餐饮排水许可",
            "排水户许可",
        ],
        "keywords": ["排水许可", "污水", "排水管网", "排水户"],
        "summary": "从事工业、建筑、餐饮、医疗等活动的企业事业单位、"
        "个体工商户向城镇排水设施排放污水的，申请领取《城镇污水排入排水管网许可证》。",
        "conditions": (
            "排放口的设置符合城镇排水与污水处理规划的要求，"
            "排放的污水符合国家和地方规定的排放标准。按规定建设预处理设施、"
            "专用检测井等，对具备条件的实行告知承诺制。"
        ),
        "legal_basis": (
            "《城镇排水与污水处理条例》第二十一条；《城镇污水排入排水管网许可管理办法》"
            "（住房和城乡建设部令第21号）"
        ),
        "committed_days": 5,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市行政服务中心二层综合受理窗口（榕城市台江区望龙二路1号"
        "）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "construction"],
        "licence_type": "PSXK",
        "materials": [
            _m("排水许可申请表", "electronic"),
            _business_licence(),
            _m(
                "排水户内部排水管网、专用检测井、污水排放口位置和口径的图纸及说明",
                "electronic",
            ),
            _m(
                "排水水质检测报告",
                "electronic",
                required=False,
                note="告知承诺制可容缺后补",
            ),
        ],
        "steps": ["申请", "受理", "审查", "现场核查", "许可决定", "送达"],
        "faq": [
            {
                "q": "小餐馆也要办排水许可证吗？",
                "a": "从事餐饮服务并向城镇排水设施排放污水的，应当申请排水许可；"
                "本市对小型餐饮排水户实行告知承诺，当场办结。",
            },
        ],
    },
    {
        "code": "LDSP-0001",
        "name": "户外广告设施设置审批",
        "department": "LDSP",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["装招牌", "店招审批", "户外广告审批", "广告牌许可", "门头招牌备案"],
        "keywords": ["户外广告", "店招", "招牌", "市容", "设置审批"],
        "summary": "在鹭岛市城市道路、公共场所及建筑物、构筑物外设置户外广告设施的，"
        "申请户外广告设施设置审批。",
        "conditions": (
            "设置地点、规格、样式符合鹭岛市户外广告设施设置规划和技术规范。"
            "设施结构安全可靠，已取得设置场地产权人或管理人同意。"
            "店招标识按规范设置的实行备案管理。"
        ),
        "legal_basis": "《城市市容和环境卫生管理条例》第十一条；"
        "《鹭岛市户外广告设施设置管理办法》",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "鹭岛市市民服务中心一层综合受理区（鹭岛市湖滨南路88号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "startup"],
        "licence_type": None,
        "materials": [
            _m("户外广告设施设置申请表", "electronic"),
            _business_licence(),
            _m("设置地点位置图和效果图", "electronic"),
            _m("场地产权人或管理人同意设置的证明", "copy"),
            _m(
                "结构安全性能检测报告",
                "electronic",
                required=False,
                note="大型户外广告设施提供",
            ),
        ],
        "steps": ["申请", "受理", "审查", "现场勘查", "审批决定", "送达"],
        "faq": [
            {
                "q": "店门口挂个招牌也要审批吗？",
                "a": "在本单位经营场所外设置符合规范的店招标识，实行告知承诺备案管理，"
                "在线提交后即可设置。",
            },
        ],
    },
    {
        "code": "GLZW-0001",
        "name": "水电气网联合报装",
        "department": "GLZW",
        "service_type": "public",
        "audience": "both",
        "aliases": [
            "装水电",
            "接水接电",
            "开通燃气",
            "宽带报装",
            "新房开通水电气",
            "店铺通水电",
        ],
        "keywords": ["供水", "供电", "燃气", "宽带", "联合报装", "公用事业"],
        "summary": "居民和企业一次申请，同步办理供水、供电、燃气、网络报装，"
        "由各公用企业联合踏勘、并联施工。",
        "conditions": (
            "申请人为房屋产权人或合法使用人，报装地址在鼓楼区公用管网覆盖范围内。"
            "涉及占道挖掘、绿地占用的，由政务服务中心同步联办审批手续。"
        ),
        "legal_basis": "《优化营商环境条例》第二十五条；《示范省优化营商环境条例》",
        "committed_days": 3,
        "statutory_days": 10,
        "fee": "报装服务不收费；水、电、气、网使用费按各公用企业收费标准执行",
        "online_level": "full_online",
        "counter_address": "榕城市鼓楼区政务服务中心一层水电气网综合窗口（鼓楼区温泉路9"
        "号）",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["housing"],
        "business_events": ["startup", "construction"],
        "licence_type": None,
        "materials": [
            _m("水电气网联合报装申请表", "electronic"),
            _id_card("申请人居民身份证", note="单位申请的，营业执照通过电子证照库调取"),
            _m(
                "不动产权证书或房屋租赁合同",
                "electronic",
                licence_type="BDCQ",
                note="自有产权的通过电子证照库调取",
            ),
        ],
        "steps": ["一表申请", "联合踏勘", "方案答复", "并联施工", "通水通电通气"],
        "faq": [
            {
                "q": "低压小微企业接电要多久？",
                "a": "160千瓦及以下低压小微企业用电报装实行“零上门、零审批、零投资”，"
                "无外线工程的3个工作日内完成接电。",
            },
        ],
    },
    {
        "code": "TJZW-0001",
        "name": "困难残疾人生活补贴和重度残疾人护理补贴申请",
        "department": "TJZW",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["残疾人两项补贴", "残疾人护理补贴", "残疾人生活补贴", "两补申请"],
        "keywords": ["残疾人", "生活补贴", "护理补贴", "两项补贴"],
        "summary": "为低保家庭中的残疾人发放生活补贴，为残疾等级为一级、"
        "二级且需要长期照护的重度残疾人发放护理补贴。",
        "conditions": (
            "申请人具有台江区户籍并持有第三代残疾人证。生活补贴对象为低保家庭中的残疾人"
            "，护理补贴对象为残疾等级一级、二级且需要长期照护的重度残疾人。"
        ),
        "legal_basis": (
            "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"
            "（国发〔2015〕52号）"
        ),
        "committed_days": 15,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "榕城市台江区政务服务中心残联窗口（台江区广达路28号）",
        "office_hours": _HOURS,
        "life_events": ["social_assistance", "medical"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _m("残疾人两项补贴申请审批表", "electronic"),
            _m(
                "残疾人证",
                "electronic",
                licence_type="CJRZ",
                note="通过电子证照库调取",
            ),
            _id_card(),
            _m(
                "低保家庭证明",
                "electronic",
                required=False,
                note="通过民政社会救助系统共享核验，无需提交",
            ),
        ],
        "steps": ["申请", "受理", "审核", "审定", "按月发放"],
        "faq": [
            {
                "q": "可以在全省其他地方申请吗？",
                "a": "残疾人两项补贴已实现“跨省通办”，可在居住地提出申请，"
                "由户籍地审核发放。",
            },
        ],
    },
]
