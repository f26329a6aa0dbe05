"""教育, 交通运输 and 生态环境 services."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    Service,
    _business_licence,
    _hukou,
    _id_card,
    _m,
)

# 教育
JY_SERVICES: Final[list[Service]] = [
    {
        "code": "JY-0001",
        "name": "义务教育阶段入学报名",
        "department": "JY",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "小学报名",
            "一年级入学",
            "小升初",
            "初中入学报名",
            "孩子上学报名",
            "随迁子女入学",
        ],
        "keywords": ["义务教育", "招生", "入学", "学区", "随迁子女"],
        "summary": "适龄儿童少年在户籍或居住地申请小学一年级、初中一年级入学，"
        "实行网上报名、免试就近入学。",
        "conditions": (
            "小学一年级招收当年8月31日前年满6周岁的儿童。户籍儿童按划片范围就近入学；"
            "随迁子女凭父母居住证等材料在居住地申请入学。"
        ),
        "legal_basis": (
            "《中华人民共和国义务教育法》第十一条、第十二条；"
            "《示范省义务教育招生入学工作实施意见》"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍或居住地县（区）教育局招生办公室；划片学校招生点",
        "office_hours": "招生报名期间工作日 8:30-17:30",
        "life_events": ["schooling", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _hukou("儿童居民户口簿"),
            _id_card("父母居民身份证"),
            _m(
                "不动产权证书或房屋租赁备案证明",
                "electronic",
                required=False,
                licence_type="BDCQ",
                note="以房产所在学区入学的提供，电子证照自动调取",
            ),
            _m(
                "居住证",
                "electronic",
                required=False,
                licence_type="JZZ",
                note="随迁子女入学时提供父母一方的居住证",
            ),
            _m(
                "预防接种证查验证明",
                "electronic",
                shared_resource="health_card",
                note="由免疫规划信息系统在线核验",
            ),
        ],
        "steps": [
            "网上报名",
            "信息核验",
            "资格审核",
            "派位或录取",
            "结果公布",
            "报到注册",
        ],
        "faq": [
            {
                "q": "报名时需要去学校交纸质材料吗？",
                "a": "户籍、房产、居住证、社保等信息已实现部门共享核验的，"
                "无需提交纸质材料；核验不通过的按提示补充上传。",
            },
        ],
    },
    {
        "code": "JY-0002",
        "name": "教师资格认定",
        "department": "JY",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "教资认定",
            "认定教师资格证",
            "考完教资办证",
            "拿教师证",
            "教师资格证申请",
        ],
        "keywords": ["教师资格", "认定", "教资", "普通话", "体检"],
        "summary": "通过中小学和幼儿园教师资格考试或符合免考条件的人员，"
        "申请认定相应类别的教师资格，颁发《教师资格证书》。",
        "conditions": (
            "申请人应当遵守宪法和法律，热爱教育事业，具备良好的思想品德，具备《教师法》"
            "规定的相应学历，普通话水平达到二级乙等以上标准。体检合格，"
            "并通过国家教师资格考试或符合免考条件。"
        ),
        "legal_basis": (
            "《中华人民共和国教师法》第十条至第十三条；《教师资格条例》；"
            "《〈教师资格条例〉实施办法》"
        ),
        "committed_days": 20,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "户籍、居住地或就读学校所在地县（区）教育局教师资格认定窗口",
        "office_hours": "春季、秋季认定期间工作日 9:00-12:00，13:30-17:00",
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": "JSZG",
        "materials": [
            _id_card(),
            _m(
                "学历证书",
                "electronic",
                note="通过学信网在线核验",
                code="education.diploma",
            ),
            _m(
                "教师资格考试合格证明",
                "electronic",
                note="通过全国教师资格管理信息系统核验",
            ),
            _m("普通话水平测试等级证书", "electronic", note="系统自动核验"),
            _m(
                "教师资格认定体检表",
                "original",
                shared_resource="health_card",
                note="在认定机构指定的县级以上医院体检",
            ),
            _m("个人承诺书", "electronic", note="承诺无违法犯罪记录，在线签署"),
        ],
        "steps": ["网上申报", "现场确认", "体检", "审查", "认定", "证书发放"],
        "faq": [
            {
                "q": "教资面试通过后多久可以申请认定？",
                "a": "考试合格证明有效期为3年，可在有效期内任一认定批次申请。"
                "本省每年春季、秋季各开展一次集中认定。",
            },
        ],
    },
]


# 交通运输
JT_SERVICES: Final[list[Service]] = [
    {
        "code": "JT-0001",
        "name": "道路运输经营许可",
        "department": "JT",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办道路运输许可证",
            "货运资质",
            "物流公司办证",
            "运输经营许可证",
            "货运公司办证",
        ],
        "keywords": ["道路运输", "货物运输", "经营许可", "道路运输证"],
        "summary": "从事道路货物运输经营的，依法取得《道路运输经营许可证》。"
        "使用总质量4.5吨及以下普通货运车辆从事普通货运经营的，无需办理。",
        "conditions": (
            "有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员；"
            "有健全的安全生产管理制度。"
        ),
        "legal_basis": (
            "《中华人民共和国道路运输条例》第二十一条、第二十四条；"
            "《道路货物运输及站场管理规定》"
        ),
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心D区交通运输窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits"],
        "licence_type": "DLYS",
        "materials": [
            _m("道路货物运输经营申请表", "electronic"),
            _business_licence(),
            _id_card("负责人身份证明"),
            _m("拟投入车辆承诺书或车辆行驶证", "electronic"),
            _m(
                "驾驶人员从业资格证",
                "electronic",
                licence_type="CYZG",
                note="通过电子证照库核验",
            ),
            _m("安全生产管理制度文本", "electronic", code="transport.safety-rules"),
        ],
        "steps": ["申请", "受理", "审查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "用小货车跑运输需要办许可证吗？",
                "a": "使用总质量4.5吨及以下普通货运车辆从事普通货运经营的，"
                "无需申请道路运输经营许可和车辆道路运输证。",
            },
        ],
    },
    {
        "code": "JT-0002",
        "name": "道路运输从业人员从业资格证核发",
        "department": "JT",
        "service_type": "licence",
        "audience": "citizen",
        "aliases": [
            "考货运资格证",
            "办从业资格证",
            "客运资格证",
            "网约车司机证",
            "危货驾驶员证",
        ],
        "keywords": ["从业资格", "货运", "客运", "驾驶员", "考试"],
        "summary": "经营性道路客货运输驾驶员等从业人员，经考试合格取得相应的从业资格证"
        "。",
        "conditions": (
            "申请人取得相应的机动车驾驶证，年龄不超过60周岁，"
            "三年内无重大以上交通责任事故。经相应科目考试合格。"
        ),
        "legal_basis": (
            "《中华人民共和国道路运输条例》第九条、第二十二条；"
            "《道路运输从业人员管理规定》"
        ),
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区交通运输窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": "CYZG",
        "materials": [
            _m("道路运输从业人员从业资格考试申请表", "electronic"),
            _id_card(),
            _m(
                "机动车驾驶证",
                "electronic",
                licence_type="JSZ",
                note="通过电子驾驶证核验",
            ),
        ],
        "steps": ["报名", "资格审核", "考试", "发证"],
        "faq": [
            {
                "q": "从业资格证有效期多久？",
                "a": "有效期为6年，有效期届满30日前可通过网上申请换证，"
                "诚信考核合格的直接延续。",
            },
        ],
    },
]


# 生态环境
HB_SERVICES: Final[list[Service]] = [
    {
        "code": "HB-0001",
        "name": "排污许可证核发",
        "department": "HB",
        "service_type": "licence",
        "audience": "business",
        "aliases": [
            "办排污证",
            "排污许可",
            "环保排污许可证",
            "排污许可申请",
            "工厂排污证",
        ],
        "keywords": ["排污许可", "污染物", "重点管理", "简化管理", "自行监测"],
        "summary": "纳入固定污染源排污许可分类管理名录的企业事业单位和其他生产经营者，"
        "依法申请取得排污许可证。",
        "conditions": (
            "依法取得建设项目环境影响报告书（表）批准文件或办理环境影响登记表备案。"
            "污染物排放符合污染物排放标准和重点污染物排放总量控制要求，"
            "有符合规定的自行监测方案。"
        ),
        "legal_basis": (
            "《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》第十一条、"
            "第十三条；《排污许可管理办法》"
        ),
        "committed_days": 15,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区生态环境窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "construction"],
        "licence_type": "PWXK",
        "materials": [
            _m(
                "排污许可证申请表",
                "electronic",
                note="在全国排污许可证管理信息平台填报",
            ),
            _business_licence(),
            _m("自行监测方案", "electronic", code="env.self-monitoring-plan"),
            _m("守法承诺书", "electronic", note="法定代表人或主要负责人签字"),
            _m("建设项目环境影响评价审批文件", "electronic", required=False),
        ],
        "steps": ["网上申请", "受理", "技术审查", "现场核查", "许可决定", "发证"],
        "faq": [
            {
                "q": "排污登记和排污许可有什么区别？",
                "a": "污染物产生量、排放量和对环境影响程度很小的单位实行排污登记管理，"
                "在线填报登记表即可，无需申请排污许可证。",
            },
        ],
    },
    {
        "code": "HB-0002",
        "name": "建设项目环境影响报告表审批",
        "department": "HB",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["环评审批", "办环评", "环评批复", "环境影响评价审批", "报告表审批"],
        "keywords": ["环境影响评价", "环评", "报告表", "建设项目"],
        "summary": "可能造成轻度环境影响的建设项目，依法编制环境影响报告表并报生态环境"
        "部门审批。",
        "conditions": (
            "建设项目符合生态环境分区管控要求和相关规划。环境影响报告表由建设单位自行或"
            "委托技术单位编制，内容符合技术规范要求。"
        ),
        "legal_basis": (
            "《中华人民共和国环境影响评价法》第十六条、第二十二条；"
            "《建设项目环境保护管理条例》第九条"
        ),
        "committed_days": 10,
        "statutory_days": 30,
        "fee": "不收费",
        "online_level": "online",
        "counter_address": "示范省政务服务中心D区生态环境窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["construction", "permits"],
        "licence_type": None,
        "materials": [
            _m("建设项目环境影响报告表审批申请", "electronic"),
            _m(
                "建设项目环境影响报告表",
                "electronic",
                note="同时提交删除涉密信息的公开版本",
            ),
            _business_licence(),
        ],
        "steps": ["申请", "受理", "公示", "技术评估", "审批决定", "送达"],
        "faq": [
            {
                "q": "环评审批可以和其他审批同时办吗？",
                "a": "可以。环评审批已纳入工程建设项目审批管理系统并联办理，"
                "不再作为项目核准、用地审批等的前置条件。",
            },
        ],
    },
]
