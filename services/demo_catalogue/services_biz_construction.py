"""住房城乡建设 business items: qualifications, project approval and housing sales.

Complements ``services_housing.ZJ_SERVICES`` (施工许可、二手房资金监管) along
the 工程建设项目审批 flow: 资质 -> 图审/消防设计 -> 施工 -> 验收 -> 预售/网签.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _business_licence, _id_card, _m
from services.demo_catalogue.services_biz_base import _STEPS_FILING, _STEPS_SITE, _biz

_BUILD_LAW: Final = "《中华人民共和国建筑法》"
_QUALITY_RULES: Final = "《建设工程质量管理条例》"
_FIRE_RULES: Final = (
    "《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）"
)
_HOUSING_LAW: Final = "《中华人民共和国城市房地产管理法》"

ZJ_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "ZJ-0101",
        "建筑业企业资质核准",
        aliases=[
            "建筑资质",
            "办施工资质",
            "建筑公司资质",
            "资质升级",
            "施工总承包资质",
        ],
        keywords=["建筑业企业资质", "施工总承包", "专业承包", "资质", "建筑公司"],
        summary="从事土木工程、建筑工程、线路管道设备安装工程的新建、扩建、改建等"
        "施工活动的企业，申请建筑业企业资质。",
        conditions="企业净资产、注册建造师等技术人员、工程业绩等"
        "符合《建筑业企业资质标准》。",
        legal_basis=f"{_BUILD_LAW}第十三条；《建筑业企业资质管理规定》",
        days=(15, 20),
        events=["permits", "construction"],
        counter_address="示范省政务服务中心D区住房城乡建设窗口（榕城市鼓楼区政务路1号）",
        materials=[
            _m("建筑业企业资质申请表", "electronic"),
            _business_licence(),
            _m(
                "注册人员社保缴纳证明",
                "electronic",
                shared_resource="social_security",
                note="通过社会保障信息库核验",
            ),
            _m("技术负责人身份证明及职称证书", "electronic"),
            _m("企业工程业绩证明", "electronic", required=False),
        ],
        faq=[
            (
                "施工劳务资质还需要审批吗？",
                "施工劳务资质已改为备案制，企业在线备案后即可承接劳务作业。",
            )
        ],
    ),
    _biz(
        "ZJ-0102",
        "商品房预售许可",
        aliases=["预售证", "办预售许可证", "楼盘预售证", "期房预售许可", "开盘审批"],
        keywords=["商品房预售", "预售许可证", "开发商", "期房", "监管账户"],
        summary="房地产开发企业预售商品房的，向市、县房产管理部门申请"
        "《商品房预售许可证》。",
        conditions="已交付全部土地使用权出让金并取得土地、规划、施工许可证件；"
        "投入开发建设的资金达到工程建设总投资的25%以上；已开设预售资金监管账户。",
        legal_basis=f"{_HOUSING_LAW}第四十五条；《城市商品房预售管理办法》",
        days=(5, 10),
        events=["permits", "construction"],
        materials=[
            _m("商品房预售许可申请表", "electronic"),
            _business_licence(),
            _m(
                "不动产权证书（土地）",
                "electronic",
                licence_type="BDCQ",
                note="通过电子证照库调取",
            ),
            _m(
                "建筑工程施工许可证",
                "electronic",
                licence_type="SGXK",
                note="通过电子证照库调取",
            ),
            _m("工程进度和投资证明", "electronic"),
            _m("预售资金监管协议", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "怎么查楼盘有没有预售证？",
                "可在本门户“商品房预售信息公示”栏目按项目名称查询。",
            )
        ],
    ),
    _biz(
        "ZJ-0103",
        "房屋建筑和市政基础设施工程竣工验收备案",
        service_type="registration",
        aliases=["竣工备案", "竣工验收备案", "工程竣工备案", "竣工验收"],
        keywords=["竣工验收", "备案", "联合验收", "工程质量"],
        summary="建设单位在工程竣工验收合格之日起15日内，"
        "向工程所在地住房城乡建设主管部门办理竣工验收备案。",
        conditions="工程已通过竣工验收或者联合验收，质量监督报告已出具。",
        legal_basis=f"{_QUALITY_RULES}第四十九条；"
        "《房屋建筑和市政基础设施工程竣工验收备案管理办法》",
        days=(3, 15),
        events=["construction"],
        materials=[
            _m("工程竣工验收备案表", "electronic"),
            _m("工程竣工验收报告", "electronic", code="construction.completion-report"),
            _m("施工单位签署的工程质量保修书", "electronic"),
            _m("住宅质量保证书和住宅使用说明书", "electronic", required=False),
        ],
        steps=_STEPS_FILING,
        faq=[
            (
                "联合验收后还要单独备案吗？",
                "联合验收通过的，系统自动生成备案信息，无需另行提交。",
            )
        ],
    ),
    _biz(
        "ZJ-0104",
        "施工图设计文件审查",
        service_type="public",
        online_level="online",
        aliases=["施工图审查", "图审", "审图", "施工图审核", "数字化审图"],
        keywords=["施工图", "审查", "图审", "设计文件", "审图机构"],
        summary="建设单位通过施工图数字化审查系统报送施工图设计文件，"
        "由政府购买服务的审图机构审查并出具审查合格书。",
        conditions="已取得建设工程规划许可或者规划设计方案审查意见；"
        "施工图设计文件达到规定深度。",
        legal_basis=f"{_QUALITY_RULES}第十一条；"
        "《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》",
        days=(10, 20),
        events=["construction"],
        fee="不收费（审查费用由政府购买服务支付）",
        materials=[
            _m("施工图审查申请", "electronic"),
            _m("全套施工图设计文件", "electronic", note="电子签章的PDF或BIM模型"),
            _m("岩土工程勘察报告", "electronic"),
        ],
        steps=["上传图纸", "审查", "意见回复", "出具审查合格书"],
        faq=[
            ("小型装修工程要审图吗？", "按省规定限额以下的小型工程可不进行施工图审查。")
        ],
    ),
    _biz(
        "ZJ-0105",
        "建设工程消防设计审查",
        aliases=["消防审查", "消防设计审核", "消防报建", "消防图纸审查"],
        keywords=["消防设计", "审查", "特殊建设工程", "消防"],
        summary="特殊建设工程的建设单位在施工前申请消防设计审查。",
        conditions="属于人员密集场所等特殊建设工程；消防设计文件符合国家工程建设"
        "消防技术标准。",
        legal_basis=f"《中华人民共和国消防法》第十一条；{_FIRE_RULES}",
        days=(10, 15),
        events=["construction", "permits"],
        materials=[
            _m("消防设计审查申请表", "electronic"),
            _m("消防设计文件", "electronic"),
            _m("依法需要批准的临时性建筑批准文件", "electronic", required=False),
        ],
        faq=[
            (
                "普通写字楼要消防设计审查吗？",
                "不属于特殊建设工程的，实行消防设计备案抽查，无需审查。",
            )
        ],
    ),
    _biz(
        "ZJ-0106",
        "建设工程消防验收",
        aliases=[
            "消防验收",
            "装修消防验收",
            "开店消防验收",
            "消防竣工验收",
            "商铺消防验收",
        ],
        keywords=["消防验收", "特殊建设工程", "装修", "人员密集场所"],
        summary="特殊建设工程竣工验收前，建设单位申请消防验收；"
        "其他建设工程实行消防验收备案。",
        conditions="已完成工程消防施工，建设单位组织的消防查验合格。",
        legal_basis=f"《中华人民共和国消防法》第十三条；{_FIRE_RULES}",
        days=(10, 15),
        events=["construction", "permits"],
        materials=[
            _m("消防验收申请表", "electronic"),
            _m("工程竣工验收报告", "electronic", code="construction.completion-report"),
            _m("消防查验报告", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "开餐厅装修后要做消防验收吗？",
                "建筑面积较大的餐饮场所属于特殊建设工程，应当申请消防验收；"
                "其他的办理验收备案。",
            )
        ],
    ),
    _biz(
        "ZJ-0107",
        "房地产开发企业资质核定",
        aliases=["房地产开发资质", "房开资质", "开发商资质", "房地产资质"],
        keywords=["房地产开发", "资质", "开发商"],
        summary="房地产开发企业从事开发经营前，申请核定开发资质等级。",
        conditions="有符合规定的注册资本和专职专业技术人员、质量管理制度。",
        legal_basis=f"{_HOUSING_LAW}第三十条；《房地产开发企业资质管理规定》",
        days=(10, 20),
        events=["permits", "startup"],
        materials=[
            _m("房地产开发企业资质申请表", "electronic"),
            _business_licence(),
            _m("专业技术人员资格证书和劳动合同", "electronic"),
            _m("质量保证体系文件", "electronic"),
        ],
        faq=[("资质证书有效期多久？", "一级、二级资质证书有效期均为5年。")],
    ),
    _biz(
        "ZJ-0108",
        "建筑施工企业安全生产许可证核发",
        aliases=["安许证", "建筑安全生产许可证", "施工企业安全许可证", "安全生产许可"],
        keywords=["安全生产许可证", "建筑施工", "安全生产"],
        summary="建筑施工企业从事建筑施工活动前，申请安全生产许可证。",
        conditions="建立健全安全生产责任制，主要负责人、项目负责人和专职安全员"
        "经考核合格，依法参加工伤保险。",
        legal_basis="《安全生产许可证条例》第二条；《建筑施工企业安全生产许可证管理规定》",
        days=(10, 45),
        events=["permits", "construction"],
        materials=[
            _m("安全生产许可证申请表", "electronic"),
            _business_licence(),
            _m("安全生产管理人员考核合格证书", "electronic"),
            _m(
                "工伤保险参保证明",
                "electronic",
                shared_resource="social_security",
                note="通过社会保障信息库核验",
            ),
        ],
        faq=[("安许证到期怎么延期？", "有效期3年，届满前3个月申请延期。")],
    ),
    _biz(
        "ZJ-0109",
        "建筑施工特种作业人员操作资格证书核发",
        audience="both",
        aliases=[
            "塔吊证",
            "建筑电工证",
            "架子工证",
            "施工升降机司机证",
            "建筑特种作业证",
        ],
        keywords=["特种作业", "塔式起重机", "建筑电工", "架子工", "操作资格证"],
        summary="从事建筑电工、架子工、起重机械司机等建筑施工特种作业的人员，"
        "经考核合格后取得操作资格证书。",
        conditions="年满18周岁，初中以上文化程度，身体健康，经考核合格。",
        legal_basis="《建筑施工特种作业人员管理规定》第七条",
        days=(10, 20),
        events=["hiring", "construction"],
        life_events=["employment"],
        materials=[
            _id_card(),
            _m("考核合格证明", "electronic", note="考核机构推送"),
            _m("体检合格证明", "electronic"),
        ],
        steps=["报名考核", "考核合格", "网上申请", "审查", "发证"],
        faq=[("证书有效期多久？", "有效期2年，期满前3个月申请延期复核。")],
    ),
    _biz(
        "ZJ-0110",
        "商品房买卖合同网签备案",
        service_type="registration",
        audience="both",
        aliases=["网签", "买房网签", "商品房备案", "购房合同备案", "网签备案"],
        keywords=["网签", "商品房", "买卖合同", "备案", "新房"],
        summary="商品房买卖双方通过房屋网签备案系统签订买卖合同并即时备案。",
        conditions="商品房已取得预售许可或者现售备案，购房人符合购房政策。",
        legal_basis=f"{_HOUSING_LAW}第四十五条；《商品房销售管理办法》",
        days=(0, 1),
        events=["permits"],
        life_events=["housing"],
        counter_address="榕城市不动产登记中心交易监管窗口（榕城市台江区江滨中大道66号）",
        materials=[
            _id_card("买受人身份证明"),
            _business_licence(note="开发企业营业执照，通过电子证照库调取"),
            _m("商品房买卖合同", "electronic", code="contract.home-purchase"),
        ],
        steps=["在线签约", "系统校验", "备案完成"],
        faq=[("网签后能撤销吗？", "双方协商一致或者经法院判决的，可以申请注销备案。")],
    ),
    _biz(
        "ZJ-0111",
        "建设工程勘察设计资质核准",
        aliases=["设计资质", "勘察资质", "设计院资质", "工程设计资质"],
        keywords=["勘察", "设计", "资质", "设计院"],
        summary="从事建设工程勘察、工程设计活动的企业，申请相应类别等级的资质。",
        conditions="有符合规定的注册执业人员、主要专业技术人员和技术装备。",
        legal_basis="《建设工程勘察设计管理条例》第七条；《建设工程勘察设计资质管理规定》",
        days=(15, 20),
        events=["permits"],
        counter_address="示范省政务服务中心D区住房城乡建设窗口（榕城市鼓楼区政务路1号）",
        materials=[
            _m("勘察设计资质申请表", "electronic"),
            _business_licence(),
            _m("注册执业人员证书", "electronic"),
        ],
        faq=[
            ("资质证书可以电子化吗？", "全省已实行资质电子证书，与纸质证书同等效力。")
        ],
    ),
    _biz(
        "ZJ-0112",
        "二级建造师执业资格注册",
        audience="both",
        aliases=["二建注册", "建造师注册", "二级建造师注册", "建造师变更注册"],
        keywords=["二级建造师", "注册", "执业资格", "建造师"],
        summary="取得二级建造师资格证书的人员，受聘于一个单位后申请执业注册。",
        conditions="取得资格证书，受聘于一个具有资质的建设工程企业，达到继续教育要求。",
        legal_basis="《注册建造师管理规定》第五条；《示范省二级建造师注册管理办法》",
        days=(10, 20),
        events=["hiring"],
        life_events=["employment"],
        materials=[
            _id_card(),
            _m("二级建造师资格证书", "electronic"),
            _m(
                "聘用单位社保缴纳证明",
                "electronic",
                shared_resource="social_security",
                note="通过社会保障信息库核验",
            ),
        ],
        faq=[("换单位了怎么办？", "应当办理变更注册，原单位解聘后即可在线申请。")],
    ),
]
