"""民政 citizen services: 社会救助、婚姻收养与老年福利 (MZ-0201..0210).

Built with :func:`services_citizen_builder._service`; aliases are the words
families use (五保户、单身证明、结婚证丢了、领养孩子、老年证…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _hukou, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _HY,
    _MZ,
    _STEPS_ALLOWANCE,
    _service,
)

_BASIS_AID: Final = "《社会救助暂行办法》；《示范省社会救助实施办法》"
_BASIS_MARRIAGE: Final = "《中华人民共和国民法典》婚姻家庭编；《婚姻登记条例》"

MZ_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "MZ-0201",
        "特困人员救助供养申请",
        kind="payment",
        aliases=["五保户", "特困供养", "孤寡老人救助", "无依无靠老人", "申请特困"],
        keywords=["特困人员", "救助供养", "集中供养", "分散供养"],
        summary=(
            "无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老年人、残疾人和未"
            "成年人，申请特困人员救助供养。"
        ),
        conditions="同时具备“三无”条件，且收入低于当地最低生活保障标准、财产符合规定。",
        basis="《社会救助暂行办法》第十四条至第二十条；《特困人员认定办法》",
        days=(20, 30),
        online="online",
        where=_MZ,
        events=["social_assistance", "retirement"],
        materials=[
            _id_card(),
            _hukou(),
            _m("家庭经济状况核对授权书", "original", code="welfare.means-test-consent"),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "特困人员可以住养老院吗？",
                (
                    "生活不能自理的优先安排到供养服务机构集中供"
                    "养，本人也可选择在家分散供养。"
                ),
            )
        ],
    ),
    _service(
        "MZ-0202",
        "临时救助申请",
        kind="payment",
        aliases=[
            "急难救助",
            "临时困难补助",
            "突发困难求助",
            "家里遭灾救助",
            ("临时救济"),
        ],
        keywords=["临时救助", "急难", "支出型困难"],
        summary=(
            "因火灾、交通事故、重大疾病等突发情况导致基本生活陷入困境的家庭或个人"
            "，申请临时救助。"
        ),
        conditions=(
            "遭遇突发事件、意外伤害或生活必需支出突然增加，其他社会救助暂时无"
            "法覆盖；急难情形可先行救助。"
        ),
        basis="《社会救助暂行办法》第四十七条至第五十条",
        days=(5, 15),
        online="online",
        where=_MZ,
        events=["social_assistance"],
        materials=[
            _id_card(),
            _m("困难情况说明及证明材料", "copy"),
            _m(
                ("家庭经济状况核对授权书"),
                "original",
                code="welfare.means-test-consent",
            ),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "外地人在这里遇到困难能申请吗？",
                ("可以。非本地户籍人员可向急难发生地申请临时救助。"),
            )
        ],
    ),
    _service(
        "MZ-0203",
        "收养登记",
        kind="confirmation",
        aliases=["领养孩子", "收养孩子", "抱养登记", "办收养证", "继子女收养"],
        keywords=["收养", "收养证", "儿童福利"],
        summary=(
            "符合法定条件的公民收养子女，到民政部门办理收养登记，收养关系自登记之"
            "日起成立。"
        ),
        conditions=(
            "收养人无子女或只有一名子女，具有抚养教育能力，无不利于被收养人健"
            "康成长的违法犯罪记录，年满30周岁。"
        ),
        basis=(
            "《中华人民共和国民法典》第一千零九十三条至第一千一百零五条；《中国公民"
            "收养子女登记办法》"
        ),
        days=(30, 60),
        online="download",
        where="被收养人常住户口所在地县（区）民政局收养登记机关",
        events=["birth", "marriage"],
        materials=[
            _id_card("收养人居民身份证"),
            _hukou("收养人户口簿"),
            _m(("收养申请书"), "original"),
            _m("收养能力评估报告", "original"),
        ],
        steps=["申请", "受理", "收养评估", "公告", "登记发证"],
        faq=[
            (
                "收养继子女也要登记吗？",
                (
                    "继父或继母经生父母同意收养继子女的，也应办理"
                    "收养登记，条件可适当放宽。"
                ),
            )
        ],
    ),
    _service(
        "MZ-0204",
        "婚姻登记档案查询（婚姻登记记录证明）",
        kind="public",
        aliases=[
            "开单身证明",
            "未婚证明",
            "婚姻状况证明",
            "查婚姻登记记录",
            ("开结婚证明"),
        ],
        keywords=["婚姻登记档案", "婚姻状况", "证明"],
        summary=(
            "当事人查询本人婚姻登记档案，出具婚姻登记记录证明，用于公证、出国、继承等。"
        ),
        conditions="当事人本人或其委托的律师、近亲属查询。",
        basis="《婚姻登记档案管理办法》第十七条",
        days=(0, 5),
        online="full_online",
        where=_HY,
        events=["marriage", "housing"],
        materials=[_id_card()],
        steps=["网上申请", "档案查询", "出具电子证明"],
        faq=[
            (
                "民政局能开未婚证明吗？",
                ("民政部门不出具“单身证明”，但可出具本人在档案中的婚姻登记记录证明。"),
            )
        ],
    ),
    _service(
        "MZ-0205",
        "补领婚姻登记证",
        kind="confirmation",
        aliases=["结婚证丢了", "补办结婚证", "离婚证丢了", "补领结婚证", "结婚证坏了"],
        keywords=["补领", "结婚证", "离婚证", "婚姻登记"],
        summary=(
            "结婚证、离婚证遗失或损毁的，当事人可向原登记机关或档案保存地婚姻登记"
            "机关申请补领。"
        ),
        conditions="婚姻登记档案记载的当事人，婚姻状况未发生变化；全省通办。",
        basis=_BASIS_MARRIAGE,
        days=(0, 5),
        online="online",
        where=_HY,
        events=["marriage"],
        licence="JHZ",
        materials=[
            _id_card(),
            _hukou(),
            _m("近期半身免冠照片", "original", quantity=3, note="补领结婚证需双方合照"),
        ],
        steps=["预约", "查档", "审查", "补发证件"],
        faq=[
            (
                "补领结婚证要两个人一起去吗？",
                ("补领结婚证可由一方申请，补领的结婚证上照片为双方合影的需另行提交。"),
            )
        ],
    ),
    _service(
        "MZ-0206",
        "困难群众基本殡葬服务费用减免",
        kind="payment",
        aliases=["丧葬费减免", "火化费减免", "惠民殡葬", "殡葬补贴", "困难户殡葬补助"],
        keywords=["殡葬", "惠民殡葬", "费用减免", "身后一件事"],
        summary=(
            "城乡低保、特困人员等困难群众去世后，免除遗体接运、暂存、火化和骨灰寄"
            "存等基本殡葬服务费用。"
        ),
        conditions="逝者为本省户籍低保对象、特困人员、重度残疾人等，在本地殡仪馆火化。",
        basis="《殡葬管理条例》；《示范省惠民殡葬政策实施办法》",
        days=(0, 3),
        online="online",
        where="逝者户籍所在地殡仪馆服务窗口；县（区）民政局",
        events=["social_assistance"],
        materials=[
            _id_card("经办人居民身份证"),
            _m(
                "死亡证明",
                "electronic",
                shared_resource="population",
                note="人口库共享",
            ),
        ],
        steps=["申请", "身份核验", "直接减免"],
        faq=[("减免要先付钱再报销吗？", "不用，符合条件的在殡仪馆结算时直接减免。")],
    ),
    _service(
        "MZ-0207",
        "老年人优待证办理",
        kind="public",
        aliases=["老年证", "老人卡", "老年人免费坐公交", "办老年优待证", "敬老卡"],
        keywords=["老年人优待证", "敬老", "乘车优待", "公园免票"],
        summary=(
            "年满60周岁的老年人可申领老年人优待证，享受公共交通、公园景区等优待服务。"
        ),
        conditions="年满60周岁的本省户籍老年人，或在本省居住的外省老年人。",
        basis="《中华人民共和国老年人权益保障法》第五十七条、第五十八条",
        days=(0, 10),
        online="full_online",
        where="户籍所在地或居住地社区（村）居委会、乡镇（街道）便民服务中心",
        events=["retirement"],
        materials=[_id_card(), _m("近期免冠照片", "electronic", code="photo.id-2inch")],
        steps=["网上申请", "审核", "发放电子优待证"],
        faq=[
            (
                "外地老人也能办吗？",
                ("在本省常住的外地老年人同样可以申办并享受同等优待。"),
            )
        ],
    ),
    _service(
        "MZ-0208",
        "孤儿和事实无人抚养儿童基本生活费申领",
        kind="payment",
        aliases=[
            "孤儿补贴",
            "孤儿生活费",
            "事实孤儿",
            "无人抚养儿童补贴",
            ("留守孤儿救助"),
        ],
        keywords=["孤儿", "事实无人抚养儿童", "基本生活保障"],
        summary=(
            "对孤儿及父母双方均符合重残、重病、服刑、失联等情形的事实无人抚养儿童"
            "，按月发放基本生活费。"
        ),
        conditions="未满18周岁，父母双亡或属于事实无人抚养情形；由监护人申请。",
        basis=(
            "《国务院关于加强孤儿保障工作的意见》；《关于进一步加强事实无人抚养儿童"
            "保障工作的意见》"
        ),
        days=(20, 30),
        online="online",
        where=_MZ,
        events=["social_assistance", "schooling"],
        materials=[
            _hukou(),
            _id_card("监护人居民身份证"),
            _m(("父母死亡或事实无人抚养情形证明"), "copy"),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "年满18岁还在上学能继续领吗？",
                ("年满18周岁后仍在校就读的，可按规定继续给予保障至毕业。"),
            )
        ],
    ),
    _service(
        "MZ-0209",
        "经济困难老年人养老服务补贴申领",
        kind="payment",
        aliases=[
            "居家养老补贴",
            "养老服务补贴",
            "困难老人补贴",
            "失能老人补贴",
            ("老人护理补贴"),
        ],
        keywords=["养老服务补贴", "居家养老", "失能", "经济困难"],
        summary="经济困难的高龄、失能老年人，按评估等级享受居家或机构养老服务补贴。",
        conditions=(
            "本省户籍，属于低保、低保边缘或特困家庭，且年满80周岁或经评估为失"
            "能、半失能。"
        ),
        basis=(
            "《中华人民共和国老年人权益保障法》；《示范省经济困难老年人养老服务补贴"
            "办法》"
        ),
        days=(15, 30),
        online="download",
        where=_MZ,
        events=["retirement", "social_assistance"],
        materials=[
            _id_card(),
            _m("老年人能力评估报告", "original", required=False, note="失能老人提供"),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "补贴是发钱还是发服务？",
                ("以服务券或购买居家养老服务的方式发放，专款专用。"),
            )
        ],
    ),
    _service(
        "MZ-0210",
        "低保边缘家庭认定",
        kind="confirmation",
        aliases=["低保边缘户", "低边家庭", "支出型困难家庭", "差一点够低保"],
        keywords=["低保边缘", "低收入人口", "认定"],
        summary=(
            "家庭人均收入高于低保标准但低于1.5倍的低收入家庭，申请认定为低保边缘"
            "家庭，享受专项救助。"
        ),
        conditions="本省户籍，家庭人均收入低于当地低保标准1.5倍，财产符合规定。",
        basis=_BASIS_AID,
        days=(20, 30),
        online="online",
        where=_MZ,
        events=["social_assistance"],
        materials=[
            _id_card(),
            _hukou(),
            _m("家庭经济状况核对授权书", "original", code="welfare.means-test-consent"),
        ],
        steps=_STEPS_ALLOWANCE,
        faq=[
            (
                "低保边缘家庭有什么待遇？",
                ("可按规定获得医疗、教育、住房、就业等专项救助，必要时给予临时救助。"),
            )
        ],
    ),
]
