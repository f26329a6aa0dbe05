"""医保 citizen services: 转移接续、报销、救助与医保码 (YB-0201..0208).

Built with :func:`services_citizen_builder._service`; aliases are the phrases
patients use (看病报销、医保转移、给家人用医保、长护险…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _STEPS_ONLINE,
    _YB,
    _health,
    _licence,
    _sbk,
    _service,
)

_BASIS_MI: Final = (
    "《中华人民共和国社会保险法》第二十三条至第三十二条；《医疗保障基"
    "金使用监督管理条例》"
)

YB_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "YB-0201",
        "基本医疗保险关系转移接续",
        kind="public",
        aliases=[
            "医保转移",
            "医保关系转移",
            "换城市医保怎么转",
            "医保转入",
            ("医保跨省转移"),
        ],
        keywords=["医保转移接续", "缴费年限", "跨省通办", "个人账户"],
        summary=(
            "参保人员跨统筹地区流动就业的，基本医疗保险关系和个人账户随同转移，缴"
            "费年限累计计算。"
        ),
        conditions=(
            "已在转出地参加基本医疗保险，在转入地参保；转入地经办机构受理后与"
            "转出地联系办理。"
        ),
        basis=_BASIS_MI,
        days=(10, 45),
        online="full_online",
        where=_YB,
        events=["medical", "employment", "residence"],
        materials=[
            _sbk(),
            _m("参保凭证", "electronic", note=("转出地出具，系统内联办的免交")),
        ],
        steps=["转入地申请", "转出地核实", "转移基金", "转入地接续"],
        faq=[
            (
                "医保转移期间看病能报销吗？",
                ("转移接续期间按规定设置待遇过渡期，待遇不受影响。"),
            )
        ],
    ),
    _service(
        "YB-0202",
        "医疗费用零星报销",
        kind="payment",
        aliases=[
            "看病报销",
            "医药费报销",
            "垫付报销",
            "手工报销",
            "外地看病回来报销",
            "急诊报销",
        ],
        keywords=["零星报销", "医疗费用", "手工报销", "异地就医"],
        summary=(
            "参保人员因急诊抢救、异地就医未直接结算等原因全额垫付医疗费用的，回参"
            "保地申请报销。"
        ),
        conditions=(
            "在定点医疗机构就医，费用符合医保支付范围；在费用发生之日起2年内申请。"
        ),
        basis=_BASIS_MI,
        days=(15, 30),
        online="online",
        where=_YB,
        events=["medical"],
        materials=[
            _sbk(),
            _m("医疗费用发票", "original", note="电子票据系统可核验"),
            _health("费用明细清单及出院记录"),
            _m("银行账户信息", "copy", required=False, code="bank.personal-account"),
        ],
        steps=["申请", "审核", "费用核算", "支付到账"],
        faq=[
            (
                "在外地看病没备案能报吗？",
                ("可以报销，但未备案的临时外出就医报销比例会适当降低。"),
            )
        ],
    ),
    _service(
        "YB-0203",
        "生育医疗费用待遇申领",
        kind="payment",
        aliases=[
            "生孩子报销",
            "产检报销",
            "顺产剖腹产报销",
            "生育医疗报销",
            ("生育保险报销"),
        ],
        keywords=["生育保险", "生育医疗费用", "产前检查"],
        summary=(
            "参加生育保险或城乡居民医保的参保人员，产前检查和分娩住院发生的医疗费"
            "用按规定报销。"
        ),
        conditions="参保人员符合法律法规规定生育；在定点医疗机构已直接结算的无需申请。",
        basis="《中华人民共和国社会保险法》第五十四条、第五十五条",
        days=(10, 20),
        online="full_online",
        where=_YB,
        events=["birth", "medical"],
        materials=[
            _sbk(),
            _licence("出生医学证明", "CSYX"),
            _m("医疗费用票据", ("original"), required=False, note="未直接结算时提供"),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "老公的生育保险老婆能用吗？",
                ("职工未就业配偶可按规定享受生育医疗费用待遇。"),
            )
        ],
    ),
    _service(
        "YB-0204",
        "职工医保个人账户家庭共济",
        kind="public",
        aliases=[
            "医保给家人用",
            "家庭共济",
            "给父母用医保",
            "医保账户绑定家人",
            ("医保卡给孩子用"),
        ],
        keywords=["个人账户", "家庭共济", "近亲属"],
        summary=(
            "职工医保个人账户可用于支付配偶、父母、子女在定点机构就医购药的个人负"
            "担费用及参加居民医保的个人缴费。"
        ),
        conditions="共济双方均在本省参保，被共济人为配偶、父母、子女。",
        basis="《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》",
        days=(0, 1),
        online="full_online",
        where=_YB,
        events=["medical"],
        materials=[
            _sbk(),
            _id_card("被共济人居民身份证"),
            _m(
                "亲属关系证明",
                ("electronic"),
                shared_resource="population",
                note="人口库自动核验",
            ),
        ],
        steps=["线上绑定", "关系核验", "开通共济"],
        faq=[
            (
                "孩子在外地能共济吗？",
                ("目前支持省内共济，跨省共济按国家统一部署逐步推开。"),
            )
        ],
    ),
    _service(
        "YB-0205",
        "医疗救助申请",
        kind="payment",
        aliases=["大病救助", "看病救助", "因病致贫救助", "医疗费救助", "看不起病"],
        keywords=["医疗救助", "大病", "困难群众", "一站式结算"],
        summary=(
            "低保对象、特困人员等困难群众及因病致贫的重病患者，对基本医保、大病保"
            "险报销后的个人负担费用给予救助。"
        ),
        conditions=(
            "属于救助对象范围，医疗费用符合规定；低保、特困对象在定点医院“一站"
            "式”结算，无需申请。"
        ),
        basis="《社会救助暂行办法》第二十七条至第三十二条",
        days=(15, 30),
        online="online",
        where="户籍所在地乡镇（街道）社会救助窗口；县（区）医疗保障局",
        events=["medical", "social_assistance"],
        materials=[
            _id_card(),
            _m("医疗费用结算单", "original"),
            _m(
                ("家庭经济状况核对授权书"),
                "original",
                code="welfare.means-test-consent",
            ),
        ],
        steps=["申请", "经济状况核对", "审核", "救助金发放"],
        faq=[
            (
                "不是低保户能申请医疗救助吗？",
                ("因高额医疗费用导致家庭基本生活困难的，可按因病致贫重病患者申请。"),
            )
        ],
    ),
    _service(
        "YB-0206",
        "长期护理保险待遇申请",
        kind="payment",
        aliases=["长护险", "失能老人护理", "长期护理保险", "瘫痪老人护理补贴"],
        keywords=["长期护理保险", "失能评估", "护理服务"],
        summary=(
            "参保人员因年老、疾病、伤残等导致重度失能，经评估符合条件的，享受长期"
            "护理保险待遇。"
        ),
        conditions=(
            "参加长期护理保险，经治疗不能自理达6个月以上，失能等级评估达到重度。"
        ),
        basis=(
            "《国家医保局 财政部关于扩大长期护理保险制度试点的指导意见》；《榕城市"
            "长期护理保险实施办法（试行）》"
        ),
        days=(20, 30),
        online="online",
        where=_YB,
        events=["medical", "retirement"],
        materials=[
            _sbk(),
            _health("病历及诊断资料"),
            _m("长期护理保险失能评估申请表", "electronic"),
        ],
        steps=["申请", "失能评估", "公示", "确定服务方式", "待遇享受"],
        faq=[
            (
                "在家照护也能享受吗？",
                ("可以选择居家护理、机构护理或上门服务，按对应标准支付。"),
            )
        ],
    ),
    _service(
        "YB-0207",
        "医保电子凭证激活",
        kind="public",
        aliases=["医保码", "激活医保电子凭证", "手机医保", "医保电子卡", "扫码看病"],
        keywords=["医保电子凭证", "医保码", "移动支付"],
        summary=(
            "参保人员通过国家医保服务平台或本平台激活医保电子凭证，就医购药时出示"
            "医保码结算。"
        ),
        conditions="已参加基本医疗保险；未成年人可由家长在亲情账户中激活。",
        basis="《国家医疗保障局关于全面推广应用医保电子凭证的通知》",
        days=(0, 0),
        online="full_online",
        where=_YB,
        events=["medical"],
        materials=[_id_card()],
        steps=["实名认证", "人脸识别", "激活"],
        faq=[
            (
                "老人没有智能手机怎么办？",
                ("可由子女在亲情账户中为老人激活，或继续使用社保卡就医。"),
            )
        ],
    ),
    _service(
        "YB-0208",
        "参保缴费凭证打印",
        kind="public",
        aliases=[
            "医保缴费证明",
            "查医保",
            "打印医保清单",
            "医保参保证明",
            ("医保交了几年"),
        ],
        keywords=["参保凭证", "缴费明细", "医保查询"],
        summary="参保人员查询医疗保险参保和缴费记录，打印带电子签章的参保缴费凭证。",
        conditions="本人或经授权的代理人。",
        basis=_BASIS_MI,
        days=(0, 0),
        online="full_online",
        where=_YB,
        events=["medical", "residence", "schooling"],
        materials=[_sbk()],
        steps=["登录", "查询", "下载凭证"],
        faq=[("医保凭证可以用于落户吗？", "可以，电子凭证与窗口打印件效力相同。")],
    ),
]
