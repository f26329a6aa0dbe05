"""公安户籍 citizen services: 迁移、证明、变更与注销 (GA-0201..0210).

Each item is built with :func:`services_citizen_builder._service`; aliases are
the phrases people type into the portal search (上户口、改名字、开户籍证明…).
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
    _PCS,
    _STEPS_CERTIFICATE,
    _licence,
    _service,
)

_BASIS_HUKOU: Final = (
    "《中华人民共和国户口登记条例》；《示范省户籍管理规定》（示范省人民政府令第12号）"
)

GA_CITIZEN_HOUSEHOLD_SERVICES: Final[list[Service]] = [
    _service(
        "GA-0201",
        "户口迁移（迁出）登记",
        kind="confirmation",
        aliases=["迁出户口", "户口迁走", "开准迁证", "跨省迁户口", "户口迁出去"],
        keywords=["户口迁移", "迁出", "准迁证", "跨省通办", "户籍"],
        summary=(
            "公民因工作、婚姻、投靠、购房等原因将常住户口迁出本省辖区的，办理迁出"
            "登记。实行跨省迁移“一站式”办理的，由迁入地直接办理。"
        ),
        conditions=(
            "已取得迁入地公安机关签发的准予迁入证明，或符合跨省“一站式”迁移条"
            "件；迁出人户籍信息准确，无未结案件限制。"
        ),
        basis=_BASIS_HUKOU,
        days=(1, 5),
        online="online",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "housing", "marriage"],
        materials=[
            _hukou(),
            _id_card(),
            _m("准予迁入证明", "original", required=False, note="“一站式”迁移无需提供"),
        ],
        steps=["申请", "受理", "审核", "迁出登记", "信息推送迁入地"],
        faq=[
            (
                "迁户口要回老家办吗？",
                (
                    "已开通跨省迁移“一站式”办理的，在迁入地派出所提"
                    "交申请即可，无需再回户籍地开具迁移证。"
                ),
            )
        ],
    ),
    _service(
        "GA-0202",
        "临时居民身份证申领",
        kind="confirmation",
        aliases=[
            "临时身份证",
            "办临时身份证",
            "身份证丢了坐飞机",
            "临时身份证明",
            "急用身份证",
        ],
        keywords=["临时身份证", "身份证", "乘机", "急用"],
        summary=(
            "在申请领取、换领、补领居民身份证期间，急需使用居民身份证的，可以申请"
            "领取临时居民身份证。"
        ),
        conditions=(
            "已申请领取、换领或补领居民身份证，且正在制证期间；本人到场采集相片。"
        ),
        basis="《中华人民共和国临时居民身份证管理办法》第三条、第七条",
        days=(0, 3),
        fee="按国家标准收取工本费10元",
        online="info",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "travel"],
        materials=[
            _hukou(note="通过人口库核验身份，本人到场"),
            _m(
                "居民身份证相片",
                "electronic",
                note="现场采集",
                code="photo.resident-id-card",
            ),
        ],
        steps=["申请", "受理", "当场制证", "领取"],
        faq=[
            (
                "临时身份证有效期多久？",
                "临时居民身份证有效期为三个月，新证领取后应交回临时证。",
            )
        ],
    ),
    _service(
        "GA-0203",
        "居住登记",
        kind="registration",
        aliases=["暂住登记", "租房登记", "外来人口登记", "报暂住", "新市民登记"],
        keywords=["居住登记", "流动人口", "暂住", "租房"],
        summary=(
            "公民离开常住户口所在地，到其他城市居住半年以上的，向居住地公安派出所"
            "申报居住登记，作为申领居住证的依据。"
        ),
        conditions=(
            "离开常住户口所在地到本省城市居住，有合法稳定住所、合法稳定就业或"
            "连续就读之一的。"
        ),
        basis="《居住证暂行条例》第九条；《示范省流动人口服务管理办法》",
        days=(0, 3),
        online="full_online",
        where="居住地公安派出所；社区警务室；榕城市鼓楼区政务服务中心公安综合窗口",
        hours=_HOURS_POLICE,
        events=["residence", "housing", "employment"],
        materials=[
            _id_card(),
            _m(
                "住所证明",
                "electronic",
                note="房屋租赁合同或房产证明，系统可核验的免交",
            ),
        ],
        steps=["网上申报", "社区民警核查", "登记确认"],
        faq=[
            (
                "居住登记多久能办居住证？",
                "居住登记满半年且符合条件的，可申领居住证；居住登记信息可在线查询。",
            )
        ],
    ),
    _service(
        "GA-0204",
        "户籍证明开具",
        kind="public",
        aliases=[
            "开户籍证明",
            "户口证明",
            "亲属关系证明",
            "开户口证明",
            "户籍信息证明",
        ],
        keywords=["户籍证明", "亲属关系", "证明开具", "户口"],
        summary=(
            "根据群众需要，出具户籍登记信息、亲属关系（同户）、注销户口、曾用名等"
            "户籍证明。"
        ),
        conditions="本人或其近亲属凭有效身份证件申请；所证明事项在户籍档案中有记载。",
        basis=_BASIS_HUKOU,
        days=(0, 3),
        online="full_online",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "employment", "schooling"],
        materials=[_id_card(), _hukou(required=False, note="开具亲属关系证明时提供")],
        steps=["网上申请", "审核", "在线出具电子证明"],
        faq=[
            (
                "能在网上开户籍证明吗？",
                (
                    "可以。登录本平台选择证明类型，审核通过后下载"
                    "带电子签章的证明，与纸质证明效力相同。"
                ),
            )
        ],
    ),
    _service(
        "GA-0205",
        "姓名变更登记",
        kind="confirmation",
        aliases=["改名字", "孩子改名", "改姓", "更改姓名", "改名"],
        keywords=["姓名变更", "改名", "户籍", "曾用名"],
        summary="公民因正当理由申请变更姓名的，由户口登记机关审批后办理变更登记。",
        conditions=(
            "未满十八周岁的，由父母或其他监护人申请；年满十八周岁的，由本人申"
            "请。变更理由正当，不涉及逃避法律责任。"
        ),
        basis=(
            "《中华人民共和国户口登记条例》第十八条；《中华人民共和国民法典》第一千"
            "零一十二条"
        ),
        days=(5, 20),
        online="online",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "marriage"],
        materials=[
            _hukou(),
            _id_card(),
            _m("变更姓名申请书", "original"),
            _m("监护人身份证明", "copy", required=False, note="未成年人改名提供"),
        ],
        faq=[
            (
                "成年人能随便改名字吗？",
                (
                    "成年人变更姓名需有正当理由（如姓名用字生僻、"
                    "与他人重名影响生活等），每人原则上只能变更一次。"
                ),
            )
        ],
    ),
    _service(
        "GA-0206",
        "出生日期更正",
        kind="confirmation",
        aliases=[
            "改年龄",
            "身份证年龄错了",
            "改出生日期",
            "改生日",
            "户口生日登记错了",
        ],
        keywords=["出生日期", "更正", "户籍", "年龄"],
        summary="公民户口登记项目中出生日期登记错误的，凭原始证明材料申请更正。",
        conditions=(
            "有出生医学证明、原始户籍档案等证明原登记错误的证据；更正后不得影"
            "响升学、参军、退休等依法认定的事项。"
        ),
        basis=_BASIS_HUKOU,
        days=(10, 30),
        online="info",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "retirement"],
        materials=[
            _hukou(),
            _id_card(),
            _licence("出生医学证明", "CSYX", required=False),
            _m("能证明出生日期的原始材料", "original", note="档案记载、入学登记等"),
        ],
        faq=[
            (
                "为了提前退休能改年龄吗？",
                (
                    "不能。出生日期只能依据原始证据更正登记错误"
                    "，不能因退休、升学等需要随意变更。"
                ),
            )
        ],
    ),
    _service(
        "GA-0207",
        "死亡人员户口注销",
        kind="registration",
        aliases=["注销户口", "人去世销户", "老人去世销户口", "死亡销户", "户口注销"],
        keywords=["死亡", "户口注销", "身后事", "销户"],
        summary="公民死亡的，由其近亲属或户主向户口所在地公安派出所申报注销户口。",
        conditions=(
            "持死亡医学证明、火化证明或人民法院宣告死亡判决等材料；申报人为死"
            "者近亲属、户主或所在单位。"
        ),
        basis="《中华人民共和国户口登记条例》第八条",
        days=(0, 3),
        online="online",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence", "social_assistance"],
        materials=[
            _hukou(),
            _m("死亡医学证明（推断）书", "original", note="医院出具的已通过系统共享"),
            _id_card("申报人居民身份证"),
            _m("死者居民身份证", "original", required=False, note="无法交回的说明理由"),
        ],
        steps=["申报", "核验死亡信息", "注销登记", "出具注销证明"],
        faq=[
            (
                "家人去世后还要办哪些事？",
                (
                    "可通过“身后一件事”一次申请注销户口、停发养"
                    "老金、领取丧葬补助和结清社保、公积金。"
                ),
            )
        ],
    ),
    _service(
        "GA-0208",
        "大中专院校学生户口迁移",
        kind="confirmation",
        aliases=[
            "大学生户口迁移",
            "上大学迁户口",
            "毕业户口迁回",
            "学生集体户口",
            "毕业落户",
        ],
        keywords=["学生户口", "集体户口", "毕业生", "迁移"],
        summary=(
            "经录取的大中专院校新生将户口迁入学校集体户，以及毕业生将户口迁往就业"
            "地或迁回原籍。"
        ),
        conditions=(
            "新生持录取通知书自愿迁移；毕业生持就业报到证明或回原籍申请，在学"
            "校集体户办理迁出。"
        ),
        basis="《中华人民共和国户口登记条例》第十条；《示范省户籍管理规定》",
        days=(1, 5),
        online="online",
        where="学校所在地公安派出所；户籍所在地公安派出所户政窗口",
        hours=_HOURS_POLICE,
        events=["schooling", "residence", "employment"],
        materials=[
            _hukou(),
            _id_card(),
            _m("录取通知书或毕业证明", "copy"),
        ],
        faq=[
            (
                "上大学户口必须迁走吗？",
                "不必须。新生户口迁移实行自愿原则，可保留在原籍。",
            )
        ],
    ),
    _service(
        "GA-0209",
        "居民户口簿补领换领",
        kind="confirmation",
        aliases=["户口本丢了", "补办户口本", "户口本换新", "户口簿补发", "户口本破了"],
        keywords=["户口簿", "补领", "换领", "户口本"],
        summary="居民户口簿遗失、损坏或登记内容变更的，由户主或成员申请补领或换领。",
        conditions=(
            "户口簿遗失或严重损坏、页面用完、户主变更等；申请人为户主或本户成年成员。"
        ),
        basis=_BASIS_HUKOU,
        days=(1, 5),
        online="online",
        where=_PCS,
        hours=_HOURS_POLICE,
        events=["residence"],
        materials=[
            _id_card(),
            _m("原户口簿", "original", required=False, note="换领时交回"),
        ],
        steps=_STEPS_CERTIFICATE,
        faq=[
            (
                "户口本丢了需要登报吗？",
                (
                    "不需要登报。凭户主或本户成员身份证到派出所申"
                    "请补领，原户口簿同时作废。"
                ),
            )
        ],
    ),
    _service(
        "GA-0210",
        "居住证签注",
        kind="registration",
        aliases=["居住证续签", "居住证年审", "居住证过期续期", "居住证延期"],
        keywords=["居住证", "签注", "续期", "年审"],
        summary=(
            "居住证持证人在居住地连续居住的，应当每年签注一次，签注后继续享受居住"
            "地基本公共服务。"
        ),
        conditions=(
            "持有本省居住证，在居住证有效期满前一个月内申请，仍在居住地居住、"
            "就业或就读。"
        ),
        basis="《居住证暂行条例》第十四条",
        days=(0, 3),
        online="full_online",
        where="居住地公安派出所；社区居住证服务站",
        hours=_HOURS_POLICE,
        events=["residence", "employment"],
        licence="JZZ",
        materials=[_licence("居住证", "JZZ"), _id_card()],
        steps=["网上申请", "自动核验", "电子签注"],
        faq=[
            (
                "忘了签注怎么办？",
                (
                    "逾期未签注的居住证暂停使用，补办签注后恢复；连续居"
                    "住年限从签注之日起重新计算。"
                ),
            )
        ],
    ),
]
