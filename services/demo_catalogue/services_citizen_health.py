"""卫健 citizen services: 生育、妇幼、执业注册与健康服务 (WJ-0201..0210).

Built with :func:`services_citizen_builder._service`; aliases are how parents
and patients ask (怀孕建档、疫苗本、办健康证、育儿补贴…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _hukou, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _STEPS_ONLINE,
    _WJ,
    _health,
    _licence,
    _sbk,
    _service,
)

_BASIS_BIRTH: Final = "《中华人民共和国人口与计划生育法》；《示范省人口与计划生育条例》"
_BASIS_MCH: Final = "《中华人民共和国母婴保健法》；《中华人民共和国母婴保健法实施办法》"
_WJ_PROVINCE: Final = "示范省政务服务中心B区12号窗口（榕城市鼓楼区政务路1号）"

WJ_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "WJ-0201",
        "生育登记",
        kind="registration",
        aliases=[
            "准生证",
            "生育服务证",
            "二胎登记",
            "三孩登记",
            "怀孕登记",
            ("生孩子登记"),
        ],
        keywords=["生育登记", "生育服务", "一孩", "三孩"],
        summary=(
            "夫妻生育子女的，在孩子出生前后自主办理生育登记，享受孕产期保健等服务。"
        ),
        conditions=(
            "夫妻双方或一方户籍在本省，或在本省居住；不再限制生育数量，不需审批。"
        ),
        basis=_BASIS_BIRTH,
        days=(0, 1),
        online="full_online",
        where=_WJ,
        events=["birth", "marriage"],
        materials=[
            _id_card("夫妻双方居民身份证"),
            _licence("结婚证", "JHZ", required=False, note="非必需；系统可核验的免交"),
        ],
        steps=["网上登记", "自动核验", "登记完成"],
        faq=[
            (
                "现在还要办准生证吗？",
                ("不需要审批，网上自主登记即可，全程不见面，当场办结。"),
            )
        ],
    ),
    _service(
        "WJ-0202",
        "母子健康手册建档",
        kind="public",
        aliases=["孕妇建档", "怀孕建档", "建小卡", "领母子手册", "建大卡"],
        keywords=["孕产妇", "建档", "母子健康手册", "产检"],
        summary=(
            "孕妇在孕13周前到居住地社区卫生服务中心建立孕产期保健档案，领取母子健"
            "康手册，享受免费基本公共卫生服务。"
        ),
        conditions="本省户籍或在本省居住的孕妇。",
        basis=_BASIS_MCH,
        days=(0, 0),
        online="online",
        where="居住地社区卫生服务中心、乡镇卫生院妇幼保健门诊",
        events=["birth", "medical"],
        materials=[_id_card(), _health("孕检记录", required=False)],
        steps=["预约", "建档", "领取手册"],
        faq=[
            (
                "怀孕多久要建档？",
                ("一般在孕13周前建档，越早越好，建档后可享受5次免费产前检查服务。"),
            )
        ],
    ),
    _service(
        "WJ-0203",
        "预防接种证办理",
        kind="public",
        aliases=[
            "疫苗本",
            "打疫苗办本子",
            "接种证补办",
            "入学查验接种证",
            ("宝宝打疫苗"),
        ],
        keywords=["预防接种", "接种证", "疫苗", "儿童保健"],
        summary=(
            "儿童出生后由接种单位建立预防接种证，按免疫规划程序接种疫苗；接种证遗"
            "失的可补办，入托入学时查验。"
        ),
        conditions="儿童出生后1个月内在居住地接种单位建证；监护人办理。",
        basis="《中华人民共和国疫苗管理法》第四十七条、第四十八条",
        days=(0, 0),
        online="online",
        where="居住地社区卫生服务中心预防接种门诊",
        events=["birth", "schooling", "medical"],
        materials=[_licence("出生医学证明", "CSYX"), _id_card("监护人居民身份证")],
        steps=["预约", "建证或补证", "接种"],
        faq=[
            (
                "接种证丢了怎么办？",
                (
                    "到原接种单位或现居住地接种门诊凭接种记录补办，电"
                    "子接种证可在线查看。"
                ),
            )
        ],
    ),
    _service(
        "WJ-0204",
        "护士执业注册",
        kind="licence",
        aliases=["护士注册", "护士证注册", "护士变更执业", "护士延续注册", "护士证"],
        keywords=["护士", "执业注册", "护士执业证书", "电子化注册"],
        summary=(
            "通过护士执业资格考试的人员申请护士执业注册，以及执业地点变更、延续注册。"
        ),
        conditions=(
            "取得护士执业资格考试合格成绩，受聘于医疗卫生机构；符合健康标准，"
            "在考试合格之日起3年内申请。"
        ),
        basis="《护士条例》第七条、第八条；《护士执业注册管理办法》",
        days=(10, 20),
        online="full_online",
        where=_WJ_PROVINCE,
        events=["employment"],
        materials=[
            _id_card(),
            _m("护士执业资格考试成绩合格证明", "electronic"),
            _health("健康体检证明", note="6个月内体检结果"),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            ("换医院工作要重新注册吗？", "执业地点变更的办理变更注册，网上申请即可。")
        ],
    ),
    _service(
        "WJ-0205",
        "计划生育家庭奖励扶助金申领",
        kind="payment",
        aliases=[
            "独生子女奖励",
            "计生奖扶",
            "独生子女父母奖励",
            "农村计生奖励",
            ("独生子女补贴"),
        ],
        keywords=["奖励扶助", "独生子女", "计划生育家庭"],
        summary=(
            "农村独生子女家庭和纯二女户家庭的父母年满60周岁后，按年领取奖励扶助金。"
        ),
        conditions="本省农业户籍或原为农业户籍，曾按政策生育，夫妇一方年满60周岁。",
        basis="《示范省人口与计划生育条例》；《农村部分计划生育家庭奖励扶助制度》",
        days=(30, 60),
        online="download",
        where=_WJ,
        events=["retirement", "social_assistance"],
        materials=[_id_card(), _hukou(), _sbk(note="资金发放账户")],
        steps=["申请", "村级初审", "乡镇审核", "县级审批", "公示", "发放"],
        faq=[("奖扶金怎么发？", "每年通过社保卡金融账户直接发放到本人。")],
    ),
    _service(
        "WJ-0206",
        "计划生育家庭特别扶助金申领",
        kind="payment",
        aliases=["失独家庭补助", "独生子女伤残补助", "计生特扶", "失独老人补贴"],
        keywords=["特别扶助", "失独", "伤残", "计划生育家庭"],
        summary=(
            "独生子女死亡或伤残（三级以上）且未再生育或收养子女的夫妻，女方年满49"
            "周岁后申领特别扶助金。"
        ),
        conditions="独生子女死亡或伤残，夫妻未再生育或合法收养子女，女方年满49周岁。",
        basis=_BASIS_BIRTH,
        days=(30, 60),
        online="online",
        where=_WJ,
        events=["social_assistance", "retirement"],
        materials=[
            _id_card(),
            _hukou(),
            _m(
                "独生子女死亡证明或残疾人证",
                "copy",
                licence_type="CJRZ",
                note="残疾人证可电子调取",
            ),
        ],
        steps=["申请", "乡镇审核", "县级审批", "公示", "发放"],
        faq=[
            (
                "特扶金标准是多少？",
                ("按国家和本省规定标准按月发放，并随经济发展动态调整。"),
            )
        ],
    ),
    _service(
        "WJ-0207",
        "从业人员预防性健康检查",
        kind="public",
        aliases=[
            "办健康证",
            "食品健康证",
            "餐饮健康证",
            "健康证在哪办",
            ("理发店健康证"),
        ],
        keywords=["健康证明", "从业人员", "体检", "食品"],
        summary=(
            "食品生产经营、公共场所等行业从业人员上岗前进行预防性健康检查，合格者"
            "发放电子健康证明。"
        ),
        conditions=(
            "从事接触直接入口食品工作或公共场所直接为顾客服务的人员，每年检查一次。"
        ),
        basis=(
            "《中华人民共和国食品安全法》第四十五条；《公共场所卫生管理条例实施细则》"
        ),
        days=(3, 7),
        fee="按物价部门核定标准收取体检费",
        online="online",
        where="各县（区）疾病预防控制中心及指定体检机构",
        events=["employment", "medical"],
        materials=[_id_card()],
        steps=["网上预约", "体检", "出具电子健康证明"],
        faq=[
            (
                "健康证丢了要重新体检吗？",
                ("不用。电子健康证明可随时在线查看和打印，有效期内无需重检。"),
            )
        ],
    ),
    _service(
        "WJ-0208",
        "育儿补贴申领",
        kind="payment",
        aliases=["育儿补贴", "生娃补贴", "3岁以下补贴", "生孩子补贴", "婴幼儿补贴"],
        keywords=["育儿补贴", "三周岁以下", "生育支持"],
        summary=(
            "对符合法律法规规定生育的3周岁以下婴幼儿，按每孩每年3600元标准发放育"
            "儿补贴。"
        ),
        conditions="婴幼儿未满3周岁，已办理出生登记；由父母一方或监护人申请。",
        basis="《育儿补贴制度实施方案》（国家）；《示范省育儿补贴发放实施细则》",
        days=(10, 20),
        online="full_online",
        where=_WJ,
        events=["birth"],
        materials=[
            _licence("出生医学证明", "CSYX"),
            _id_card("监护人居民身份证"),
            _m(
                "监护人银行账户或社会保障卡",
                "original",
                shared_resource="social_security",
            ),
        ],
        steps=_STEPS_ONLINE,
        faq=[("育儿补贴要交税吗？", "育儿补贴免征个人所得税，不计入低保等家庭收入。")],
    ),
    _service(
        "WJ-0209",
        "家庭医生签约服务",
        kind="public",
        aliases=["签家庭医生", "家庭医生", "签约医生", "社区医生签约"],
        keywords=["家庭医生", "签约", "基层医疗", "慢病管理"],
        summary=(
            "居民自愿与社区卫生服务中心家庭医生团队签约，享受健康管理、慢病随访和"
            "预约转诊等服务。"
        ),
        conditions="本地居民，重点人群（老年人、孕产妇、儿童、慢性病患者等）优先。",
        basis="《关于推进家庭医生签约服务的指导意见》",
        days=(0, 1),
        online="full_online",
        where="居住地社区卫生服务中心、乡镇卫生院",
        events=["medical", "retirement"],
        materials=[_id_card()],
        steps=["线上选择团队", "签约", "建立健康档案"],
        faq=[
            (
                "签家庭医生要钱吗？",
                ("基础服务包免费，个性化服务包按规定收费并可由医保部分支付。"),
            )
        ],
    ),
    _service(
        "WJ-0210",
        "65岁及以上老年人健康体检",
        kind="public",
        aliases=["老人免费体检", "65岁免费体检", "老年人体检", "社区免费体检"],
        keywords=["老年人健康管理", "免费体检", "基本公共卫生"],
        summary=(
            "辖区内65岁及以上常住居民每年可在社区卫生服务中心享受一次免费健康体检"
            "和健康指导。"
        ),
        conditions="年满65周岁、在辖区居住半年以上的常住居民。",
        basis="《国家基本公共卫生服务规范》",
        days=(7, 15),
        online="info",
        where="居住地社区卫生服务中心、乡镇卫生院",
        events=["retirement", "medical"],
        materials=[_id_card(), _health("居民健康档案", required=False)],
        steps=["预约", "体检", "结果反馈"],
        faq=[("外地老人能在这里体检吗？", "在本地居住半年以上的常住老人均可预约。")],
    ),
]
