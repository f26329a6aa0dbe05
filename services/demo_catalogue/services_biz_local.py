"""City approval bureaus (榕城市 / 鹭岛市行政审批局): business items.

Items delegated to the municipal 行政审批局 under 相对集中行政许可权:
urban management, utilities, culture and tourism, human-resource services.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _business_licence, _id_card, _m
from services.demo_catalogue.services_biz_base import _STEPS_SITE, _biz

_CITY_ROADS: Final = "《城市道路管理条例》"

LOCAL_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "RCSP-0101",
        "城市建筑垃圾处置核准",
        aliases=[
            "渣土运输审批",
            "建筑垃圾处置证",
            "拉渣土办证",
            "装修垃圾清运",
            "渣土证",
        ],
        keywords=["建筑垃圾", "渣土", "处置核准", "消纳场"],
        summary="处置建筑垃圾的单位，向城市人民政府市容环境卫生主管部门"
        "申请建筑垃圾处置核准。",
        conditions="有建筑垃圾分类处置方案，已与具备条件的运输单位、消纳场所签订合同。",
        legal_basis="《城市建筑垃圾管理规定》（建设部令第139号）第七条",
        days=(5, 20),
        events=["construction"],
        materials=[
            _m("建筑垃圾处置核准申请表", "electronic"),
            _business_licence(),
            _m("建筑垃圾处置方案", "electronic"),
            _m("运输和消纳合同", "electronic"),
        ],
        faq=[
            ("家里装修垃圾要办吗？", "居民装修垃圾由物业或社区统一收集清运，无需办理。")
        ],
    ),
    _biz(
        "RCSP-0102",
        "占用、挖掘城市道路审批",
        aliases=["挖路审批", "占道施工", "占道审批", "开挖道路许可", "道路开挖审批"],
        keywords=["占用城市道路", "挖掘", "占道", "市政"],
        summary="因工程建设需要临时占用或者挖掘城市道路的，申请审批。",
        conditions="有施工方案和交通组织方案，承诺按期恢复道路原状。",
        legal_basis=f"{_CITY_ROADS}第三十一条、第三十三条",
        days=(5, 20),
        events=["construction"],
        fee="挖掘城市道路按《示范省城市道路挖掘修复费标准》缴纳修复费；占道费已取消",
        materials=[
            _m("占用、挖掘城市道路申请表", "electronic"),
            _business_licence(),
            _m("施工图和交通疏解方案", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[("抢修管线来不及审批怎么办？", "可先行破路抢修，24小时内补办手续。")],
    ),
    _biz(
        "RCSP-0103",
        "燃气经营许可证核发",
        aliases=["燃气经营许可证", "开燃气公司", "液化气站许可", "瓶装燃气许可"],
        keywords=["燃气经营", "许可证", "液化石油气", "瓶装燃气"],
        summary="从事燃气经营活动的企业，申请燃气经营许可证。",
        conditions="符合燃气发展规划，有符合国家标准的燃气气源和燃气设施，"
        "有专业人员和健全的安全管理制度。",
        legal_basis="《城镇燃气管理条例》第十五条；《燃气经营许可管理办法》",
        days=(10, 20),
        events=["permits"],
        materials=[
            _m("燃气经营许可申请书", "electronic"),
            _business_licence(),
            _m("气源证明和燃气设施竣工验收文件", "electronic"),
            _m("主要负责人和安全管理人员考核合格证明", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            ("餐馆自己用液化气要办证吗？", "自用不需要经营许可，但要向持证企业购气。")
        ],
    ),
    _biz(
        "RCSP-0104",
        "娱乐场所经营许可",
        aliases=["开KTV", "开歌厅", "娱乐场所许可证", "酒吧办证", "开棋牌室"],
        keywords=["娱乐场所", "歌舞", "游艺", "KTV", "许可证"],
        summary="设立歌舞、游艺娱乐场所的，向所在地县级以上文化和旅游主管部门"
        "（本市由行政审批局）申请娱乐经营许可。",
        conditions="场所位置符合规定距离要求，消防、环保等条件符合要求，"
        "设立人无禁止性情形。",
        legal_basis="《娱乐场所管理条例》第九条",
        days=(10, 20),
        events=["permits"],
        materials=[
            _m("娱乐经营许可申请表", "electronic"),
            _business_licence(),
            _id_card("法定代表人、主要负责人身份证明"),
            _m("场所平面图和房屋使用证明", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "开剧本杀店要办娱乐许可证吗？",
                "剧本杀等剧本娱乐场所实行备案管理，不需许可。",
            )
        ],
    ),
    _biz(
        "RCSP-0105",
        "旅行社业务经营许可",
        aliases=["开旅行社", "旅行社经营许可证", "旅行社资质", "旅行社设立"],
        keywords=["旅行社", "经营许可", "质量保证金", "国内旅游"],
        summary="申请经营国内旅游业务和入境旅游业务的，申请旅行社业务经营许可。",
        conditions="有固定的经营场所、必要的营业设施，已缴纳或者以保险方式"
        "提供旅游服务质量保证金。",
        legal_basis="《中华人民共和国旅游法》第二十八条；《旅行社条例》第六条",
        days=(10, 20),
        events=["permits", "startup"],
        materials=[
            _m("旅行社业务经营许可申请书", "electronic"),
            _business_licence(),
            _m("经营场所证明", "electronic", code="premises.use-proof"),
            _m("质量保证金存款证明或保险凭证", "electronic"),
        ],
        faq=[
            ("做出境游业务怎么办？", "取得许可满2年且无侵害旅游者权益处罚的，可申请。")
        ],
    ),
    _biz(
        "LDSP-0101",
        "人力资源服务许可",
        aliases=["开职业中介", "人力资源服务许可证", "职介所办证", "猎头公司许可"],
        keywords=["人力资源服务", "职业中介", "许可证", "招聘"],
        summary="经营性人力资源服务机构从事职业中介活动的，申请人力资源服务许可。",
        conditions="有明确的章程和管理制度、开展业务必备的固定场所和设施，"
        "有相应的专职工作人员。",
        legal_basis="《人力资源市场暂行条例》第十八条",
        days=(10, 20),
        events=["permits", "hiring"],
        materials=[
            _m("人力资源服务许可申请表", "electronic"),
            _business_licence(),
            _m("经营场所使用证明", "electronic", code="premises.use-proof"),
            _m("专职工作人员名单", "electronic"),
        ],
        faq=[("只做人才测评要许可吗？", "人才测评、培训等业务实行备案管理。")],
    ),
    _biz(
        "LDSP-0102",
        "临时占用城市绿地审批",
        online_level="download",
        aliases=["占用绿地", "临时占绿", "施工占用绿地", "绿地占用审批"],
        keywords=["城市绿地", "临时占用", "园林绿化", "恢复"],
        summary="因建设或者其他特殊需要临时占用城市绿地的，申请审批。",
        conditions="临时占用期限一般不超过一年，承诺到期恢复原状。",
        legal_basis="《城市绿化条例》第十九条；《鹭岛市城市绿化管理办法》",
        days=(5, 20),
        events=["construction"],
        fee="按《示范省城市绿地占用补偿标准》缴纳补偿费",
        materials=[
            _m("临时占用城市绿地申请表", "electronic"),
            _business_licence(),
            _m("占用绿地位置图和恢复方案", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[("可以永久占用吗？", "任何单位和个人不得擅自改变绿化规划用地性质。")],
    ),
    _biz(
        "LDSP-0103",
        "城市建筑物设施悬挂张贴宣传品审批",
        aliases=["挂横幅审批", "拉横幅", "挂条幅", "张贴宣传品审批", "开业挂横幅"],
        keywords=["横幅", "宣传品", "悬挂", "市容"],
        summary="在城市建筑物、设施上悬挂、张贴宣传品的，向市容环境卫生主管部门"
        "（本市由行政审批局）申请审批。",
        conditions="宣传内容合法，设置位置和期限符合市容管理要求。",
        legal_basis="《城市市容和环境卫生管理条例》第十一条",
        days=(1, 5),
        events=["permits", "startup"],
        materials=[
            _m("悬挂张贴宣传品申请表", "electronic"),
            _business_licence(),
            _m("宣传品样稿和设置位置图", "electronic"),
        ],
        steps=["网上申请", "审查", "审批决定"],
        faq=[("店铺开业挂多久横幅可以？", "一般不超过7天，期满应当自行拆除。")],
    ),
    _biz(
        "LDSP-0104",
        "出版物零售业务经营许可",
        aliases=["开书店", "卖书办证", "出版物经营许可证", "书店许可证"],
        keywords=["出版物", "零售", "书店", "许可证"],
        summary="从事出版物零售业务的，向所在地县级人民政府出版行政主管部门"
        "（本市由行政审批局）申请许可。",
        conditions="已取得营业执照，有固定的经营场所。",
        legal_basis="《出版管理条例》第三十七条；《出版物市场管理规定》",
        days=(10, 20),
        events=["permits"],
        materials=[
            _m("出版物经营许可申请书", "electronic"),
            _business_licence(),
            _m("经营场所使用证明", "electronic", code="premises.use-proof"),
        ],
        faq=[("网上卖书也要办证吗？", "通过网络从事出版物发行的，也应当取得许可。")],
    ),
]
