"""人社 citizen services: 养老保险待遇与社保查询 (RS-0210..0217).

Built with :func:`services_citizen_builder._service`; aliases follow how people
ask about pensions (办退休、领养老金、查社保、刷脸认证…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _hukou, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _RS,
    _STEPS_ONLINE,
    _sbk,
    _service,
)

_BASIS_PENSION: Final = (
    "《中华人民共和国社会保险法》第十条至第十六条；《国务院关于完"
    "善企业职工基本养老保险制度的决定》"
)
_BASIS_RURAL: Final = (
    "《中华人民共和国社会保险法》第二十条至第二十二条；《国务院关于"
    "建立统一的城乡居民基本养老保险制度的意见》"
)

RS_CITIZEN_PENSION_SERVICES: Final[list[Service]] = [
    _service(
        "RS-0210",
        "职工基本养老金申领（退休申请）",
        kind="payment",
        aliases=[
            "办退休",
            "退休手续",
            "领养老金",
            "退休申请",
            "到龄退休",
            ("退休金申请"),
        ],
        keywords=["退休", "基本养老金", "待遇核定", "职工养老保险"],
        summary=(
            "参加职工基本养老保险、达到法定退休年龄且累计缴费满规定年限的，申领按"
            "月基本养老金。"
        ),
        conditions=(
            "达到法定退休年龄（按渐进式延迟退休规定确定），累计缴费年限达到规"
            "定最低年限。"
        ),
        basis=_BASIS_PENSION,
        days=(10, 20),
        online="full_online",
        where=_RS,
        events=["retirement"],
        materials=[
            _id_card(),
            _sbk(note="养老金发放至社保卡金融账户"),
            _m("个人档案", "original", required=False, note="需认定视同缴费年限时提供"),
        ],
        steps=["网上申请", "资格审核", "待遇核定", "公示", "按月发放"],
        faq=[
            (
                "退休要提前多久申请？",
                ("可在达到退休年龄前一个月内申请，单位职工一般由单位统一申报。"),
            )
        ],
        audience="both",
    ),
    _service(
        "RS-0211",
        "养老保险个人权益记录查询",
        kind="public",
        aliases=[
            "查社保",
            "社保缴费记录",
            "查养老保险",
            "打印社保清单",
            ("社保缴费证明"),
            "社保交了几年",
        ],
        keywords=["权益记录", "缴费明细", "参保证明", "社保查询"],
        summary=(
            "参保人员查询、打印本人社会保险缴费记录和个人权益记录，开具参保缴费证明。"
        ),
        conditions="本人查询，或持本人授权委托查询。",
        basis=(
            "《中华人民共和国社会保险法》第七十四条；《社会保险个人权益记录管理办法》"
        ),
        days=(0, 0),
        online="full_online",
        where=_RS,
        events=["retirement", "employment", "housing", "schooling"],
        materials=[_sbk(), _id_card(required=False)],
        steps=["登录", "查询", "下载带电子签章的证明"],
        faq=[
            (
                "买房落户要的社保证明在哪开？",
                ("在本平台“查社保”中下载参保缴费证明，带电子签章，可直接使用。"),
            )
        ],
    ),
    _service(
        "RS-0212",
        "城乡居民基本养老保险待遇申领",
        kind="payment",
        aliases=[
            "农村老人领养老金",
            "60岁领养老金",
            "居民养老金领取",
            "新农保领钱",
            "城乡居民养老金",
        ],
        keywords=["城乡居民养老保险", "待遇领取", "60周岁", "基础养老金"],
        summary=(
            "参加城乡居民基本养老保险、年满60周岁、累计缴费满15年且未领取其他基本"
            "养老保障待遇的，按月领取养老金。"
        ),
        conditions=(
            "年满60周岁，累计缴费满15年（制度实施时已年满60周岁的可直接领取基"
            "础养老金），未领取国家规定的其他基本养老保障待遇。"
        ),
        basis=_BASIS_RURAL,
        days=(5, 20),
        online="full_online",
        where="户籍所在地乡镇（街道）社保服务窗口；村（社区）代办点",
        events=["retirement"],
        materials=[_id_card(), _hukou(required=False), _sbk(note="待遇发放至社保卡")],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "村里老人不会上网怎么办？",
                ("可由村（社区）协办员上门代办，或由子女在手机上代为申请。"),
            )
        ],
    ),
    _service(
        "RS-0213",
        "社会保险待遇资格认证",
        kind="public",
        aliases=["养老金认证", "刷脸认证", "退休人员年审", "生存认证", "领养老金认证"],
        keywords=["待遇资格认证", "生存认证", "人脸识别", "养老金"],
        summary=(
            "领取社会保险待遇人员每年进行一次资格认证，可通过手机刷脸或大数据比对"
            "无感认证。"
        ),
        conditions="正在领取基本养老金、工伤保险长期待遇等的人员。",
        basis="《人力资源社会保障部关于做好社会保险待遇资格认证工作的通知》",
        days=(0, 0),
        online="full_online",
        where=_RS,
        events=["retirement"],
        materials=[_id_card(), _sbk(required=False)],
        steps=["手机刷脸", "自动比对", "认证完成"],
        faq=[
            (
                "老人在国外怎么认证？",
                ("可使用手机人脸识别认证，或由我国驻外使领馆出具生存证明。"),
            )
        ],
    ),
    _service(
        "RS-0214",
        "参保人员丧葬补助金和抚恤金申领",
        kind="payment",
        aliases=[
            "老人去世领丧葬费",
            "丧葬补助金",
            "抚恤金",
            "退休人员死亡待遇",
            ("丧葬费领取"),
        ],
        keywords=["丧葬补助金", "抚恤金", "遗属待遇", "身后一件事"],
        summary=(
            "参保人员因病或非因工死亡的，其遗属可申领丧葬补助金和抚恤金，并可结清"
            "个人账户余额。"
        ),
        conditions="死亡人员生前参加基本养老保险；申请人为其直系亲属或法定继承人。",
        basis="《中华人民共和国社会保险法》第十七条",
        days=(10, 20),
        online="online",
        where=_RS,
        events=["retirement", "social_assistance"],
        materials=[
            _id_card("申请人居民身份证"),
            _m(
                "死亡证明",
                "electronic",
                shared_resource="population",
                note="从人口库共享调取",
            ),
            _m("亲属关系证明", "copy"),
        ],
        steps=["申请", "受理", "核定", "发放"],
        faq=[
            (
                "还要去注销户口吗？",
                ("“身后一件事”可一次申请销户和丧葬待遇，无需分别跑。"),
            )
        ],
    ),
    _service(
        "RS-0215",
        "高校毕业生就业报到",
        kind="registration",
        aliases=["毕业生报到", "报到证", "档案去哪了", "毕业档案查询", "应届生报到"],
        keywords=["就业报到", "毕业生", "人事档案", "派遣"],
        summary=(
            "高校毕业生离校后到就业地或生源地人社部门办理就业报到、档案接收和落户衔接。"
        ),
        conditions="本省生源或在本省就业的全日制高校毕业生，离校两年内办理。",
        basis="《关于进一步做好高校毕业生等青年就业创业工作的通知》",
        days=(0, 5),
        online="full_online",
        where=_RS,
        events=["employment", "schooling", "residence"],
        materials=[
            _id_card(),
            _m(
                "毕业证书",
                "electronic",
                note="学信网联网核验",
                code="education.diploma",
            ),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "现在还需要报到证吗？",
                ("自2023年起不再发放《报到证》，毕业生凭毕业证书办理报到和档案转递。"),
            )
        ],
    ),
    _service(
        "RS-0216",
        "流动人员人事档案存档与转递",
        kind="public",
        aliases=["档案存放", "人事档案转出", "调档", "档案托管", "查档案在哪"],
        keywords=["人事档案", "存档", "转递", "人才服务"],
        summary="为流动人员提供人事档案接收、保管、转递和档案材料证明等免费服务。",
        conditions="非公有制单位工作人员、自由职业者、未就业高校毕业生等流动人员。",
        basis="《流动人员人事档案管理服务规定》",
        days=(3, 10),
        online="online",
        where="榕城市人才服务中心档案服务窗口（榕城市台江区江滨中大道168号）",
        events=["employment"],
        materials=[
            _id_card(),
            _m("调档函", "original", required=False, note=("转出档案时提供")),
        ],
        faq=[
            (
                "存档案收费吗？",
                ("公共就业和人才服务机构提供流动人员人事档案基本公共服务，不收费。"),
            )
        ],
    ),
    _service(
        "RS-0217",
        "一次性创业补贴申领",
        kind="payment",
        aliases=["创业补贴", "开店补贴", "大学生创业补贴", "创业领补贴"],
        keywords=["创业补贴", "创业扶持", "重点群体"],
        summary=(
            "首次创办小微企业或从事个体经营并正常经营1年以上的重点群体，可申领一"
            "次性创业补贴。"
        ),
        conditions=(
            "高校毕业生、登记失业人员、返乡创业农民工等，所创主体正常经营满1年"
            "、依法缴纳社保。"
        ),
        basis="《示范省就业补助资金管理办法》",
        days=(15, 30),
        online="full_online",
        where=_RS,
        events=["employment"],
        materials=[
            _id_card(),
            _m("营业执照", "electronic", licence_type="YYZZ", note="系统自动调取"),
        ],
        steps=_STEPS_ONLINE,
        faq=[("创业补贴和创业贷款能同时享受吗？", "可以，二者条件不同，分别申请。")],
    ),
]
