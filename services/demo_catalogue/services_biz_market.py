"""市场监管 business items, part 1: registration of market entities.

Complements ``services_market`` (设立、变更、注销) with the follow-up and
special-form registrations that businesses look for by colloquial phrases.
Codes SCJG-0101 to SCJG-0111; permits continue in ``services_biz_market_permits``.
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
from services.demo_catalogue.services_biz_base import _biz

_MARKET_LAW: Final = "《中华人民共和国市场主体登记管理条例》"
_SOLE_LAW: Final = "《促进个体工商户发展条例》"
_COUNTY_COUNTER: Final = (
    "经营场所所在地市场监督管理所；榕城市鼓楼区政务服务中心（鼓楼区温泉路9号）"
)

SCJG_REGISTRATION_SERVICES: Final[list[Service]] = [
    _biz(
        "SCJG-0101",
        "营业执照遗失补领",
        service_type="registration",
        aliases=["营业执照丢了", "补办营业执照", "执照遗失补办", "营业执照损坏换发"],
        keywords=["营业执照", "遗失", "补领", "换发", "补办"],
        summary="营业执照遗失或者毁损的，市场主体通过公示系统自行公告后"
        "申请补领或者换发营业执照。",
        conditions="已通过国家企业信用信息公示系统发布营业执照作废声明；"
        "毁损换发的应当交回原执照。",
        legal_basis=f"{_MARKET_LAW}第二十二条；《示范省市场主体登记服务规范》",
        days=(0, 3),
        events=["change"],
        licence_type="YYZZ",
        materials=[
            _m("营业执照补领（换发）申请书", "electronic"),
            _id_card("法定代表人（负责人）身份证明"),
            _m("营业执照作废声明截图", "electronic", note="公示系统自行公告"),
        ],
        steps=["公示作废声明", "网上申请", "受理", "核准", "补发执照"],
        faq=[
            (
                "营业执照丢了还要登报吗？",
                "不需要登报，在国家企业信用信息公示系统发布作废声明即可。",
            )
        ],
    ),
    _biz(
        "SCJG-0102",
        "股权出质登记",
        service_type="registration",
        aliases=["股权质押", "股权质押登记", "用股权贷款", "股权出质", "解除股权质押"],
        keywords=["股权", "出质", "质押", "质权人", "注销出质"],
        summary="以持有的有限责任公司或者股份有限公司股权出质的，"
        "由出质人和质权人共同申请股权出质设立、变更、注销登记。",
        conditions="出质股权依法可以转让，且未被人民法院冻结；"
        "出质人和质权人已订立书面质押合同。",
        legal_basis="《中华人民共和国民法典》第四百四十三条；"
        "《股权出质登记办法》（国家工商行政管理总局令第32号）",
        days=(1, 3),
        events=["change"],
        materials=[
            _m("股权出质登记申请书", "electronic", note="出质人、质权人共同签署"),
            _m("质押合同", "electronic"),
            _id_card("出质人、质权人主体资格证明"),
            _m(
                "出质股权所在公司信息",
                "electronic",
                shared_resource="legal_entity",
                note="通过法人库自动核验",
            ),
        ],
        faq=[
            (
                "股权出质登记后能马上拿到贷款吗？",
                "登记只是设立质权，放款时间由银行等质权人决定。",
            )
        ],
    ),
    _biz(
        "SCJG-0103",
        "个体工商户变更登记",
        aliases=[
            "个体户变更",
            "个体户改名",
            "个体户改地址",
            "个体执照变更",
            "换经营者",
        ],
        keywords=["个体工商户", "变更", "经营场所", "经营范围", "经营者"],
        summary="个体工商户名称、经营者、经营场所、经营范围等登记事项发生变化的，"
        "办理变更登记并换发营业执照。",
        conditions="登记事项变更之日起30日内申请；变更经营者的，"
        "可直接变更，无需先注销再设立。",
        legal_basis=f"{_SOLE_LAW}第十二条；{_MARKET_LAW}第二十四条",
        days=(0, 3),
        events=["change"],
        licence_type="YYZZ",
        counter_address=_COUNTY_COUNTER,
        materials=[
            _m("个体工商户变更登记申请书", "electronic"),
            _business_licence(),
            _id_card("经营者居民身份证"),
            _m("新经营场所使用证明", required=False, note="变更经营场所时提供"),
        ],
        steps=["网上申请", "受理", "核准", "换发执照"],
        faq=[
            (
                "个体户转给别人经营，要先注销吗？",
                "不用。可以直接办理经营者变更，原字号和信用记录保留。",
            )
        ],
    ),
    _biz(
        "SCJG-0104",
        "个体工商户注销登记",
        aliases=["注销个体户", "个体户不干了", "个体执照注销", "小店关门注销"],
        keywords=["个体工商户", "注销", "简易注销", "营业执照"],
        summary="个体工商户停止经营的，申请注销登记；未发生债权债务的可适用简易注销。",
        conditions="已结清应缴税款和债务；存在被冻结、列入严重违法失信名单"
        "等情形的不适用简易程序。",
        legal_basis=f"{_MARKET_LAW}第三十一条、第三十三条；{_SOLE_LAW}",
        days=(0, 3),
        events=["closure"],
        counter_address=_COUNTY_COUNTER,
        materials=[
            _m("个体工商户注销登记申请书", "electronic"),
            _business_licence(note="通过电子证照库调取；纸质执照需交回"),
            _id_card("经营者居民身份证"),
        ],
        steps=["网上申请", "受理", "核准注销", "结果推送"],
        faq=[
            (
                "个体户注销还要去税务局吗？",
                "无欠税的个体户，税务信息已共享，可在一网通办平台一次提交办理。",
            )
        ],
    ),
    _biz(
        "SCJG-0105",
        "农民专业合作社设立登记",
        aliases=[
            "办合作社",
            "成立合作社",
            "注册合作社",
            "农村合作社登记",
            "种养合作社",
        ],
        keywords=["农民专业合作社", "合作社", "成员", "设立", "营业执照"],
        summary="农民专业合作社设立时，由全体设立人指定的代表申请设立登记，"
        "领取营业执照。",
        conditions="有5名以上符合规定的成员，农民成员至少占成员总数80%；"
        "有章程、名称、住所和成员出资。",
        legal_basis="《中华人民共和国农民专业合作社法》第十二条、第十六条；"
        f"{_MARKET_LAW}",
        days=(1, 3),
        events=["startup"],
        life_events=["employment"],
        licence_type="YYZZ",
        materials=[
            _m("农民专业合作社登记申请书", "electronic"),
            _m("全体设立人签名的设立大会纪要和章程", "electronic"),
            _id_card("成员名册及成员身份证明", note="通过人口库核验"),
            _m("住所使用证明", note="可提交住所申报承诺书"),
        ],
        steps=["名称申报", "网上申请", "受理", "核准", "发照"],
        faq=[
            (
                "合作社成员可以都是外村人吗？",
                "成员不受地域限制，但农民成员应当占成员总数的80%以上。",
            )
        ],
    ),
    _biz(
        "SCJG-0106",
        "个人独资企业设立登记",
        aliases=["注册个人独资企业", "个独注册", "开个人独资企业", "一个人开公司"],
        keywords=["个人独资企业", "投资人", "设立", "营业执照"],
        summary="一个自然人投资、财产为投资人个人所有的经营实体，"
        "办理个人独资企业设立登记。",
        conditions="投资人为一个自然人；有合法的企业名称、投资人申报的出资、"
        "固定生产经营场所和必要条件。",
        legal_basis=f"《中华人民共和国个人独资企业法》第八条、第九条；{_MARKET_LAW}",
        days=(1, 3),
        events=["startup"],
        life_events=["employment"],
        licence_type="YYZZ",
        office_hours=_HOURS_EXTENDED,
        materials=[
            _m("个人独资企业登记申请书", "electronic"),
            _id_card("投资人身份证明"),
            _m("住所使用证明", note="可提交住所申报承诺书"),
        ],
        faq=[
            (
                "个人独资企业和一人有限公司有什么区别？",
                "个人独资企业投资人承担无限责任；一人有限公司股东以出资额为限承担责任。",
            )
        ],
    ),
    _biz(
        "SCJG-0107",
        "合伙企业设立登记",
        aliases=["注册合伙企业", "开合伙企业", "有限合伙注册", "几个人合伙开店"],
        keywords=["合伙企业", "普通合伙", "有限合伙", "合伙协议", "执行事务合伙人"],
        summary="普通合伙企业、有限合伙企业设立，由全体合伙人指定的代表申请设立登记。",
        conditions="有二个以上合伙人；有书面合伙协议、合伙人认缴或者实际缴付的出资、"
        "名称和经营场所。",
        legal_basis=f"《中华人民共和国合伙企业法》第九条、第十四条；{_MARKET_LAW}",
        days=(1, 3),
        events=["startup"],
        licence_type="YYZZ",
        office_hours=_HOURS_EXTENDED,
        materials=[
            _m("合伙企业登记申请书", "electronic"),
            _m("全体合伙人签署的合伙协议", "electronic"),
            _id_card("全体合伙人主体资格证明"),
            _m("执行事务合伙人委托书", "electronic", required=False),
            _m("主要经营场所使用证明"),
        ],
        faq=[
            (
                "有限合伙企业至少要几个普通合伙人？",
                "至少一个普通合伙人，有限合伙人不执行合伙事务。",
            )
        ],
    ),
    _biz(
        "SCJG-0108",
        "分公司设立登记",
        aliases=["开分公司", "设立分公司", "注册分公司", "分支机构登记", "外地设分店"],
        keywords=["分公司", "分支机构", "负责人", "营业执照"],
        summary="公司设立分公司的，向分公司所在地登记机关申请设立登记，"
        "领取分公司营业执照。",
        conditions="隶属公司依法存续；分公司经营范围不超出隶属公司经营范围。",
        legal_basis=f"《中华人民共和国公司法》第十三条；{_MARKET_LAW}第二十三条",
        days=(1, 3),
        events=["startup"],
        licence_type="YYZZ",
        materials=[
            _m("分公司登记申请书", "electronic"),
            _business_licence(note="隶属公司营业执照，通过电子证照库调取"),
            _id_card("分公司负责人身份证明"),
            _m("营业场所使用证明"),
        ],
        faq=[
            (
                "分公司需要单独报税吗？",
                "分公司应当办理税务信息确认；企业所得税一般由总公司汇总纳税。",
            )
        ],
    ),
    _biz(
        "SCJG-0109",
        "外商投资企业设立登记",
        aliases=[
            "注册外资公司",
            "外企注册",
            "外国人开公司",
            "港资公司注册",
            "台资企业",
        ],
        keywords=["外商投资", "外资", "港澳台", "设立登记", "营业执照"],
        summary="外国投资者或者港澳台投资者在省内投资设立企业的，"
        "办理设立登记并同步报送外商投资信息。",
        conditions="投资领域不属于外商投资准入负面清单禁止类；属于限制类的"
        "应当符合负面清单规定的条件。",
        legal_basis="《中华人民共和国外商投资法》第二十八条、第三十四条；"
        f"{_MARKET_LAW}",
        days=(1, 3),
        events=["startup"],
        licence_type="YYZZ",
        online_level="online",
        counter_address="示范省政务服务中心A区外资登记窗口（榕城市鼓楼区政务路1号）",
        materials=[
            _m("外商投资企业登记申请书", "electronic"),
            _m("公司章程", "electronic"),
            _m("投资者主体资格证明", "original", note="境外文件需经公证认证"),
            _m("法律文件送达授权委托书", "original"),
            _m("住所使用证明"),
        ],
        steps=["网上申请", "预审", "窗口核验原件", "核准", "发照"],
        faq=[
            (
                "外资企业还需要商务部门审批吗？",
                "负面清单以外的，不需要审批，登记时一并报送投资信息。",
            )
        ],
    ),
    _biz(
        "SCJG-0110",
        "个体工商户转型为企业",
        aliases=["个转企", "个体户转公司", "个体户升级公司", "个体户变公司"],
        keywords=["个体工商户", "转型", "企业", "字号", "变更"],
        summary="个体工商户自愿转型为企业的，可直接向登记机关申请"
        "变更登记，保留原名称字号和成立日期。",
        conditions="个体工商户未被列入经营异常名录和严重违法失信名单；"
        "经营许可证件可依法办理变更。",
        legal_basis=f"{_SOLE_LAW}第十三条；《示范省个体工商户转型为企业办事指引》",
        days=(1, 3),
        events=["change"],
        licence_type="YYZZ",
        materials=[
            _m("个体工商户转型为企业申请书", "electronic"),
            _business_licence(),
            _m("新设企业章程或合伙协议", "electronic"),
            _id_card("经营者身份证明"),
        ],
        steps=["网上申请", "受理", "核准", "同步变更许可", "发照"],
        faq=[
            (
                "转成公司后原来的食品经营许可证还能用吗？",
                "可以办理许可证主体信息变更，无需重新申请。",
            )
        ],
    ),
    _biz(
        "SCJG-0111",
        "企业名称自主申报",
        service_type="public",
        aliases=["公司起名", "核名", "公司名称查重", "取公司名字", "名称预先核准"],
        keywords=["企业名称", "字号", "名称申报", "查重", "核名"],
        summary="申请人通过名称自主申报系统查询、比对、申报企业名称，"
        "系统即时反馈结果，名称保留期间可用于企业设立登记。",
        conditions="名称符合《企业名称登记管理规定》，不与同一登记机关已登记名称相同。",
        legal_basis="《企业名称登记管理规定》（国务院令第734号）第十七条",
        days=(0, 0),
        events=["startup"],
        materials=[_id_card("申请人身份证明", note="实名认证后在线申报")],
        steps=["名称查询", "自主申报", "系统比对", "名称保留"],
        faq=[
            (
                "名字申报通过后能保留多久？",
                "自主申报的名称保留期为2个月，期满未办理设立的自动失效。",
            )
        ],
    ),
]
