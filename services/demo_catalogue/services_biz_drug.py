"""药品监管 business items: medical devices, cosmetics and pharmacists.

Complements ``services_market.YJ_SERVICES`` (药品经营许可证核发).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _business_licence, _id_card, _m
from services.demo_catalogue.services_biz_base import _STEPS_FILING, _STEPS_SITE, _biz

_DEVICE_RULES: Final = "《医疗器械监督管理条例》（国务院令第739号）"
_COSMETIC_RULES: Final = "《化妆品监督管理条例》（国务院令第727号）"

YJ_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "YJ-0101",
        "第二类医疗器械经营备案",
        service_type="registration",
        aliases=["医疗器械经营备案", "二类器械备案", "卖医疗器械备案", "卖口罩备案"],
        keywords=["医疗器械", "第二类", "经营备案", "血压计", "口罩"],
        summary="从事第二类医疗器械经营的，向所在地设区的市级药品监督管理部门"
        "备案，当场取得备案编号。",
        conditions="有与经营规模和范围相适应的经营场所、贮存条件和质量管理制度。",
        legal_basis=f"{_DEVICE_RULES}第四十一条；《医疗器械经营监督管理办法》",
        days=(0, 0),
        events=["permits"],
        materials=[
            _m("第二类医疗器械经营备案表", "electronic"),
            _business_licence(),
            _id_card("法定代表人、质量负责人身份证明"),
            _m("经营场所和库房地址证明", "electronic"),
        ],
        steps=_STEPS_FILING,
        faq=[
            (
                "药店卖体温计、血压计需要备案吗？",
                "已取得药品经营许可证的药店经营第二类医疗器械，可免于备案。",
            )
        ],
    ),
    _biz(
        "YJ-0102",
        "第三类医疗器械经营许可",
        aliases=[
            "医疗器械经营许可证",
            "三类器械经营许可",
            "卖三类医疗器械",
            "开器械公司",
        ],
        keywords=["医疗器械", "第三类", "经营许可证", "质量管理"],
        summary="从事第三类医疗器械经营的，向所在地设区的市级药品监督管理部门"
        "申请经营许可。",
        conditions="有与经营范围相适应的质量管理机构或人员、经营场所、"
        "贮存条件和计算机信息管理系统。",
        legal_basis=f"{_DEVICE_RULES}第四十二条；《医疗器械经营监督管理办法》",
        days=(15, 20),
        events=["permits"],
        materials=[
            _m("医疗器械经营许可申请表", "electronic"),
            _business_licence(),
            _m("质量负责人学历或职称证明", "electronic"),
            _m("经营场所和库房平面图", "electronic"),
            _m("质量管理制度和信息系统说明", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            ("医疗器械经营许可证有效期多久？", "有效期5年，届满需延续的应提前申请。"),
        ],
    ),
    _biz(
        "YJ-0103",
        "第二类医疗器械产品注册",
        aliases=["二类器械注册证", "医疗器械注册", "器械产品注册", "医疗器械注册证"],
        keywords=["医疗器械", "产品注册", "注册证", "技术审评", "临床评价"],
        summary="省内企业生产第二类医疗器械的，向省药品监督管理局申请产品注册，"
        "取得《医疗器械注册证》。",
        conditions="产品已完成检验和临床评价，注册申请人已建立与产品研制、"
        "生产有关的质量管理体系。",
        legal_basis=f"{_DEVICE_RULES}第十三条；《医疗器械注册与备案管理办法》",
        days=(40, 60),
        events=["permits"],
        fee="按示范省医疗器械产品注册收费标准收取；小微企业创新产品首次注册免收",
        online_level="online",
        materials=[
            _m("医疗器械注册申请表", "electronic"),
            _m("产品技术要求和检验报告", "electronic"),
            _m("临床评价资料", "electronic"),
            _m("产品说明书和标签样稿", "electronic"),
            _m("质量管理体系文件", "electronic"),
        ],
        steps=["网上申请", "受理", "技术审评", "体系核查", "审批决定", "发证"],
        faq=[
            (
                "注册证过期前要做什么？",
                "有效期5年，应当在届满6个月前申请延续注册。",
            )
        ],
    ),
    _biz(
        "YJ-0104",
        "第二类医疗器械生产许可",
        aliases=[
            "医疗器械生产许可证",
            "开医疗器械厂",
            "二类器械生产许可",
            "器械工厂办证",
        ],
        keywords=["医疗器械", "生产许可", "生产企业", "质量管理体系"],
        summary="从事第二类医疗器械生产的，向省药品监督管理局申请生产许可。",
        conditions="已取得所生产产品的注册证，具有与生产相适应的场所、环境、"
        "设备和专业技术人员。",
        legal_basis=f"{_DEVICE_RULES}第三十二条；《医疗器械生产监督管理办法》",
        days=(20, 30),
        events=["permits"],
        materials=[
            _m("医疗器械生产许可申请表", "electronic"),
            _business_licence(),
            _m("医疗器械注册证", "electronic"),
            _m("生产场地和洁净区平面图", "electronic"),
            _m("主要生产和检验设备目录", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "只生产第一类医疗器械要许可吗？",
                "不需要许可，向设区的市级药品监督管理部门办理生产备案即可。",
            )
        ],
    ),
    _biz(
        "YJ-0105",
        "化妆品生产许可",
        aliases=["化妆品生产许可证", "开化妆品厂", "化妆品工厂办证", "护肤品生产资质"],
        keywords=["化妆品", "生产许可", "洗发水", "护肤品", "工厂"],
        summary="从事化妆品生产活动的，向省药品监督管理局申请化妆品生产许可。",
        conditions="依法设立的企业，有与生产相适应的场地、设施设备、"
        "质量安全负责人和质量管理制度。",
        legal_basis=f"{_COSMETIC_RULES}第二十七条；《化妆品生产经营监督管理办法》",
        days=(20, 30),
        events=["permits"],
        materials=[
            _m("化妆品生产许可申请表", "electronic"),
            _business_licence(),
            _m("厂区总平面图和生产车间布局图", "electronic"),
            _m("生产设备配置图和检验设备清单", "electronic"),
            _m("质量安全负责人简历和资格证明", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "开美妆店卖化妆品要办许可证吗？",
                "化妆品经营无需许可，但应当建立进货查验记录制度。",
            )
        ],
    ),
    _biz(
        "YJ-0106",
        "执业药师注册",
        audience="both",
        aliases=["药师注册", "执业药师证注册", "考完药师证注册", "药师变更注册"],
        keywords=["执业药师", "注册", "药店", "注册证"],
        summary="取得执业药师职业资格证书的人员，在药品生产、经营、"
        "使用单位执业的，申请执业药师注册。",
        conditions="取得执业药师职业资格证书，遵纪守法，身体健康，经执业单位同意。",
        legal_basis="《中华人民共和国药品管理法》第五十二条；《执业药师注册管理办法》",
        days=(10, 20),
        events=["hiring"],
        life_events=["employment"],
        materials=[
            _id_card(),
            _m("执业药师职业资格证书", "electronic"),
            _m("执业单位开业证明", "electronic", shared_resource="legal_entity"),
            _m("继续教育学分证明", "electronic", required=False),
        ],
        faq=[
            ("换了一家药店要重新注册吗？", "执业单位变化的，应当办理变更注册。"),
        ],
    ),
    _biz(
        "YJ-0107",
        "第一类医疗器械生产备案",
        service_type="registration",
        aliases=["一类器械生产备案", "一类医疗器械备案", "医用棉签生产备案"],
        keywords=["医疗器械", "第一类", "生产备案"],
        summary="从事第一类医疗器械生产的，向所在地设区的市级药品监督管理部门"
        "办理生产备案。",
        conditions="已取得第一类医疗器械产品备案，具有相应的生产条件。",
        legal_basis=f"{_DEVICE_RULES}第三十一条",
        days=(0, 0),
        events=["permits"],
        materials=[
            _m("第一类医疗器械生产备案表", "electronic"),
            _business_licence(),
            _m("产品备案凭证", "electronic"),
        ],
        steps=_STEPS_FILING,
        faq=[("备案要收费吗？", "不收费，材料齐全的当场备案。")],
    ),
    _biz(
        "YJ-0108",
        "药品互联网信息服务审批",
        aliases=["药品信息网站许可", "互联网药品信息服务资格证", "医药网站审批"],
        keywords=["互联网", "药品信息", "网站", "资格证书"],
        summary="通过互联网向上网用户提供药品（含医疗器械）信息服务的，"
        "申请互联网药品信息服务资格证书。",
        conditions="有与开展业务相适应的药学、医学等专业技术人员和信息管理制度。",
        legal_basis="《互联网药品信息服务管理办法》第五条、第十二条",
        days=(10, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("互联网药品信息服务申请表", "electronic"),
            _business_licence(),
            _m("网站域名注册证明和栏目设置说明", "electronic"),
            _m("药学技术人员资格证明", "electronic"),
        ],
        faq=[
            ("证书有效期多久？", "有效期5年，期满前6个月申请换发。"),
        ],
    ),
]
