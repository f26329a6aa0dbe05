"""人社 citizen services: 就业失业、技能与劳动权益 (RS-0201..0209).

Built with :func:`services_citizen_builder._service`; aliases are what job
seekers and workers type (找工作登记、考证补贴、工伤、讨薪…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import _HOURS_EXTENDED, Service, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _RS,
    _STEPS_ONLINE,
    _health,
    _sbk,
    _service,
)

_BASIS_EMPLOY: Final = (
    "《中华人民共和国就业促进法》；《就业服务与就业管理规定》（人"
    "力资源社会保障部令第23号）"
)
_BASIS_INJURY: Final = "《工伤保险条例》；《工伤认定办法》（人力资源社会保障部令第8号）"

RS_CITIZEN_EMPLOYMENT_SERVICES: Final[list[Service]] = [
    _service(
        "RS-0201",
        "就业登记",
        kind="registration",
        aliases=["办就业登记", "入职登记", "就业证登记", "找到工作登记", "就业备案"],
        keywords=["就业登记", "就业创业证", "劳动合同", "入职"],
        summary=(
            "劳动者与用人单位建立劳动关系或实现灵活就业、自主创业的，办理就业登记。"
        ),
        conditions=(
            "法定劳动年龄内、有劳动能力的劳动者已实现就业；用人单位在招用之日"
            "起30日内办理。"
        ),
        basis=_BASIS_EMPLOY,
        days=(0, 5),
        online="full_online",
        where=_RS,
        events=["employment"],
        materials=[
            _id_card(),
            _m(
                "劳动合同或营业执照",
                "electronic",
                note="灵活就业的提供就业情况说明",
            ),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "就业登记有什么用？",
                (
                    "就业登记是享受就业创业扶持政策和失业保险的依据，"
                    "也可用于开具就业证明。"
                ),
            )
        ],
        audience="both",
    ),
    _service(
        "RS-0202",
        "失业登记",
        kind="registration",
        aliases=["登记失业", "失业了怎么办", "办失业证", "失业证明", "没工作登记"],
        keywords=["失业登记", "就业创业证", "再就业", "就业援助"],
        summary=(
            "法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城乡劳动者，在常"
            "住地办理失业登记，享受就业服务。"
        ),
        conditions=(
            "年满16周岁至法定退休年龄，有劳动能力和就业要求，处于无业状态；可"
            "在户籍地、常住地或参保地办理。"
        ),
        basis=_BASIS_EMPLOY,
        days=(0, 5),
        online="full_online",
        where=_RS,
        events=["employment", "social_assistance"],
        materials=[
            _id_card(),
            _m(
                "解除或终止劳动关系证明",
                "copy",
                required=False,
                note="系统可查询的免交",
                code="labour.termination-proof",
            ),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "失业登记和领失业金是一回事吗？",
                (
                    "不是。失业登记是享受就业服务的前提，"
                    "领取失业保险金需另行申请并满足缴费条件。"
                ),
            )
        ],
    ),
    _service(
        "RS-0203",
        "职业资格证书及职业技能等级证书查询",
        kind="public",
        aliases=[
            "查证书",
            "技能证书查询",
            "证书真伪查询",
            "查职业资格证",
            "电工证查询",
        ],
        keywords=["职业资格", "技能等级", "证书查询", "核验"],
        summary=(
            "为个人和用人单位提供职业资格证书、职业技能等级证书信息查询与真伪核验服务。"
        ),
        conditions="本人查询或经本人授权的用人单位查询。",
        basis="《国家职业资格目录》；《职业技能等级认定工作规程》",
        days=(0, 0),
        online="full_online",
        where=_RS,
        events=["employment"],
        materials=[_id_card()],
        steps=["输入证书信息", "查询结果"],
        faq=[
            (
                "证书丢了能补吗？",
                "职业技能等级证书实行电子证书，可在网上查询下载，无需补发纸质证书。",
            )
        ],
    ),
    _service(
        "RS-0204",
        "技能提升补贴申领",
        kind="payment",
        aliases=["考证补贴", "技能补贴", "拿证领补贴", "职业技能补贴", "考证领钱"],
        keywords=["技能提升补贴", "失业保险", "职业技能等级证书"],
        summary=(
            "参加失业保险的职工取得职业资格证书或职业技能等级证书的，按规定申领技"
            "能提升补贴。"
        ),
        conditions=(
            "累计缴纳失业保险费1年以上，在取得证书之日起12个月内申请；同一职业"
            "同一等级只能申领一次。"
        ),
        basis="《失业保险条例》；《示范省技能提升补贴实施办法》",
        days=(10, 20),
        online="full_online",
        where=_RS,
        events=["employment"],
        materials=[
            _sbk(note="补贴发放至社保卡金融账户"),
            _m("职业技能等级证书", "electronic", note="系统联网核验"),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "技能补贴能领多少？",
                "初级工1000元、中级工1500元、高级工2000元，具体以本省标准为准。",
            )
        ],
    ),
    _service(
        "RS-0205",
        "工伤认定申请",
        kind="confirmation",
        aliases=["工伤认定", "上班受伤", "工伤申请", "上下班出车祸算工伤", "干活受伤"],
        keywords=["工伤认定", "工伤保险", "职业病", "事故"],
        summary=(
            "职工发生事故伤害或被诊断为职业病，由用人单位、职工或其近亲属向社会保"
            "险行政部门申请工伤认定。"
        ),
        conditions=(
            "用人单位应当在事故发生之日起30日内提出；单位未提出的，职工或近亲"
            "属可在1年内提出。"
        ),
        basis=_BASIS_INJURY,
        days=(40, 60),
        online="online",
        where=_RS,
        events=["employment", "medical"],
        materials=[
            _m("工伤认定申请表", "electronic"),
            _m("劳动关系证明", "copy"),
            _health("医疗诊断证明", note="定点医院诊断信息可共享调取"),
            _id_card("受伤职工居民身份证"),
        ],
        steps=["申请", "受理", "调查核实", "作出认定决定", "送达"],
        faq=[
            (
                "公司不给申请工伤怎么办？",
                "职工或其近亲属可在事故发生之日起1年内直接向社会保险行政部门申请。",
            )
        ],
    ),
    _service(
        "RS-0206",
        "劳动能力鉴定",
        kind="confirmation",
        aliases=["伤残鉴定", "工伤等级鉴定", "评残", "工伤鉴定伤残等级"],
        keywords=["劳动能力鉴定", "伤残等级", "工伤", "生活自理"],
        summary=(
            "职工发生工伤，经治疗伤情相对稳定后存在残疾、影响劳动能力的，申请劳动"
            "能力鉴定。"
        ),
        conditions=(
            "已认定为工伤，伤情相对稳定；由用人单位、工伤职工或其近亲属提出申请。"
        ),
        basis=_BASIS_INJURY,
        days=(45, 90),
        fee="鉴定费从工伤保险基金支付",
        online="download",
        where=_RS,
        events=["employment", "medical"],
        materials=[
            _m("工伤认定决定书", "copy"),
            _health("诊断证明及病历资料"),
            _id_card(),
        ],
        steps=["申请", "受理", "组织专家鉴定", "作出鉴定结论", "送达"],
        faq=[
            (
                "对鉴定结论不服怎么办？",
                "可在收到结论之日起15日内向省级劳动能力鉴定委员会申请再次鉴定。",
            )
        ],
    ),
    _service(
        "RS-0207",
        "创业担保贷款申请",
        kind="public",
        aliases=[
            "创业贷款",
            "创业贴息贷款",
            "小额担保贷款",
            "开店贷款",
            "大学生创业贷款",
        ],
        keywords=["创业担保贷款", "贴息", "创业扶持"],
        summary=(
            "符合条件的个人自主创业的，可申请最高30万元创业担保贷款，并享受财政贴息。"
        ),
        conditions=(
            "城镇登记失业人员、高校毕业生、退役军人等重点群体，已办理营业执照"
            "，本人及家庭无不良信用记录。"
        ),
        basis="《关于进一步做好创业担保贷款财政贴息工作的通知》（财金〔2020〕21号）",
        days=(15, 30),
        online="online",
        where=_RS,
        events=["employment"],
        materials=[
            _id_card(),
            _m(
                "营业执照",
                "electronic",
                licence_type="YYZZ",
                note="系统自动调取",
            ),
            _m("创业项目说明", "original"),
        ],
        steps=["申请", "资格审核", "担保审核", "银行放款"],
        faq=[
            (
                "创业贷款要利息吗？",
                "符合条件的按规定给予贴息，个人只承担LPR减150个基点以下部分的利息。",
            )
        ],
    ),
    _service(
        "RS-0208",
        "劳动人事争议仲裁申请",
        kind="public",
        aliases=["劳动仲裁", "告公司", "被辞退要赔偿", "申请仲裁", "公司不签合同"],
        keywords=["劳动争议", "仲裁", "经济补偿", "劳动合同"],
        summary="劳动者与用人单位发生劳动争议的，可向劳动人事争议仲裁委员会申请仲裁。",
        conditions="属于劳动争议受理范围，在知道或应当知道权利被侵害之日起一年内提出。",
        basis="《中华人民共和国劳动争议调解仲裁法》第二十七条、第二十九条",
        days=(45, 60),
        online="online",
        where="用人单位所在地劳动人事争议仲裁院",
        hours=_HOURS_EXTENDED,
        events=["employment"],
        materials=[
            _m("仲裁申请书", "original", quantity=2),
            _id_card(),
            _m("证据材料", "copy", note="劳动合同、工资流水等"),
        ],
        steps=["申请", "受理", "调解", "开庭审理", "裁决"],
        faq=[
            (
                "劳动仲裁要交钱吗？",
                "劳动争议仲裁不收费，仲裁委员会的经费由财政予以保障。",
            )
        ],
    ),
    _service(
        "RS-0209",
        "劳动保障监察投诉",
        kind="public",
        aliases=["讨薪投诉", "老板不给工资", "欠薪举报", "拖欠工资", "农民工讨薪"],
        keywords=["欠薪", "劳动保障监察", "投诉举报", "工资"],
        summary=(
            "用人单位拖欠工资、不缴社会保险等违反劳动保障法律的，劳动者可投诉举报"
            "，由劳动保障监察机构依法查处。"
        ),
        conditions=(
            "投诉事项在两年内发生，属于劳动保障监察职责范围；实名投诉的将反馈处理结果。"
        ),
        basis="《劳动保障监察条例》第九条、第二十条；《保障农民工工资支付条例》",
        days=(20, 60),
        online="full_online",
        where=_RS,
        events=["employment", "social_assistance"],
        materials=[
            _id_card(),
            _m("投诉材料", "electronic", note="欠薪情况、工作证明等"),
        ],
        steps=["提交投诉", "受理", "调查处理", "反馈结果"],
        faq=[
            (
                "没签合同也能投诉欠薪吗？",
                "可以。工资条、考勤记录、工友证言等都可以证明劳动关系。",
            )
        ],
    ),
]
