"""税务 business items, part 2: refunds, permits, credit and closure."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _business_licence, _id_card, _m
from services.demo_catalogue.services_biz_base import _STEPS_TAX, _biz

_COLLECTION_LAW: Final = "《中华人民共和国税收征收管理法》"

SW_BIZ_MORE_SERVICES: Final[list[Service]] = [
    _biz(
        "SW-0109",
        "注销税务登记",
        service_type="registration",
        aliases=["清税证明", "税务注销", "公司注销清税", "注销税号"],
        keywords=["清税", "税务注销", "即办", "注销"],
        summary="纳税人发生解散、破产等情形需要终止纳税义务的，结清税款、"
        "滞纳金、罚款，缴销发票后取得清税文书。",
        conditions="已结清应纳税款、滞纳金和罚款，已缴销发票；"
        "未处于税务检查状态的可承诺制即办。",
        legal_basis=f"{_COLLECTION_LAW}第十六条；《税务登记管理办法》第二十八条",
        days=(0, 1),
        events=["closure", "tax"],
        materials=[
            _m("清税申报表", "electronic"),
            _business_licence(),
        ],
        steps=_STEPS_TAX,
        faq=[
            (
                "没领过发票、没欠税的公司注销税务要多久？",
                "符合即办条件的当场出具清税文书，也可在一网通办注销平台一并申请。",
            )
        ],
    ),
    _biz(
        "SW-0110",
        "跨区域涉税事项报告",
        service_type="registration",
        aliases=["外经证", "外出经营报验", "跨区域经营", "异地施工报税"],
        keywords=["跨区域", "外出经营", "报验", "建筑服务", "预缴"],
        summary="纳税人跨省（市）临时从事生产经营活动的，"
        "向机构所在地税务机关填报跨区域涉税事项报告。",
        conditions="跨地级市临时从事建筑服务等生产经营活动；本省内跨市经营的无需报告。",
        legal_basis="《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》",
        days=(0, 0),
        events=["tax", "construction"],
        materials=[
            _m("跨区域涉税事项报告表", "electronic"),
            _m("外出经营合同", "electronic", required=False),
        ],
        steps=_STEPS_TAX,
        faq=[
            ("报告有效期多久？", "默认为30日，可根据合同期限延长。"),
        ],
    ),
    _biz(
        "SW-0111",
        "纳税信用修复",
        service_type="confirmation",
        aliases=["信用修复", "纳税信用等级修复", "税务信用修复", "纳税信用复评"],
        keywords=["纳税信用", "信用修复", "信用等级", "D级"],
        summary="纳入纳税信用管理的企业纠正失信行为后，在规定期限内申请纳税信用修复。",
        conditions="已补办纳税申报、缴纳税款和罚款，且符合修复条件的失信情形。",
        legal_basis="《纳税信用修复范围及标准》；《国家税务总局关于纳税信用修复有关事项的公告》",
        days=(5, 15),
        events=["tax"],
        online_level="online",
        materials=[
            _m("纳税信用修复申请表", "electronic"),
            _m("纠正失信行为的相关证明", "electronic"),
        ],
        steps=["在线申请", "受理", "审核", "重新评价"],
        faq=[
            (
                "逾期申报一次会被评为D级吗？",
                "一般不会，但会扣分；及时补报后可申请修复。",
            ),
        ],
    ),
    _biz(
        "SW-0112",
        "发票真伪查验",
        service_type="public",
        audience="both",
        aliases=["查发票真假", "验发票", "发票查询", "发票真伪查询"],
        keywords=["发票", "查验", "真伪", "报销"],
        summary="单位和个人可通过全国增值税发票查验平台或电子税务局，"
        "查验取得的发票信息是否与税务机关存储信息一致。",
        conditions="持有需要查验的发票号码、开票日期和金额等信息。",
        legal_basis="《中华人民共和国发票管理办法》第三十条",
        days=(0, 0),
        events=["tax"],
        life_events=["employment"],
        materials=[_m("发票信息", "electronic", note="扫描二维码或手工输入")],
        steps=["输入发票信息", "系统比对", "显示结果"],
        faq=[("查验要登录吗？", "不需要，查验平台免登录使用。")],
    ),
    _biz(
        "SW-0113",
        "增值税期末留抵税额退税",
        service_type="payment",
        aliases=["留抵退税", "增值税退税", "申请留抵退税", "增量留抵退税"],
        keywords=["留抵退税", "增值税", "退税", "小微企业"],
        summary="符合条件的纳税人在增值税纳税申报期内申请退还期末留抵税额。",
        conditions="纳税信用等级为A级或者B级，申请前36个月未发生骗取留抵退税等情形。",
        legal_basis="《中华人民共和国增值税法》第二十一条；"
        "《财政部 税务总局有关留抵退税政策的公告》",
        days=(3, 10),
        events=["tax"],
        online_level="online",
        materials=[
            _m("退（抵）税申请表", "electronic"),
            _m("退税账户信息", "electronic", note="默认使用已登记的退税账户"),
        ],
        steps=["在线申请", "受理", "审核", "国库退库"],
        faq=[
            (
                "留抵退税多久到账？",
                "审核通过后由国库直接退到企业账户，一般10个工作日内。",
            )
        ],
    ),
    _biz(
        "SW-0114",
        "车辆购置税申报",
        audience="both",
        service_type="registration",
        aliases=["交购置税", "买车交税", "新车购置税", "购置税完税证明"],
        keywords=["车辆购置税", "新车", "上牌", "完税证明", "新能源车"],
        summary="购置应税车辆的单位和个人，在办理车辆注册登记前申报缴纳"
        "车辆购置税，电子完税信息与公安交管部门共享。",
        conditions="购置汽车、有轨电车、汽车挂车、排气量超过150毫升的摩托车。",
        legal_basis="《中华人民共和国车辆购置税法》第十二条",
        days=(0, 0),
        events=["tax"],
        life_events=["travel"],
        materials=[
            _id_card("车主身份证明"),
            _m(
                "机动车销售统一发票",
                "electronic",
                note="从发票库自动获取",
                code="vehicle.sale-invoice",
            ),
            _m("车辆合格证信息", "electronic", code="vehicle.conformity-cert"),
        ],
        steps=["在线申报", "缴纳税款", "信息推送交管部门"],
        faq=[
            (
                "新能源车要交购置税吗？",
                "按现行政策，符合条件的新能源汽车在规定期限内免征或减半征收。",
            )
        ],
    ),
    _biz(
        "SW-0115",
        "财产和行为税合并申报",
        service_type="registration",
        aliases=["房产税申报", "土地使用税申报", "印花税申报", "财行税申报"],
        keywords=["房产税", "城镇土地使用税", "印花税", "合并申报", "财产行为税"],
        summary="纳税人通过一张申报表同时申报房产税、城镇土地使用税、"
        "印花税等财产和行为税。",
        conditions="负有财产和行为税纳税义务的单位和个人。",
        legal_basis=f"{_COLLECTION_LAW}第二十五条；《示范省房产税城镇土地使用税征收办法》",
        days=(0, 0),
        events=["tax"],
        materials=[_m("财产和行为税纳税申报表", "electronic", note="税源信息自动带出")],
        steps=_STEPS_TAX,
        faq=[("签合同要交印花税吗？", "书立应税合同应当按规定申报缴纳印花税。")],
    ),
    _biz(
        "SW-0116",
        "增值税防伪税控系统最高开票限额审批",
        aliases=["提高开票限额", "发票限额审批", "百万版发票", "开票额度提高"],
        keywords=["最高开票限额", "发票", "行政许可", "限额"],
        summary="使用税控设备开具增值税发票的纳税人，申请单份发票最高开票限额。",
        conditions="生产经营需要单份发票开具金额超过现有限额，无重大税收违法记录。",
        legal_basis="《国务院对确需保留的行政审批项目设定行政许可的决定》；"
        f"{_COLLECTION_LAW}",
        days=(5, 20),
        events=["tax", "permits"],
        online_level="online",
        materials=[
            _m("税务行政许可申请表", "electronic"),
            _m("增值税专用发票最高开票限额申请单", "electronic"),
            _id_card("经办人身份证明"),
        ],
        steps=["在线申请", "受理", "审查", "许可决定"],
        faq=[
            (
                "已经用数电发票了还需要这个审批吗？",
                "数电发票实行总额度管理，无需申请单份最高开票限额。",
            )
        ],
    ),
]
