"""住房公积金 citizen services: 缴存、转移、证明与还贷 (GJJ-0201..0206).

Built with :func:`services_citizen_builder._service`; aliases are how members
ask (公积金转移、个人交公积金、打印公积金明细、提前还贷…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _GJJ,
    _STEPS_ONLINE,
    _service,
)

_BASIS_GJJ: Final = "《住房公积金管理条例》；《示范省住房公积金管理办法》"

GJJ_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "GJJ-0201",
        "住房公积金缴存基数调整",
        kind="registration",
        aliases=[
            "公积金基数调整",
            "调整公积金",
            "公积金缴存比例调整",
            ("公积金年度调基"),
        ],
        keywords=["缴存基数", "缴存比例", "年度调整"],
        summary=(
            "单位每年根据职工上一年度月平均工资调整住房公积金缴存基数，或在规定范"
            "围内调整缴存比例。"
        ),
        conditions=(
            "缴存基数不低于当地最低工资标准、不高于上年度社平工资的3倍；缴存比"
            "例5%至12%。"
        ),
        basis=_BASIS_GJJ,
        days=(0, 3),
        online="full_online",
        where=_GJJ,
        events=["housing", "employment"],
        materials=[_m("缴存基数调整清册", "electronic")],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "个人能自己调公积金基数吗？",
                ("单位职工由单位统一调整；灵活就业人员可在网上自行调整。"),
            )
        ],
        audience="both",
    ),
    _service(
        "GJJ-0202",
        "住房公积金个人账户转移",
        kind="public",
        aliases=[
            "公积金转移",
            "换工作公积金转移",
            "公积金异地转移",
            "跨城市转公积金",
            "公积金转入",
        ],
        keywords=["账户转移", "异地转移接续", "跨省通办"],
        summary=(
            "缴存职工工作单位变动或跨城市就业的，办理住房公积金个人账户转移，缴存"
            "时间连续计算。"
        ),
        conditions="在转出地账户已封存或在本中心内变更单位；异地转移由转入地中心发起。",
        basis=_BASIS_GJJ + "；《全国住房公积金异地转移接续业务操作规程》",
        days=(0, 5),
        online="full_online",
        where=_GJJ,
        events=["housing", "employment", "residence"],
        materials=[_id_card()],
        steps=["转入地申请", "系统联办", "资金到账"],
        faq=[
            (
                "换城市工作公积金要取出来吗？",
                (
                    "可以不取，通过异地转移接续平台直接转入"
                    "新城市账户，缴存时间连续计算。"
                ),
            )
        ],
    ),
    _service(
        "GJJ-0203",
        "灵活就业人员住房公积金缴存登记",
        kind="registration",
        aliases=[
            "个人交公积金",
            "自由职业公积金",
            "灵活就业公积金",
            "自己交公积金",
            "个体户交公积金",
        ],
        keywords=["灵活就业", "自愿缴存", "个人开户"],
        summary=(
            "个体工商户、自由职业者等灵活就业人员可自愿开立住房公积金账户缴存，享"
            "受提取和贷款权益。"
        ),
        conditions="年满16周岁、未达法定退休年龄的灵活就业人员，在本市就业或居住。",
        basis=_BASIS_GJJ,
        days=(0, 1),
        online="full_online",
        where=_GJJ,
        events=["housing", "employment"],
        materials=[
            _id_card(),
            _m(
                "本人银行卡",
                "original",
                note="签订委托扣款协议",
                code="bank.personal-account",
            ),
        ],
        steps=["网上开户", "签订协议", "按月缴存"],
        faq=[
            (
                "灵活就业交公积金能贷款吗？",
                ("按规定连续缴存满6个月即可申请公积金贷款。"),
            )
        ],
    ),
    _service(
        "GJJ-0204",
        "住房公积金缴存证明出具",
        kind="public",
        aliases=[
            "公积金缴存证明",
            "打印公积金明细",
            "查公积金",
            "公积金余额查询",
            "公积金缴存明细",
        ],
        keywords=["缴存证明", "明细查询", "贷款证明"],
        summary="缴存职工查询住房公积金缴存明细和余额，出具缴存证明、贷款结清证明等。",
        conditions="本人申请；委托他人的须提供授权委托书。",
        basis=_BASIS_GJJ,
        days=(0, 0),
        online="full_online",
        where=_GJJ,
        events=["housing"],
        materials=[_id_card()],
        steps=["登录", "查询", "下载电子证明"],
        faq=[
            (
                "买房要的公积金证明怎么开？",
                ("在本平台下载带电子签章的缴存证明，银行和不动产登记机构可在线核验。"),
            )
        ],
    ),
    _service(
        "GJJ-0205",
        "住房公积金贷款提前还款",
        kind="public",
        aliases=[
            "提前还公积金贷款",
            "公积金贷款部分还款",
            "公积金贷款结清",
            ("提前还房贷"),
            "一次性还清公积金贷款",
        ],
        keywords=["提前还款", "贷款结清", "缩短期限"],
        summary=(
            "住房公积金贷款借款人申请提前部分还款或全部结清贷款，可选择缩短期限或"
            "减少月供。"
        ),
        conditions="贷款无逾期；提前部分还款金额不低于规定下限。",
        basis=_BASIS_GJJ,
        days=(0, 3),
        online="full_online",
        where=_GJJ,
        events=["housing"],
        materials=[_id_card("借款人居民身份证")],
        steps=["网上申请", "核算", "扣款", "出具结清证明"],
        faq=[("提前还款有违约金吗？", "住房公积金贷款提前还款不收取违约金。")],
    ),
    _service(
        "GJJ-0206",
        "住房公积金对冲还贷签约",
        kind="public",
        aliases=[
            "公积金冲还贷",
            "公积金自动还房贷",
            "用公积金还房贷",
            ("公积金按月还贷"),
            "商贷用公积金还",
        ],
        keywords=["对冲还贷", "还贷提取", "按月提取"],
        summary=(
            "借款人签订对冲还贷协议后，每月自动用住房公积金账户余额偿还住房公积金"
            "贷款或商业住房贷款。"
        ),
        conditions="借款人及配偶正常缴存住房公积金，贷款无逾期。",
        basis=_BASIS_GJJ,
        days=(0, 1),
        online="full_online",
        where=_GJJ,
        events=["housing"],
        materials=[
            _id_card(),
            _m("住房贷款合同", "electronic", required=False, note="商业贷款提供"),
        ],
        steps=["网上签约", "核验", "按月划转"],
        faq=[
            ("配偶的公积金也能一起还吗？", "可以，签约时将配偶账户一并纳入对冲还贷。")
        ],
    ),
]
