"""City- and county-level citizen services (市县审批 / 政务服务中心, *-0201..).

Items implemented by 榕城市/鹭岛市 approval bureaux and district or county
service centres, including the three county centres added for the demo
(青峰县 QFZW, 海湾区 HWZW, 东屿区 DYZW). Built with
:func:`services_citizen_builder._service`.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS_EXTENDED,
    Service,
    _hukou,
    _id_card,
    _m,
)
from services.demo_catalogue.services_citizen_builder import (
    _STEPS_ALLOWANCE,
    _STEPS_ONLINE,
    _licence,
    _sbk,
    _service,
)

_QF: Final = (
    "青峰县行政服务中心一层综合窗口（青峰县城关镇解放路2号）；各乡镇便民服务中心"
)
_HW: Final = "鹭岛市海湾区政务服务中心二层民生服务区（海湾区滨海西大道66号）"
_DY: Final = "鹭岛市东屿区政务服务中心一层住房人才窗口（东屿区环岛东路18号）"

LOCAL_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "RCSP-0201",
        "养犬登记",
        kind="registration",
        aliases=["办狗证", "养狗办证", "狗证年检", "犬只登记", "养狗登记"],
        keywords=["养犬", "犬证", "狂犬疫苗", "犬牌"],
        summary=(
            "榕城市重点管理区内个人饲养犬只的，在取得犬只免疫证明后办理养犬登记，"
            "领取犬牌。"
        ),
        conditions=(
            "养犬人具有完全民事行为能力，有固定住所；犬只已接种狂犬病疫苗，非"
            "禁养犬种；每户限养一只。"
        ),
        basis="《中华人民共和国动物防疫法》第三十条；《榕城市养犬管理规定》",
        days=(0, 5),
        fee="登记费按《榕城市养犬管理规定》标准收取，绝育犬减半",
        online="full_online",
        where=(
            "榕城市行政服务中心二层综合受理窗口（榕城市台江区望龙二路1号）；指定宠"
            "物医院"
        ),
        events=["housing", "residence"],
        materials=[
            _id_card(),
            _m("犬只狂犬病免疫证明", "original"),
            _m("犬只照片", "electronic"),
        ],
        steps=["网上申请", "审核", "发放犬牌"],
        faq=[
            (
                "不办狗证会怎样？",
                ("未登记养犬的，由城市管理部门责令限期改正，逾期不改的可处以罚款。"),
            )
        ],
    ),
    _service(
        "GLZW-0201",
        "随迁子女积分入学申请",
        kind="public",
        aliases=[
            "积分入学",
            "外地孩子上学",
            "随迁子女入学积分",
            "新市民子女入学",
            "积分上学",
        ],
        keywords=["积分入学", "随迁子女", "居住证", "义务教育"],
        summary=(
            "鼓楼区对持居住证的非本市户籍适龄儿童实行积分入学，按积分高低统筹安排"
            "公办学校学位。"
        ),
        conditions=(
            "父母一方持有鼓楼区居住证满1年并连续缴纳社会保险，适龄儿童年满6周岁。"
        ),
        basis="《居住证暂行条例》第十二条；《榕城市鼓楼区随迁子女积分入学实施办法》",
        days=(20, 30),
        online="full_online",
        where="榕城市鼓楼区政务服务中心教育窗口（鼓楼区温泉路9号）",
        hours=_HOURS_EXTENDED,
        events=["schooling", "residence"],
        materials=[
            _licence("居住证", "JZZ"),
            _hukou("儿童户口簿"),
            _sbk(("父母社会保险参保记录"), note="系统自动查询积分"),
        ],
        steps=["网上申请", "积分核定", "公示", "学位安排"],
        faq=[
            (
                "积分怎么算？",
                (
                    "主要按居住年限、社保缴纳年限和合法稳定住所计分，系统自"
                    "动核定，无需开证明。"
                ),
            )
        ],
    ),
    _service(
        "TJZW-0201",
        "特殊困难老年人家庭适老化改造",
        kind="payment",
        aliases=["适老化改造", "老人家里装扶手", "老年人居家改造", "卫生间防滑改造"],
        keywords=["适老化改造", "居家养老", "困难老人"],
        summary=(
            "台江区为分散供养特困、低保家庭中的高龄、失能、残疾老年人家庭免费实施"
            "居家适老化改造。"
        ),
        conditions=(
            "本区户籍，家庭属于特困、低保或低保边缘，老人年满60周岁且存在高龄"
            "、失能或残疾情形。"
        ),
        basis="《关于加快实施老年人居家适老化改造工程的指导意见》",
        days=(20, 45),
        online="download",
        where="榕城市台江区政务服务中心民政窗口（台江区广达路28号）",
        events=["retirement", "housing", "social_assistance"],
        materials=[_id_card(), _m("改造需求评估表", "original")],
        steps=["申请", "入户评估", "制定方案", "施工", "验收"],
        faq=[
            (
                "改造包括哪些项目？",
                ("包括安装扶手、防滑处理、高差处理、紧急呼叫装置等，按评估结果确定。"),
            )
        ],
    ),
    _service(
        "QFZW-0201",
        "耕地地力保护补贴申领",
        kind="payment",
        aliases=["种粮补贴", "种地补贴", "农业补贴", "耕地补贴", "领粮食补贴"],
        keywords=["耕地地力保护", "农业补贴", "承包地"],
        summary=(
            "青峰县对拥有耕地承包权的种地农民按承包耕地面积发放耕地地力保护补贴，"
            "通过社保卡“一卡通”发放。"
        ),
        conditions=(
            "拥有耕地承包经营权并实际种植的农户；已改变用途或长期抛荒的耕地不予补贴。"
        ),
        basis=(
            "《关于全面推开农业“三项补贴”改革工作的通知》；《青峰县耕地地力保护补贴"
            "实施方案》"
        ),
        days=(20, 30),
        online="online",
        where=_QF,
        events=["employment", "social_assistance"],
        materials=[
            _id_card(),
            _m("土地承包经营权证", "copy"),
            _sbk(note=("补贴发放账户")),
        ],
        steps=["村级申报", "乡镇核实", "公示", "县级审核", "一卡通发放"],
        faq=[
            (
                "地租给别人种，补贴给谁？",
                ("原则上发给承包户；流转双方另有约定的，按约定执行。"),
            )
        ],
    ),
    _service(
        "QFZW-0202",
        "农村村民住宅建设审批",
        kind="licence",
        aliases=[
            "农村建房审批",
            "盖房子审批",
            "宅基地审批",
            "农村自建房",
            ("老房翻建审批"),
        ],
        keywords=["宅基地", "农村建房", "乡村建设规划许可", "一户一宅"],
        summary=(
            "农村村民新建、改建、扩建住宅的，经村组审查、乡镇联审联办，核发宅基地"
            "批准书和乡村建设规划许可证。"
        ),
        conditions=(
            "本村集体经济组织成员，符合“一户一宅”，建房选址符合国土空间规划，"
            "不占用永久基本农田。"
        ),
        basis=(
            "《中华人民共和国土地管理法》第六十二条；《中华人民共和国城乡规划法》第"
            "四十一条"
        ),
        days=(20, 30),
        online="download",
        where=_QF,
        events=["housing"],
        materials=[
            _id_card(),
            _hukou(),
            _m("农村宅基地和建房（规划许可）申请表", ("original")),
            _m("建房设计图或通用图", "copy"),
        ],
        steps=["申请", "村级审查", "乡镇联审", "批准发证", "开工放样", "竣工验收"],
        faq=[
            (
                "自己家的老房子翻建也要审批吗？",
                ("原址翻建同样需要申请，乡镇实行联审联办，一般20个工作日内办结。"),
            )
        ],
    ),
    _service(
        "QFZW-0203",
        "城乡居民基本养老保险费代缴申请",
        kind="payment",
        aliases=[
            "困难群众代缴养老保险",
            "政府代缴社保",
            "低保户交养老保险",
            ("重度残疾人代缴"),
        ],
        keywords=["代缴", "城乡居民养老保险", "困难群体"],
        summary=(
            "青峰县对低保对象、特困人员、重度残疾人等困难群体，由政府按最低缴费档"
            "次代缴城乡居民养老保险费。"
        ),
        conditions=(
            "本县户籍，已参加城乡居民养老保险，属于低保、特困、返贫致贫人口或"
            "重度残疾人。"
        ),
        basis=(
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》；《青峰县困难群"
            "体代缴城乡居民养老保险费实施办法》"
        ),
        days=(10, 20),
        online="online",
        where=_QF,
        events=["retirement", "social_assistance"],
        materials=[_id_card(), _sbk()],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "代缴了还能自己多交吗？",
                ("可以，在政府代缴最低档次的基础上可自愿选择更高档次缴费。"),
            )
        ],
    ),
    _service(
        "HWZW-0201",
        "新生儿出生“一件事”联办",
        kind="public",
        aliases=[
            "生孩子一件事",
            "宝宝出生一次办",
            "新生儿办证",
            "出生一件事",
            ("生娃办哪些证"),
        ],
        keywords=["出生一件事", "出生登记", "社保卡", "医保参保", "联办"],
        summary=(
            "海湾区将出生医学证明、出生登记、医保参保、社保卡申领和预防接种证等事"
            "项“一表申请、一次办好”。"
        ),
        conditions="新生儿在本区助产机构出生，父母一方户籍或居住证在海湾区。",
        basis=(
            "《国务院关于加快推进政务服务标准化规范化便利化的指导意见》；《示范省“"
            "高效办成一件事”实施方案》"
        ),
        days=(3, 10),
        online="full_online",
        where=_HW,
        events=["birth", "residence", "medical"],
        materials=[
            _licence("出生医学证明", "CSYX"),
            _hukou("父母户口簿"),
            _id_card("父母居民身份证"),
            _licence("结婚证", "JHZ", required=False),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "一次办好包括哪些证？",
                (
                    "出生登记（报户口）、医保参保、社保卡、预防接种"
                    "证，结果通过邮寄一次送达。"
                ),
            )
        ],
    ),
    _service(
        "HWZW-0202",
        "退休“一件事”联办",
        kind="public",
        aliases=["退休一件事", "退休一次办", "退休手续一站办", "退休办哪些手续"],
        keywords=["退休一件事", "养老金", "医保", "公积金提取"],
        summary=(
            "海湾区将退休申请、医保退休待遇核定、住房公积金退休提取等事项集成为一"
            "件事，一次申请并联办理。"
        ),
        conditions="参保职工达到法定退休年龄，户籍或参保地在海湾区。",
        basis="《示范省“高效办成一件事”实施方案》",
        days=(10, 20),
        online="full_online",
        where=_HW,
        events=["retirement"],
        materials=[_id_card(), _sbk()],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "公积金也能一起取吗？",
                ("可以，勾选公积金退休提取，养老金核定后自动转入本人账户。"),
            )
        ],
    ),
    _service(
        "DYZW-0201",
        "公共租赁住房申请",
        kind="public",
        aliases=["申请公租房", "廉租房", "住房困难申请", "政府租房", "保障房申请"],
        keywords=["公租房", "住房保障", "新市民", "配租"],
        summary=(
            "东屿区对城镇中等偏下收入住房困难家庭、新就业无房职工和外来务工人员提"
            "供公共租赁住房。"
        ),
        conditions=(
            "在东屿区无自有住房或人均住房面积低于规定标准，家庭收入和财产符合"
            "条件；外来务工人员持居住证并缴纳社保满1年。"
        ),
        basis=(
            "《公共租赁住房管理办法》（住房和城乡建设部令第11号）；《鹭岛市公共租赁"
            "住房管理办法》"
        ),
        days=(30, 60),
        online="online",
        where=_DY,
        events=["housing", "social_assistance", "employment"],
        materials=[
            _id_card(),
            _hukou(required=False),
            _m("家庭收入和住房情况承诺书", "original"),
            _licence("居住证", "JZZ", required=False, note="非本市户籍提供"),
        ],
        steps=["申请", "审核", "公示", "轮候", "配租签约"],
        faq=[
            (
                "公租房要排多久？",
                ("按申请顺序和保障优先级轮候，可在本平台实时查询轮候序号。"),
            )
        ],
    ),
    _service(
        "DYZW-0202",
        "新就业高校毕业生租房补贴申领",
        kind="payment",
        aliases=[
            "毕业生租房补贴",
            "人才租房补贴",
            "大学生住房补贴",
            "应届生补贴",
            "来鹭岛工作补贴",
        ],
        keywords=["租房补贴", "人才", "高校毕业生"],
        summary=(
            "毕业5年内在东屿区就业创业、本人及配偶在本市无自有住房的高校毕业生，"
            "按学历层次按月申领租房补贴。"
        ),
        conditions=(
            "全日制本科及以上学历毕业5年内，与区内单位签订劳动合同并缴纳社保，"
            "本市无自有住房。"
        ),
        basis="《鹭岛市东屿区高校毕业生住房补贴实施办法》",
        days=(15, 30),
        online="full_online",
        where=_DY,
        events=["housing", "employment", "schooling"],
        materials=[
            _id_card(),
            _m("毕业证书", "electronic", note="学信网核验", code="education.diploma"),
            _sbk("社会保险参保记录"),
        ],
        steps=_STEPS_ONLINE,
        faq=[("补贴能领几年？", "最长发放3年，期间购房或离开本区工作的停发。")],
    ),
]
