"""司法行政 and 残联 citizen services (SF-0201..0205, CL-0201..0205).

Built with :func:`services_citizen_builder._service`; aliases are the everyday
phrasing (办公证、邻里纠纷调解、问律师、申请轮椅、孩子自闭症康复…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _hukou, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _CL,
    _SF,
    _STEPS_ALLOWANCE,
    _licence,
    _service,
)

_BASIS_DISABLED: Final = (
    "《中华人民共和国残疾人保障法》；《示范省实施〈中华人民共和国残疾人保障法〉办法》"
)

SF_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "SF-0201",
        "公证申办",
        kind="public",
        aliases=[
            "办公证",
            "亲属关系公证",
            "出国公证",
            "学历公证",
            "遗嘱公证",
            ("委托公证"),
        ],
        keywords=["公证", "公证书", "涉外公证", "继承"],
        summary=(
            "自然人申请办理亲属关系、学历、无犯罪记录、委托、遗嘱、继承等公证，由"
            "公证机构出具公证书。"
        ),
        conditions=(
            "申请人与公证事项有利害关系，提供真实、合法、充分的证明材料；部分"
            "事项可“最多跑一次”。"
        ),
        basis="《中华人民共和国公证法》第十一条、第二十五条；《公证程序规则》",
        days=(10, 15),
        fee="按省发展改革委核定的公证服务收费标准收取",
        online="online",
        where="住所地、经常居住地或行为地公证处；示范省政务服务中心D区公证窗口",
        events=["travel", "schooling", "housing", "marriage"],
        materials=[
            _id_card(),
            _m(
                "公证事项证明材料",
                "original",
                note=("如户口簿、学历证书、房产证明等，可共享的免交"),
            ),
        ],
        steps=["网上申请", "受理", "审查核实", "出具公证书", "领取或邮寄"],
        faq=[
            (
                "出国留学要办哪些公证？",
                (
                    "一般需办理学历、学位、成绩单、无犯罪记录和出"
                    "生公证，具体以使馆或学校要求为准。"
                ),
            )
        ],
    ),
    _service(
        "SF-0202",
        "人民调解申请",
        kind="public",
        aliases=[
            "邻里纠纷调解",
            "找人调解",
            "家庭矛盾调解",
            "物业纠纷调解",
            ("免费调解"),
        ],
        keywords=["人民调解", "矛盾纠纷", "调解协议"],
        summary=(
            "当事人发生婚姻家庭、邻里、物业、损害赔偿等民间纠纷的，可向人民调解委"
            "员会申请调解。"
        ),
        conditions="属于民间纠纷，当事人自愿调解；已进入诉讼程序或仲裁的除外。",
        basis="《中华人民共和国人民调解法》第十七条至第三十三条",
        days=(15, 30),
        online="info",
        where="村（居）人民调解委员会；乡镇（街道）司法所",
        events=["housing", "marriage", "social_assistance"],
        materials=[_id_card(), _m("纠纷情况说明", "original")],
        steps=["申请", "受理", "调解", "达成协议", "回访"],
        faq=[
            (
                "调解协议有法律效力吗？",
                ("调解协议具有法律约束力，双方可共同向人民法院申请司法确认。"),
            )
        ],
    ),
    _service(
        "SF-0203",
        "公共法律服务咨询",
        kind="public",
        aliases=["免费法律咨询", "问律师", "12348", "法律热线", "咨询法律问题"],
        keywords=["法律咨询", "12348", "公共法律服务"],
        summary="通过12348热线、本平台和公共法律服务中心窗口，为群众提供免费法律咨询。",
        conditions="无条件限制，任何人均可咨询。",
        basis="《关于加快推进公共法律服务体系建设的意见》",
        days=(0, 0),
        online="full_online",
        where=_SF,
        hours="12348热线全天24小时；窗口工作日 9:00-12:00，13:30-17:30",
        events=["employment", "marriage", "housing", "social_assistance"],
        materials=[_m("咨询问题相关材料", "electronic", required=False)],
        steps=["提出问题", "律师解答"],
        faq=[("咨询要花钱吗？", "公共法律服务咨询完全免费。")],
    ),
    _service(
        "SF-0204",
        "法律职业资格证书申领",
        kind="confirmation",
        aliases=["法考证书", "领法律职业资格证", "通过法考领证", "A证申领"],
        keywords=["法律职业资格", "国家统一法律职业资格考试", "证书"],
        summary="通过国家统一法律职业资格考试的人员，申请授予法律职业资格并领取证书。",
        conditions="考试成绩合格，无不得授予法律职业资格的情形。",
        basis="《国家统一法律职业资格考试实施办法》第十八条至第二十条",
        days=(20, 60),
        online="online",
        where="报名地司法局；示范省政务服务中心D区司法窗口",
        events=["employment"],
        materials=[
            _id_card(),
            _m("学历学位证书", "electronic", note="学信网核验"),
            _m("法律职业资格申请表", "electronic"),
        ],
        steps=["网上申请", "审核", "公示", "授予资格", "领证"],
        faq=[
            (
                "法考过了多久能领证？",
                ("一般在成绩公布后按通知申请，审核公示后颁发证书。"),
            )
        ],
    ),
    _service(
        "SF-0205",
        "律师执业许可",
        kind="licence",
        aliases=["律师证", "实习律师转正", "申请律师执业证", "办律师证"],
        keywords=["律师执业证书", "执业许可", "律师"],
        summary="取得法律职业资格、在律师事务所实习满一年的人员申请律师执业证书。",
        conditions="拥护宪法，取得法律职业资格，实习满一年，品行良好。",
        basis="《中华人民共和国律师法》第五条、第六条；《律师执业管理办法》",
        days=(20, 30),
        online="download",
        where="设区的市级司法局；示范省政务服务中心D区司法窗口",
        events=["employment"],
        materials=[
            _id_card(),
            _m("法律职业资格证书", "copy"),
            _m(("律师协会实习考核合格材料"), "original"),
        ],
        steps=["申请", "市级审查", "省级审核", "颁发证书"],
        faq=[
            (
                "律师证多久能下来？",
                ("省司法厅自收到申请之日起10日内审核，作出是否准予执业的决定。"),
            )
        ],
    ),
]

CL_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "CL-0201",
        "残疾人辅助器具适配",
        kind="payment",
        aliases=["申请轮椅", "助听器补贴", "假肢补贴", "辅具适配", "残疾人辅具"],
        keywords=["辅助器具", "适配", "补贴", "康复"],
        summary=(
            "持证残疾人经评估需要辅助器具的，可申请免费适配或按规定领取辅助器具适"
            "配补贴。"
        ),
        conditions=(
            "持有第二代残疾人证，经辅具适配评估确有需要；部分器具按年龄和类别"
            "设定补贴标准。"
        ),
        basis=_BASIS_DISABLED,
        days=(15, 30),
        online="download",
        where=_CL,
        events=["social_assistance", "medical"],
        materials=[_licence("残疾人证", "CJRZ"), _id_card(required=False)],
        steps=["申请", "评估", "适配", "回访"],
        faq=[
            (
                "没有残疾证能申请轮椅吗？",
                ("辅具适配以持证为前提，可先申请残疾评定，办证后再申请。"),
            )
        ],
    ),
    _service(
        "CL-0202",
        "残疾儿童康复救助",
        kind="payment",
        aliases=[
            "孤独症康复补贴",
            "自闭症康复",
            "脑瘫康复",
            "残疾儿童康复",
            ("孩子语言康复"),
        ],
        keywords=["康复救助", "残疾儿童", "孤独症", "人工耳蜗"],
        summary=(
            "0-6岁视力、听力、言语、肢体、智力残疾儿童和孤独症儿童，可申请手术、"
            "辅具配置和康复训练救助。"
        ),
        conditions=(
            "本省户籍或持居住证家庭的0-6岁残疾儿童，经医疗机构诊断；可不持残疾人证。"
        ),
        basis="《国务院关于建立残疾儿童康复救助制度的意见》",
        days=(10, 20),
        online="online",
        where=_CL,
        events=["social_assistance", "medical", "birth"],
        materials=[
            _hukou("儿童户口簿"),
            _m(
                "医疗机构诊断证明",
                "electronic",
                shared_resource="health_card",
                note="电子健康档案可调取",
            ),
        ],
        steps=["申请", "审核", "选择定点康复机构", "康复训练", "费用结算"],
        faq=[
            (
                "孤独症没有残疾证能申请吗？",
                ("可以。经有资质的医疗机构诊断即可申请，无需先办残疾人证。"),
            )
        ],
    ),
    _service(
        "CL-0203",
        "残疾人就业创业补贴申领",
        kind="payment",
        aliases=[
            "残疾人创业补贴",
            "残疾人就业补助",
            "残疾人开店补贴",
            ("残疾人自主就业"),
        ],
        keywords=["残疾人就业", "创业补贴", "社保补贴"],
        summary=(
            "就业年龄段持证残疾人自主创业、灵活就业的，可申领创业补贴和社会保险补贴。"
        ),
        conditions="持证残疾人，处于就业年龄段，从事个体经营或灵活就业并缴纳社会保险。",
        basis=_BASIS_DISABLED + "；《残疾人就业条例》",
        days=(15, 30),
        online="online",
        where=_CL,
        events=["employment", "social_assistance"],
        materials=[
            _licence("残疾人证", "CJRZ"),
            _m("营业执照或就业证明", "electronic", required=False),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "残疾人交社保有补贴吗？",
                ("灵活就业的持证残疾人可按规定申领社会保险补贴。"),
            )
        ],
    ),
    _service(
        "CL-0204",
        "残疾人证迁移",
        kind="registration",
        aliases=["残疾证迁移", "搬家了残疾证怎么转", "残疾证转出", "残疾证跨市迁移"],
        keywords=["残疾人证", "迁移", "户籍变更"],
        summary=(
            "持证残疾人户籍迁移的，到迁入地残联办理残疾人证迁移，相关补贴同步转移。"
        ),
        conditions="持有有效残疾人证，户籍已迁入本地。",
        basis=_BASIS_DISABLED + "；《中华人民共和国残疾人证管理办法》",
        days=(5, 15),
        online="full_online",
        where=_CL,
        events=["residence", "social_assistance"],
        licence="CJRZ",
        materials=[_licence("残疾人证", "CJRZ"), _hukou()],
        steps=["迁入地申请", "系统转移", "换发新证"],
        faq=[
            ("迁移期间补贴会停吗？", "迁出地发放至迁出当月，迁入地从次月起接续发放。")
        ],
    ),
    _service(
        "CL-0205",
        "残疾人家庭子女及残疾学生教育资助",
        kind="payment",
        aliases=[
            "残疾学生助学金",
            "残疾人子女上学补助",
            "残疾大学生补助",
            ("残疾家庭学生资助"),
        ],
        keywords=["教育资助", "残疾学生", "助学"],
        summary=(
            "对考入高等院校、中职学校的残疾学生和残疾人家庭子女给予一次性或按年教"
            "育资助。"
        ),
        conditions="本省户籍，本人为持证残疾人或父母一方为持证残疾人，家庭经济困难。",
        basis=_BASIS_DISABLED,
        days=(15, 30),
        online="online",
        where=_CL,
        events=["schooling", "social_assistance"],
        materials=[
            _licence("残疾人证", "CJRZ", note="学生本人或父母的残疾人证"),
            _m("录取通知书或学籍证明", "copy"),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "资助每年都能申请吗？",
                ("在校期间符合条件的可按年申请，具体标准以当年通知为准。"),
            )
        ],
    ),
]
