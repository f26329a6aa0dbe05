"""教育 citizen services: 学籍、考试报名、学历证明与学生资助 (JY-0201..0208).

Built with :func:`services_citizen_builder._service`; aliases are what parents
and students search for (孩子转学、考普通话、毕业证丢了、助学贷款…).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _hukou, _id_card, _m
from services.demo_catalogue.services_citizen_builder import (
    _JY,
    _STEPS_ONLINE,
    _licence,
    _service,
)

_BASIS_AID: Final = "《学生资助资金管理办法》（财教〔2021〕310号）"
_JY_PROVINCE: Final = "示范省教育考试院服务窗口（榕城市鼓楼区北大路190号）"

JY_CITIZEN_SERVICES: Final[list[Service]] = [
    _service(
        "JY-0201",
        "中小学生转学",
        kind="public",
        aliases=[
            "孩子转学",
            "转学籍",
            "学籍转学",
            "办转学",
            "跨省转学",
            ("随迁子女转学"),
        ],
        keywords=["转学", "学籍", "义务教育", "随迁子女"],
        summary=(
            "义务教育阶段和普通高中学生因户籍迁移、家庭搬迁等原因转学的，通过全国"
            "学籍系统办理学籍转接。"
        ),
        conditions=(
            "已在转出学校注册学籍，转入学校有学位并同意接收；毕业年级原则上不办理转学。"
        ),
        basis="《中小学生学籍管理办法》第十二条至第十六条",
        days=(5, 15),
        online="online",
        where=_JY,
        events=["schooling", "residence"],
        materials=[
            _hukou("学生户口簿"),
            _m("转入学校接收证明", "electronic"),
            _m(("转学原因证明"), "copy", note="购房、迁户或工作调动证明"),
        ],
        steps=["转入校申请", "转出校审核", "教育局审核", "学籍转接"],
        faq=[
            (
                "转学需要回原学校开证明吗？",
                ("不需要。由转入学校在学籍系统发起申请，转出学校在线确认。"),
            )
        ],
    ),
    _service(
        "JY-0202",
        "普通高等学校学历证明书办理",
        kind="public",
        aliases=["毕业证丢了", "补毕业证", "学历证明", "学位证丢了", "毕业证遗失证明"],
        keywords=["学历证明书", "毕业证书遗失", "学历认证"],
        summary=(
            "高校毕业生毕业证书遗失或损坏的，经本人申请，由原毕业学校出具《学历证"
            "明书》，与毕业证书具有同等效力。"
        ),
        conditions=(
            "已取得普通高等学校毕业证书，证书遗失或损坏；学校已撤销的由省教育"
            "行政部门出具。"
        ),
        basis=(
            "《高等学校学生学籍学历电子注册管理办法》；《普通高等学校学生管理规定》"
            "第四十二条"
        ),
        days=(10, 20),
        online="download",
        where="原毕业学校学籍管理部门；示范省政务服务中心D区教育窗口",
        events=["schooling", "employment"],
        materials=[
            _id_card(),
            _m("毕业证书遗失声明", "original"),
            _m(("学历电子注册备案表"), "electronic", note="学信网下载"),
        ],
        steps=_STEPS_ONLINE,
        faq=[
            (
                "毕业证可以补发吗？",
                ("毕业证书不予补发，由学校出具学历证明书，效力相同。"),
            )
        ],
    ),
    _service(
        "JY-0203",
        "普通话水平测试报名",
        kind="public",
        aliases=["考普通话", "普通话考试", "普通话证书", "普通话报名", "教资普通话"],
        keywords=["普通话水平测试", "等级证书", "报名"],
        summary=(
            "需要取得普通话水平等级证书的人员在线报名参加测试，成绩合格的核发电子证书。"
        ),
        conditions=(
            "年满16周岁（或在校学生），以汉语为工作语言的人员；按测试站安排报名。"
        ),
        basis="《中华人民共和国国家通用语言文字法》；《普通话水平测试管理规定》",
        days=(0, 30),
        fee="按物价部门核定标准收取测试费",
        online="full_online",
        where=_JY_PROVINCE,
        events=["schooling", "employment"],
        materials=[
            _id_card(),
            _m("近期免冠证件照", "electronic", code="photo.id-2inch"),
        ],
        steps=["网上报名", "缴费", "参加测试", "查询成绩", "下载电子证书"],
        faq=[
            ("普通话证书丢了怎么办？", "普通话水平测试实行电子证书，可随时下载打印。")
        ],
    ),
    _service(
        "JY-0204",
        "生源地信用助学贷款申请",
        kind="public",
        aliases=[
            "助学贷款",
            "上大学贷款",
            "国家助学贷款",
            "大学学费贷款",
            ("贷款交学费"),
        ],
        keywords=["生源地信用助学贷款", "国家助学贷款", "学生资助"],
        summary=(
            "家庭经济困难的普通高校新生和在校生，在户籍所在县（区）申请生源地信用"
            "助学贷款，在校期间财政全额贴息。"
        ),
        conditions=(
            "本省户籍、被全日制高校录取或在读的家庭经济困难学生，本人和家长诚实守信。"
        ),
        basis="《关于调整完善国家助学贷款有关政策的通知》；" + _BASIS_AID,
        days=(10, 30),
        online="online",
        where="户籍所在地县（区）学生资助管理中心",
        events=["schooling"],
        materials=[
            _id_card("学生和共同借款人居民身份证"),
            _hukou(),
            _m(("录取通知书或学生证"), "copy"),
        ],
        steps=["网上申请", "资助中心受理", "签订合同", "银行放款"],
        faq=[
            (
                "助学贷款利息多少？",
                ("在校期间利息由财政全额补贴，毕业后按同期LPR减60个基点计息。"),
            )
        ],
    ),
    _service(
        "JY-0205",
        "家庭经济困难学生资助申请",
        kind="payment",
        aliases=["贫困生补助", "助学金申请", "学费减免", "困难学生补助", "寄宿生补助"],
        keywords=["学生资助", "国家助学金", "生活补助", "学费减免"],
        summary=(
            "学前教育至高中阶段家庭经济困难学生，申请国家助学金、生活补助和免学杂"
            "费等资助。"
        ),
        conditions="在本省就读且经认定为家庭经济困难学生；脱贫户、低保户等子女优先。",
        basis=_BASIS_AID,
        days=(15, 30),
        online="online",
        where="学生就读学校学生资助工作窗口",
        events=["schooling", "social_assistance"],
        materials=[
            _id_card("监护人居民身份证"),
            _hukou("学生户口簿"),
            _m(("家庭经济困难学生认定申请表"), "original"),
        ],
        steps=["学生申请", "学校认定", "公示", "资金发放"],
        faq=[
            (
                "需要开贫困证明吗？",
                ("不再要求开具贫困证明，由学校依据大数据比对和本人申请认定。"),
            )
        ],
    ),
    _service(
        "JY-0206",
        "高中阶段学校招生考试报名",
        kind="public",
        aliases=["中考报名", "初三报名中考", "中考网上报名", "随迁子女中考"],
        keywords=["中考", "高中招生", "报名"],
        summary=(
            "初中毕业生在规定时间内报名参加高中阶段学校招生考试（中考），随迁子女"
            "按规定在居住地报名。"
        ),
        conditions=(
            "初中应届毕业生或符合条件的往届生；随迁子女需满足居住证和学籍年限要求。"
        ),
        basis="《示范省高中阶段学校招生工作规定》",
        days=(0, 15),
        online="full_online",
        where=_JY,
        events=["schooling", "residence"],
        materials=[
            _id_card("考生居民身份证"),
            _licence(
                "居住证", "JZZ", required=False, note="随迁子女提供，系统自动调取"
            ),
        ],
        steps=["网上报名", "学校审核", "确认", "打印准考证"],
        faq=[
            (
                "外地孩子能在这里考高中吗？",
                (
                    "父母持本地居住证并有合法稳定就业，孩子在"
                    "本地连续就读初中三年的可报名。"
                ),
            )
        ],
    ),
    _service(
        "JY-0207",
        "普通高校招生考试报名",
        kind="public",
        aliases=["高考报名", "高考网上报名", "复读生报名高考", "社会考生报名"],
        keywords=["高考", "普通高校招生", "报名", "考生"],
        summary=(
            "具有本省高考报名资格的考生在规定时间内网上报名参加普通高校招生全国统"
            "一考试。"
        ),
        conditions=(
            "具有高级中等教育学校毕业学历或同等学力，符合本省户籍、学籍等报名资格条件。"
        ),
        basis="《中华人民共和国教育法》；《普通高等学校招生工作规定》",
        days=(0, 30),
        fee="按物价部门核定标准收取报名考试费",
        online="full_online",
        where=_JY_PROVINCE,
        events=["schooling"],
        materials=[_id_card("考生居民身份证"), _hukou("考生户口簿")],
        steps=["网上报名", "现场确认", "资格审查", "打印准考证"],
        faq=[
            (
                "户口迁来不久能在这里考吗？",
                ("须同时满足本省户籍和高中阶段学籍年限要求，具体以当年报名通知为准。"),
            )
        ],
    ),
    _service(
        "JY-0208",
        "教师资格证书补发换发",
        kind="confirmation",
        aliases=[
            "教师资格证丢了",
            "补办教资",
            "教师证补发",
            "教资证书换发",
            ("教师资格证改名"),
        ],
        keywords=["教师资格证书", "补发", "换发"],
        summary="教师资格证书遗失、损毁或证书信息变更的，向原认定机构申请补发或换发。",
        conditions="已取得教师资格，证书遗失或损毁，或姓名、身份证号等信息变更。",
        basis="《教师资格条例》；《〈教师资格条例〉实施办法》第二十四条",
        days=(15, 30),
        online="online",
        where="原教师资格认定机构（县、市教育局或省教育厅）",
        events=["employment"],
        licence="JSZG",
        materials=[_id_card(), _m("遗失声明或损毁证书", "original")],
        steps=["网上申请", "审核", "制证", "领取或邮寄"],
        faq=[
            (
                "教资证书有电子版吗？",
                ("新认定的教师资格同步发放电子证书，可在本平台“我的证照”中查看。"),
            )
        ],
    ),
]
