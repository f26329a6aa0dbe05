"""交通运输 business items: taxi and ride-hailing, passenger and cargo transport.

Complements ``services_other.JT_SERVICES`` (道路运输经营许可、从业资格证核发).
Ride-hailing needs three permits (platform, vehicle, driver), listed separately
because people search for each by its own nickname (网约车证、人证、车证).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    Material,
    Service,
    _business_licence,
    _id_card,
    _m,
)
from services.demo_catalogue.services_biz_base import _STEPS_FILING, _STEPS_SITE, _biz

_ROAD_RULES: Final = "《中华人民共和国道路运输条例》"
_RIDE_RULES: Final = "《网络预约出租汽车经营服务管理暂行办法》"
_TAXI_RULES: Final = "《巡游出租汽车经营服务管理规定》"
_HIGHWAY_LAW: Final = "《中华人民共和国公路法》"


def _qualification() -> Material:
    """从业资格证 -- fetched from the e-licence library."""
    return _m(
        "道路运输从业人员从业资格证",
        "electronic",
        licence_type="CYZG",
        note="通过电子证照库调取",
    )


JT_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "JT-0101",
        "道路运输从业人员从业资格证换发和补发",
        audience="both",
        aliases=[
            "从业资格证到期换证",
            "资格证丢了补办",
            "货运资格证换证",
            "从业资格证补办",
        ],
        keywords=["从业资格证", "换证", "补证", "货运", "客运"],
        summary="从业资格证有效期届满或者遗失、损毁的，申请换发或者补发。",
        conditions="有效期届满前30日内申请换证；诚信考核合格。",
        legal_basis=f"{_ROAD_RULES}第二十二条；《道路运输从业人员管理规定》",
        days=(0, 5),
        events=["hiring"],
        life_events=["employment"],
        licence_type="CYZG",
        materials=[_id_card(), _qualification()],
        steps=["网上申请", "审核", "电子证照更新"],
        faq=[("换证要考试吗？", "不需要，诚信考核合格即可换发。")],
    ),
    _biz(
        "JT-0102",
        "巡游出租汽车经营许可",
        aliases=["出租车经营许可", "开出租车公司", "出租车经营权", "巡游出租车许可"],
        keywords=["出租汽车", "巡游出租车", "经营许可", "车辆经营权"],
        summary="申请从事巡游出租汽车经营的，向设区的市级出租汽车行政主管部门"
        "申请经营许可。",
        conditions="有符合要求的车辆或车辆购置承诺、取得从业资格的驾驶员、"
        "固定经营场所和停车场地。",
        legal_basis=f"{_TAXI_RULES}第八条；《示范省出租汽车客运管理条例》",
        days=(10, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("巡游出租汽车经营申请表", "electronic"),
            _business_licence(),
            _m("车辆经营权使用权证明或投放计划", "electronic"),
            _m("安全生产管理制度", "electronic", code="transport.safety-rules"),
        ],
        faq=[
            (
                "个人能申请出租车经营权吗？",
                "本市新增经营权仅向企业配置，个人可加盟企业。",
            )
        ],
    ),
    _biz(
        "JT-0103",
        "网络预约出租汽车经营许可",
        aliases=[
            "网约车平台许可",
            "网约车公司资质",
            "网约车经营许可证",
            "网约车平台备案",
        ],
        keywords=["网约车", "平台", "经营许可", "聚合平台"],
        summary="网约车平台公司在本市开展经营的，申请网络预约出租汽车经营许可。",
        conditions="具有线上服务能力，服务器设在中国内地，有相应的安全管理制度。",
        legal_basis=f"{_RIDE_RULES}第五条、第六条",
        days=(10, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("网络预约出租汽车经营申请表", "electronic"),
            _business_licence(),
            _m("线上服务能力认定结果", "electronic"),
            _m("服务所在地办公场所证明和负责人信息", "electronic"),
        ],
        faq=[("许可证有效期多久？", "网约车经营许可有效期为4年。")],
    ),
    _biz(
        "JT-0104",
        "网络预约出租汽车运输证核发",
        audience="both",
        aliases=["网约车运输证", "网约车车证", "车辆办网约车证", "私家车跑网约车"],
        keywords=["网约车", "运输证", "车证", "车辆"],
        summary="拟从事网约车经营的车辆，由平台公司或车辆所有人申请核发"
        "《网络预约出租汽车运输证》。",
        conditions="7座及以下乘用车，车辆轴距、使用年限等符合本市网约车车辆标准，"
        "安装具有行驶记录功能的车载卫星定位装置。",
        legal_basis=f"{_RIDE_RULES}第十二条；《示范省网约车车辆技术标准》",
        days=(5, 10),
        events=["permits"],
        life_events=["employment"],
        materials=[
            _id_card("车辆所有人身份证明"),
            _m("机动车行驶证", "electronic", code="vehicle.licence"),
            _m("车辆营运性质变更证明", "electronic"),
            _m("平台公司接入证明", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "网约车车辆有使用年限吗？",
                "车辆使用满8年或行驶里程满60万公里的退出经营。",
            )
        ],
    ),
    _biz(
        "JT-0105",
        "网络预约出租汽车驾驶员证核发",
        audience="both",
        aliases=["网约车从业资格证", "网约车驾驶员证", "跑滴滴办证", "网约车人证"],
        keywords=["网约车", "驾驶员证", "人证", "从业资格"],
        summary="从事网约车服务的驾驶员，经考试合格后申请网约车驾驶员证。",
        conditions="取得相应准驾车型驾驶证并具有3年以上驾驶经历；"
        "无交通肇事犯罪、危险驾驶犯罪记录。",
        legal_basis=f"{_RIDE_RULES}第十四条；《出租汽车驾驶员从业资格管理规定》",
        days=(5, 10),
        events=["hiring"],
        life_events=["employment"],
        materials=[
            _id_card(),
            _m("机动车驾驶证", "electronic", licence_type="JSZ", note="电子证照调取"),
            _m(
                "无犯罪记录证明",
                "electronic",
                licence_type="WFZ",
                note="电子证照调取",
            ),
            _m("考试合格证明", "electronic"),
        ],
        steps=["报名考试", "考试合格", "网上申请", "背景核查", "发证"],
        faq=[
            ("考试考什么？", "全国公共科目和区域科目，区域科目包括本市地理和服务规范。")
        ],
    ),
    _biz(
        "JT-0106",
        "道路运输车辆年度审验",
        service_type="confirmation",
        aliases=["营运车辆年审", "货车年审", "道路运输证年审", "运输证年审"],
        keywords=["年度审验", "道路运输证", "营运车辆", "综合性能检测"],
        summary="取得道路运输证的营运车辆每年办理一次年度审验。",
        conditions="车辆技术等级评定合格，按规定投保承运人责任险，无未处理的违章记录。",
        legal_basis=f"{_ROAD_RULES}第三十条；《道路运输车辆技术管理规定》",
        days=(0, 5),
        events=["permits"],
        materials=[
            _m("道路运输证", "electronic"),
            _m("车辆综合性能检测报告", "electronic", note="检测机构联网上传"),
        ],
        steps=["网上申请", "数据核验", "审验完成"],
        faq=[
            (
                "4.5吨以下的普通货车还要年审吗？",
                "总质量4.5吨及以下普通货运车辆已取消道路运输证和年审。",
            )
        ],
    ),
    _biz(
        "JT-0107",
        "道路旅客运输经营许可",
        aliases=["客运许可", "开客运公司", "包车客运资质", "旅游客运许可"],
        keywords=["道路旅客运输", "班车", "包车", "旅游客运"],
        summary="申请从事班车、包车和旅游客运经营的，依法取得道路旅客运输经营许可。",
        conditions="有与经营相适应并经检测合格的客车、符合条件的驾驶人员"
        "和健全的安全生产管理制度。",
        legal_basis=f"{_ROAD_RULES}第八条；《道路旅客运输及客运站管理规定》",
        days=(10, 20),
        events=["permits"],
        licence_type="DLYS",
        materials=[
            _m("道路旅客运输经营申请表", "electronic"),
            _business_licence(),
            _m("拟投入车辆承诺书", "electronic"),
            _m("驾驶人员从业资格证", "electronic", licence_type="CYZG"),
            _m("安全生产管理制度文本", "electronic", code="transport.safety-rules"),
        ],
        faq=[("旅游大巴公司要办哪个证？", "应当申请包车客运经营许可。")],
    ),
    _biz(
        "JT-0108",
        "机动车维修经营备案",
        service_type="registration",
        aliases=["汽修厂备案", "开修车店", "汽车维修备案", "修车厂办证", "开汽修店"],
        keywords=["机动车维修", "汽修", "备案", "维修经营"],
        summary="从事机动车维修经营业务的，在开业后向所在地县级交通运输主管部门备案。",
        conditions="有与维修业务相适应的维修车间、设备设施和技术人员。",
        legal_basis=f"{_ROAD_RULES}第三十九条；《机动车维修管理规定》",
        days=(0, 5),
        events=["permits", "startup"],
        materials=[
            _m("机动车维修经营备案表", "electronic"),
            _business_licence(),
            _m("维修设备设施和技术人员清单", "electronic"),
        ],
        steps=_STEPS_FILING,
        faq=[("洗车店也要备案吗？", "只做洗车美容、不涉及维修的，无需办理维修备案。")],
    ),
    _biz(
        "JT-0109",
        "机动车驾驶员培训经营备案",
        service_type="registration",
        aliases=["开驾校", "驾校备案", "驾培备案", "驾驶培训备案"],
        keywords=["驾驶员培训", "驾校", "备案", "教练车"],
        summary="从事机动车驾驶员培训业务的，在开业前向所在地县级交通运输主管部门"
        "办理备案。",
        conditions="有健全的培训机构和管理制度，有与培训业务相适应的教学人员、"
        "教学车辆和教学场地。",
        legal_basis=f"{_ROAD_RULES}第三十九条；《机动车驾驶员培训管理规定》",
        days=(0, 5),
        events=["permits", "startup"],
        materials=[
            _m("机动车驾驶员培训备案表", "electronic"),
            _business_licence(),
            _m("教练场地使用证明", "electronic"),
            _m("教练员和教学车辆清单", "electronic"),
        ],
        steps=_STEPS_FILING,
        faq=[("备案后多久可以招生？", "备案材料齐全的当场备案，之后即可开展培训。")],
    ),
    _biz(
        "JT-0110",
        "公路超限运输许可",
        aliases=["大件运输许可", "超限运输证", "大件运输通行证", "超限车办证"],
        keywords=["超限运输", "大件运输", "公路", "通行证"],
        summary="车辆载运不可解体物品，车货总体外廓尺寸、总质量超过标准，"
        "需要在公路上行驶的，申请超限运输许可。",
        conditions="载运不可解体物品，有相应的护送方案和安全保障措施。",
        legal_basis=f"{_HIGHWAY_LAW}第五十条；《超限运输车辆行驶公路管理规定》",
        days=(3, 15),
        events=["permits"],
        materials=[
            _m("超限运输车辆通行申请表", "electronic"),
            _m("车辆行驶证和道路运输证", "electronic"),
            _m("货物外廓尺寸和重量说明", "electronic"),
            _m("护送方案", "electronic", required=False),
        ],
        faq=[
            (
                "跨省大件运输去哪里申请？",
                "在起运地省级交通运输主管部门一地办证、全线通行。",
            )
        ],
    ),
    _biz(
        "JT-0111",
        "涉路施工许可",
        aliases=["公路施工许可", "占用公路施工", "挖公路审批", "涉路施工审批"],
        keywords=["涉路施工", "公路", "占用", "挖掘", "跨越"],
        summary="占用、挖掘公路或者跨越、穿越公路修建桥梁、管道等设施的，"
        "申请涉路施工许可。",
        conditions="施工方案符合公路工程技术标准，已有保障公路和交通安全的措施。",
        legal_basis=f"{_HIGHWAY_LAW}第四十四条、第四十五条；《公路安全保护条例》",
        days=(10, 20),
        events=["construction"],
        online_level="online",
        materials=[
            _m("涉路施工许可申请书", "electronic"),
            _business_licence(),
            _m("设计和施工方案", "electronic"),
            _m("保障公路、公路附属设施质量和安全的技术评价报告", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "城市道路挖掘也找交通部门吗？",
                "城市道路由市级行政审批局审批，公路找交通部门。",
            )
        ],
    ),
]
