"""公安 citizen services: 交通管理、出入境及其他户政 (GA-0211..0221).

Built with :func:`services_citizen_builder._service`; aliases follow how drivers
and travellers phrase things (上牌、年检、驾照丢了、续签港澳…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS_POLICE,
    Service,
    _hukou,
    _id_card,
    _m,
)
from services.demo_catalogue.services_citizen_builder import (
    _CGS,
    _CRJ,
    _PCS,
    _STEPS_CERTIFICATE,
    _licence,
    _service,
)

_BASIS_ROAD: Final = (
    "《中华人民共和国道路交通安全法》；《机动车登记规定》（公安部令第164号）"
)
_BASIS_DRIVER: Final = (
    "《中华人民共和国道路交通安全法》第十九条；《机动车驾驶证申领"
    "和使用规定》（公安部令第162号）"
)
_BASIS_EXIT: Final = (
    "《中华人民共和国出境入境管理法》；《中国公民因私事往来香港地区"
    "或者澳门地区的暂行管理办法》"
)

GA_CITIZEN_TRAFFIC_SERVICES: Final[list[Service]] = [
    _service(
        "GA-0211",
        "民族成份变更登记",
        kind="confirmation",
        aliases=["改民族", "更改民族", "民族变更", "孩子民族登记"],
        keywords=["民族成份", "变更", "户籍"],
        summary=(
            "未满十八周岁的公民，其民族成份可由父母或监护人申请在父母民族成份范围"
            "内变更；成年后可申请变更一次。"
        ),
        conditions=(
            "变更后的民族须为父亲或母亲的民族成份；年满十八周岁至二十周岁的可"
            "本人申请变更一次。"
        ),
        basis="《中国公民民族成份登记管理办法》第八条至第十二条",
        days=(10, 30),
        online="download",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "schooling"],
        materials=[_hukou(), _id_card(), _m("父母民族成份证明", "copy")],
        faq=[("高考前可以改民族吗？", "升学考试当年不予办理民族成份变更。")],
    ),
    _service(
        "GA-0212",
        "电动自行车登记",
        kind="registration",
        aliases=[
            "电动车上牌",
            "电瓶车上牌",
            "电动车挂牌",
            "办电动车牌照",
            "电动车牌照丢了",
        ],
        keywords=["电动自行车", "号牌", "非机动车", "上牌"],
        summary=(
            "购买符合国家标准的电动自行车后，向公安机关交通管理部门申请登记并领取号牌。"
        ),
        conditions=(
            "车辆列入国家强制性产品认证目录且符合《电动自行车安全技术规范》；"
            "车主为本人或持委托。"
        ),
        basis="《中华人民共和国道路交通安全法》第十八条；《示范省电动自行车管理条例》",
        days=(0, 1),
        online="online",
        where="电动自行车登记服务站；车辆管理所非机动车窗口",
        events=["travel"],
        materials=[
            _id_card(),
            _m("购车发票", "original"),
            _m("产品合格证", "original", note="含CCC认证信息"),
        ],
        steps=["网上预约", "查验车辆", "登记", "安装号牌"],
        faq=[("电动车上牌要钱吗？", "号牌免费发放，登记当场办结。")],
    ),
    _service(
        "GA-0213",
        "机动车注册登记",
        kind="registration",
        aliases=["新车上牌", "买车上牌", "新车落户", "上牌照", "选车牌号"],
        keywords=["机动车", "注册登记", "号牌", "行驶证", "新车"],
        summary=(
            "初次申领机动车号牌、行驶证的，向车辆管理所申请注册登记；符合条件的新"
            "车可在4S店“交易即登记”。"
        ),
        conditions=(
            "车辆已缴纳车辆购置税、投保交强险，属国产车的有合格证，进口车的有"
            "进口凭证；车辆经查验合格。"
        ),
        basis=_BASIS_ROAD,
        days=(0, 2),
        fee="号牌工本费100元，行驶证工本费10元",
        online="online",
        where=_CGS,
        events=["travel"],
        materials=[
            _id_card(),
            _m("机动车整车出厂合格证", "original", code="vehicle.conformity-cert"),
            _m("购车发票", "original", code="vehicle.sale-invoice"),
            _m(
                "交强险保险凭证",
                "electronic",
                note="系统联网核验",
                code="vehicle.ctpl-insurance",
            ),
        ],
        steps=["网上预约", "车辆查验", "选号", "受理", "发放号牌行驶证"],
        faq=[
            (
                "在网上能选车牌吗？",
                "可以。通过本平台或“交管12123”在号码池中自编自选号牌号码。",
            )
        ],
    ),
    _service(
        "GA-0214",
        "机动车检验合格标志核发",
        kind="confirmation",
        aliases=["车辆年检", "车辆年审", "六年免检", "领年检标志", "车检"],
        keywords=["年检", "检验合格标志", "免检", "电子标志"],
        summary=(
            "机动车经安全技术检验合格，或符合免检条件的，核发检验合格标志（电子标志）。"
        ),
        conditions=(
            "已投保交强险，交通违法和事故已处理完毕；非营运小微型客车10年内免"
            "于上线检验（每2年申领标志）。"
        ),
        basis=_BASIS_ROAD,
        days=(0, 1),
        online="full_online",
        where=_CGS,
        events=["travel"],
        materials=[
            _licence("机动车驾驶证", "JSZ", required=False),
            _m("机动车行驶证", "electronic", code="vehicle.licence"),
            _m(
                "交强险保险凭证",
                "electronic",
                note="系统联网核验",
                code="vehicle.ctpl-insurance",
            ),
        ],
        steps=["网上申请", "核验", "发放电子标志"],
        faq=[
            (
                "6年免检的车还要去检测站吗？",
                (
                    "不用。10年以内非营运小微型客车免上线检"
                    "验，在网上申领电子检验标志即可。"
                ),
            )
        ],
    ),
    _service(
        "GA-0215",
        "机动车驾驶证补领",
        kind="confirmation",
        aliases=["驾照丢了", "补办驾照", "驾驶证遗失", "驾照补证", "驾驶证损毁"],
        keywords=["驾驶证", "补领", "遗失", "电子驾驶证"],
        summary="机动车驾驶证遗失、损毁无法辨认的，向车辆管理所申请补领。",
        conditions="驾驶证处于有效期内，无被扣押、暂扣、吊销情形。",
        basis=_BASIS_DRIVER,
        days=(0, 1),
        fee="工本费10元",
        online="full_online",
        where=_CGS,
        events=["travel"],
        licence="JSZ",
        materials=[
            _id_card(),
            _m(
                "驾驶人身体条件证明",
                "electronic",
                required=False,
                note="按规定需提交时",
            ),
        ],
        steps=_STEPS_CERTIFICATE,
        faq=[
            (
                "补驾照期间能开车吗？",
                "补领期间可以使用电子驾驶证，在“交管12123”申领即可。",
            )
        ],
    ),
    _service(
        "GA-0216",
        "机动车转移登记",
        kind="registration",
        aliases=["二手车过户", "车辆过户", "卖车过户", "买二手车过户", "汽车过户"],
        keywords=["转移登记", "过户", "二手车", "机动车"],
        summary=(
            "已注册登记的机动车所有权发生转移的，现机动车所有人向车辆管理所申请转"
            "移登记。"
        ),
        conditions=(
            "车辆已结清交通违法和事故，未被查封、抵押未解除的除外；二手车交易"
            "可在交易市场“一站式”办理。"
        ),
        basis=_BASIS_ROAD,
        days=(0, 1),
        fee="号牌工本费100元（更换号牌时），行驶证工本费10元",
        online="online",
        where=_CGS,
        events=["travel"],
        materials=[
            _id_card("现机动车所有人居民身份证"),
            _m("机动车登记证书", "original"),
            _m("机动车行驶证", "original", code="vehicle.licence"),
            _m("二手车销售统一发票或转移证明", "original"),
        ],
        steps=["车辆查验", "受理", "审核", "发证"],
        faq=[
            (
                "外地车买过来能直接过户吗？",
                "全国小型非营运二手车实行异地直接过户，无需回迁出地办理。",
            )
        ],
    ),
    _service(
        "GA-0217",
        "机动车驾驶人考试预约",
        kind="public",
        aliases=["约考", "考驾照预约", "科目一预约", "科目三约考", "学车考试"],
        keywords=["驾驶人考试", "约考", "科目二", "考场"],
        summary="驾校学员或自学直考人员在完成培训后，网上预约科目一至科目四考试场次。",
        conditions="已受理驾驶证申请，完成相应科目培训学时。",
        basis=_BASIS_DRIVER,
        days=(0, 1),
        fee="按物价部门核定的考试费标准收取",
        online="full_online",
        where=_CGS,
        events=["travel", "employment"],
        materials=[_id_card()],
        steps=["网上预约", "确认场次", "参加考试", "查询成绩"],
        faq=[
            (
                "约考约不上怎么办？",
                "系统按培训完成时间排序分配考位，未约上的自动进入下一轮排队。",
            )
        ],
    ),
    _service(
        "GA-0218",
        "道路交通安全违法行为处理",
        kind="payment",
        aliases=["处理违章", "交违章罚款", "查违章", "违章扣分", "交通罚款"],
        keywords=["违法处理", "罚款", "扣分", "电子监控"],
        summary=(
            "对电子监控记录的道路交通安全违法行为，驾驶人可网上确认处理并缴纳罚款。"
        ),
        conditions="违法事实清楚，驾驶人对处罚无异议；有异议的可到窗口陈述申辩。",
        basis="《中华人民共和国道路交通安全法》第八十七条、第一百零七条",
        days=(0, 1),
        fee="罚款按法定标准缴纳，不另收取费用",
        online="full_online",
        where="属地公安交警大队违法处理窗口",
        events=["travel"],
        materials=[_licence("机动车驾驶证", "JSZ")],
        steps=["查询违法", "确认处理", "网上缴款"],
        faq=[
            (
                "罚款晚交会怎样？",
                "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
            )
        ],
    ),
    _service(
        "GA-0219",
        "往来港澳通行证再次签注",
        kind="licence",
        aliases=[
            "续签港澳",
            "港澳再签",
            "港澳自助签注",
            "再去香港签注",
            "澳门签注续签",
        ],
        keywords=["港澳签注", "再次签注", "自助签注", "通行证"],
        summary=(
            "持有效电子往来港澳通行证的，可在自助签注机或网上申请再次签注赴港澳旅"
            "游、探亲等。"
        ),
        conditions="持有效电子往来港澳通行证，且无法定不准出境情形。",
        basis=_BASIS_EXIT,
        days=(0, 7),
        fee="每次签注15元（按国家标准收取）",
        online="full_online",
        where=_CRJ,
        events=["travel"],
        licence="GAZ",
        materials=[_licence("往来港澳通行证", "GAZ"), _id_card()],
        steps=["网上或自助机申请", "缴费", "自动审批", "写入签注"],
        faq=[
            (
                "签注可以在机场办吗？",
                "可在出入境大厅及部分口岸的自助签注机即时办理。",
            )
        ],
    ),
    _service(
        "GA-0220",
        "往来台湾通行证及签注签发",
        kind="licence",
        aliases=["办台湾通行证", "去台湾办证", "赴台湾签注", "入台证", "台湾通行证"],
        keywords=["往来台湾", "通行证", "赴台签注"],
        summary=(
            "内地居民因探亲、旅游、商务等前往台湾地区的，申请签发往来台湾通行证及"
            "相应签注。"
        ),
        conditions="内地居民，具有赴台事由，且无法定不准出境情形；全国通办。",
        basis="《中国公民往来台湾地区管理办法》第四条、第十条",
        days=(7, 20),
        fee="通行证60元，签注每次15元",
        online="online",
        where=_CRJ,
        events=["travel"],
        materials=[
            _id_card(),
            _m(
                "出入境证件相片",
                "electronic",
                note="现场免费采集",
                code="photo.exit-entry",
            ),
            _m("赴台事由证明", "copy", required=False),
        ],
        steps=["预约", "采集指纹相片", "受理", "审批", "制证", "领取或邮寄"],
        faq=[("办台湾通行证要多久？", "承诺7个工作日内审批制证，可选择邮寄送达。")],
    ),
    _service(
        "GA-0221",
        "出入境记录查询",
        kind="public",
        aliases=["查出国记录", "出入境记录证明", "出国记录查询", "开出入境证明"],
        keywords=["出入境记录", "查询", "证明"],
        summary="中国公民可申请查询本人出入境记录并出具证明，用于留学、落户、公证等。",
        conditions="本人申请；委托他人代办的须提交委托书。",
        basis=_BASIS_EXIT,
        days=(0, 3),
        online="full_online",
        where=_CRJ,
        events=["travel", "residence"],
        materials=[
            _id_card(),
            _m("委托书", "original", required=False, note="代办时提交"),
        ],
        steps=["网上申请", "核验", "出具电子证明"],
        faq=[("出入境记录证明收费吗？", "不收费，网上申请可即时下载电子证明。")],
    ),
]
