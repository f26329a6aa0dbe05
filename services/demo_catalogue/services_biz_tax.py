"""税务 business items, part 1: registration, invoices and everyday filing.

Complements ``services_employment.SW_SERVICES`` (个税汇算、新办纳税人套餐).
Almost everything is done in the 电子税务局, so items default to full_online;
the tax office itself is the counter for the few that need a visit.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS_EXTENDED,
    Service,
    _business_licence,
    _id_card,
    _m,
)
from services.demo_catalogue.services_biz_base import _STEPS_TAX, _biz

_COLLECTION_LAW: Final = "《中华人民共和国税收征收管理法》"
_INVOICE_RULES: Final = "《中华人民共和国发票管理办法》"

SW_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "SW-0101",
        "税务登记信息确认",
        service_type="registration",
        aliases=["税务报到", "新公司税务登记", "确认税务信息", "税务登记信息补录"],
        keywords=["税务登记", "信息确认", "报到", "纳税人识别号"],
        summary="市场主体办理设立登记后，登录电子税务局确认登记信息，"
        "补充财务负责人、办税人员等信息。",
        conditions="已领取营业执照（统一社会信用代码即纳税人识别号）。",
        legal_basis=f"{_COLLECTION_LAW}第十五条；《税务登记管理办法》",
        days=(0, 0),
        events=["startup", "tax"],
        materials=[
            _business_licence(),
            _id_card("法定代表人、财务负责人、办税人员身份证明"),
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "营业执照下来了还要专门去税务局登记吗？",
                "不需要。实行“多证合一”，首次办税时在电子税务局确认信息即可。",
            )
        ],
    ),
    _biz(
        "SW-0102",
        "发票领用",
        service_type="registration",
        aliases=["发票不够用", "申领发票", "开发票", "发票额度调整", "数电票开票额度"],
        keywords=["发票", "数电发票", "增值税发票", "授信额度", "开票"],
        summary="纳税人根据经营需要申请领用发票或者调整全面数字化电子发票"
        "开具金额总额度。",
        conditions="已完成税务信息确认和实名认证，无未按期申报等不予领用发票的情形。",
        legal_basis=f"{_INVOICE_RULES}第十五条；《示范省全面数字化电子发票推广实施方案》",
        days=(0, 1),
        events=["startup", "tax"],
        materials=[
            _m("发票领用申请", "electronic", note="电子税务局在线填报"),
            _id_card("办税人员身份证明", note="刷脸实名认证"),
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "数电发票额度不够用怎么办？",
                "可在电子税务局申请调整开具金额总额度，系统根据纳税信用自动审核。",
            ),
        ],
    ),
    _biz(
        "SW-0103",
        "代开增值税发票",
        audience="both",
        aliases=["代开发票", "个人开发票", "税务局代开发票", "自然人代开发票"],
        keywords=["代开", "发票", "增值税", "自然人", "劳务费"],
        summary="临时取得应税收入需要开具发票的单位和个人，"
        "通过电子税务局或者个人所得税APP申请代开发票。",
        conditions="发生应税行为且无法自行开具发票；按规定缴纳代开环节税款。",
        legal_basis=f"{_INVOICE_RULES}第十八条；《税务机关代开增值税发票管理办法》",
        days=(0, 0),
        events=["tax"],
        life_events=["employment"],
        materials=[
            _id_card("申请人身份证明"),
            _m("合同、协议等业务真实性证明", "electronic", required=False),
        ],
        steps=["在线申请", "缴纳税款", "开具发票", "下载交付"],
        faq=[
            (
                "个人给公司做设计收了劳务费，怎么开发票？",
                "可在电子税务局自然人代开功能申请，缴税后直接开具数电发票。",
            ),
        ],
    ),
    _biz(
        "SW-0104",
        "增值税一般纳税人登记",
        service_type="registration",
        aliases=[
            "申请一般纳税人",
            "小规模转一般纳税人",
            "一般纳税人资格",
            "认定一般纳税人",
        ],
        keywords=["一般纳税人", "小规模纳税人", "增值税", "登记"],
        summary="年应税销售额超过规定标准的纳税人，或者会计核算健全的小规模纳税人"
        "自愿申请，办理增值税一般纳税人登记。",
        conditions="年应税销售额超过500万元，或者能够提供准确税务资料。",
        legal_basis="《中华人民共和国增值税法》；"
        "《增值税一般纳税人登记管理办法》（国家税务总局令第43号）",
        days=(0, 0),
        events=["tax", "change"],
        materials=[_m("增值税一般纳税人登记表", "electronic"), _business_licence()],
        steps=_STEPS_TAX,
        faq=[
            (
                "登记为一般纳税人后能转回小规模吗？",
                "除国家另有规定外，一经登记不得转为小规模纳税人。",
            )
        ],
    ),
    _biz(
        "SW-0105",
        "增值税及附加税费申报",
        service_type="registration",
        aliases=["报税", "增值税申报", "每月报税", "网上报税", "零申报", "季度报税"],
        keywords=["增值税", "附加税费", "纳税申报", "零申报", "城建税"],
        summary="增值税纳税人按月或者按季通过电子税务局申报增值税"
        "及城市维护建设税、教育费附加等附加税费。",
        conditions="已办理税务信息确认的增值税纳税人，在申报期内申报；"
        "当期无收入的也应当办理零申报。",
        legal_basis=f"{_COLLECTION_LAW}第二十五条；《中华人民共和国增值税法》",
        days=(0, 0),
        events=["tax"],
        materials=[
            _m(
                "增值税及附加税费申报表",
                "electronic",
                note="发票数据自动预填，确认后提交",
            )
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "公司没有业务还要每月报税吗？",
                "要。没有收入也应当按期零申报，逾期未申报会影响纳税信用并可能被罚款。",
            )
        ],
    ),
    _biz(
        "SW-0106",
        "企业所得税年度纳税申报",
        service_type="registration",
        aliases=[
            "企业所得税汇算",
            "企业所得税汇算清缴",
            "公司所得税年报",
            "所得税年度申报",
        ],
        keywords=["企业所得税", "汇算清缴", "年度申报", "小型微利企业"],
        summary="企业在纳税年度终了之日起五个月内，报送企业所得税年度纳税申报表，"
        "结清应缴应退税款。",
        conditions="实行查账征收或者核定征收的居民企业。",
        legal_basis="《中华人民共和国企业所得税法》第五十四条",
        days=(0, 0),
        events=["tax"],
        materials=[
            _m("企业所得税年度纳税申报表", "electronic"),
            _m("年度财务会计报告", "electronic"),
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "汇算清缴截止到哪天？",
                "每年5月31日前完成上一年度汇算清缴，多缴税款可申请退还。",
            )
        ],
    ),
    _biz(
        "SW-0107",
        "开具税收完税证明",
        service_type="public",
        audience="both",
        aliases=["完税证明", "打印完税证明", "个税完税证明", "纳税证明", "纳税记录"],
        keywords=["完税证明", "纳税记录", "个人所得税", "税收证明"],
        summary="纳税人缴纳税款后，可通过电子税务局、个人所得税APP或者办税服务厅"
        "开具税收完税证明或个人所得税纳税记录。",
        conditions="已实际缴纳税款。",
        legal_basis="《税收完税证明管理办法》第二条",
        days=(0, 0),
        events=["tax"],
        life_events=["housing"],
        office_hours=_HOURS_EXTENDED,
        materials=[_id_card("纳税人身份证明", note="单位纳税人使用电子税务局账号")],
        steps=["选择税款所属期", "生成证明", "下载打印"],
        faq=[
            (
                "买房要的纳税证明怎么开？",
                "在个人所得税APP“纳税记录开具”中选择期间即可下载，带防伪校验码。",
            )
        ],
    ),
    _biz(
        "SW-0108",
        "出口退（免）税备案",
        service_type="registration",
        aliases=["出口退税备案", "外贸退税", "办出口退税", "出口退税资格"],
        keywords=["出口退税", "外贸", "备案", "退免税"],
        summary="出口企业在首次申报出口退（免）税前，向主管税务机关办理"
        "出口退（免）税备案。",
        conditions="已办理对外贸易经营者备案登记或者依法无需办理，已开设退税账户。",
        legal_basis="《出口货物劳务增值税和消费税管理办法》；"
        "《国家税务总局关于进一步便利出口退税办理的公告》",
        days=(0, 2),
        events=["tax", "permits"],
        materials=[
            _m("出口退（免）税备案表", "electronic"),
            _business_licence(),
            _m("对外贸易经营者备案信息", "electronic", shared_resource="legal_entity"),
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "备案后多久能申报退税？",
                "备案完成后即可申报，正常情况下税务机关在3个工作日内办结退税。",
            )
        ],
    ),
]
