"""自然资源 business items: planning permits, land use and registration.

Complements ``services_housing.ZR_SERVICES`` (不动产转移/抵押登记) along the
project flow: 用地预审与选址 -> 用地规划许可 -> 工程规划许可 -> 规划核实 ->
首次登记.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Material, Service, _business_licence, _m
from services.demo_catalogue.services_biz_base import _BDC_COUNTER, _STEPS_SITE, _biz

_PLANNING_LAW: Final = "《中华人民共和国城乡规划法》"
_LAND_LAW: Final = "《中华人民共和国土地管理法》"
_BDC_RULES: Final = "《不动产登记暂行条例》及其实施细则"


def _land_right() -> Material:
    """国有土地使用权证明 -- fetched from the e-licence library."""
    return _m(
        "不动产权证书（土地）",
        "electronic",
        licence_type="BDCQ",
        note="通过电子证照库调取",
    )


ZR_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "ZR-0101",
        "建设项目用地预审与选址意见书核发",
        aliases=["用地预审", "选址意见书", "项目选址", "用地预审选址"],
        keywords=["用地预审", "选址意见书", "建设项目", "国土空间规划"],
        summary="需要办理批准或者核准的建设项目，在可行性研究阶段申请用地预审"
        "与选址意见书。",
        conditions="项目符合国土空间规划和用途管制要求，节约集约用地。",
        legal_basis=f"{_PLANNING_LAW}第三十六条；{_LAND_LAW}第五十二条",
        days=(10, 20),
        events=["construction"],
        online_level="online",
        materials=[
            _m("建设项目用地预审与选址申请表", "electronic"),
            _business_licence(),
            _m("建设项目用地预审与选址申请报告", "electronic"),
            _m("拟选址位置红线图", "electronic"),
        ],
        faq=[
            (
                "出让土地的项目还要办选址意见书吗？",
                "以出让方式取得国有土地使用权的，不再核发选址意见书。",
            )
        ],
    ),
    _biz(
        "ZR-0102",
        "建设用地规划许可证核发",
        aliases=["用地规划许可证", "办用地规划证", "建设用地许可", "用地规划许可"],
        keywords=["建设用地规划许可证", "规划条件", "土地出让", "用地"],
        summary="以出让方式取得国有土地使用权的建设项目，签订出让合同后"
        "申请核发建设用地规划许可证。",
        conditions="已签订国有建设用地使用权出让合同，项目符合规划条件。",
        legal_basis=f"{_PLANNING_LAW}第三十七条、第三十八条",
        days=(5, 20),
        events=["construction"],
        materials=[
            _m("建设用地规划许可申请表", "electronic"),
            _business_licence(),
            _m("国有建设用地使用权出让合同", "electronic"),
        ],
        faq=[
            (
                "土地出让后多久能拿到用地规划许可证？",
                "全省推行“交地即发证”，签订出让合同后可同步核发。",
            )
        ],
    ),
    _biz(
        "ZR-0103",
        "建设工程规划许可证核发",
        aliases=["工程规划许可证", "工规证", "办规划许可", "报规", "规划报建"],
        keywords=["建设工程规划许可证", "设计方案", "规划审查", "报建"],
        summary="在城市、镇规划区内进行建筑物、构筑物、道路、管线等工程建设的，"
        "申请建设工程规划许可证。",
        conditions="已取得土地使用权或者用地批准文件，建设工程设计方案符合"
        "控制性详细规划和规划条件。",
        legal_basis=f"{_PLANNING_LAW}第四十条",
        days=(10, 20),
        events=["construction", "permits"],
        materials=[
            _m("建设工程规划许可申请表", "electronic"),
            _business_licence(),
            _land_right(),
            _m("建设工程设计方案", "electronic"),
            _m("总平面图", "electronic"),
        ],
        faq=[
            (
                "设计方案审查和工程规划许可能一起办吗？",
                "可以合并办理，方案审查通过后直接核发建设工程规划许可证。",
            )
        ],
    ),
    _biz(
        "ZR-0104",
        "建设工程规划条件核实",
        service_type="confirmation",
        aliases=["规划核实", "规划验收", "竣工规划核实", "规划条件核实"],
        keywords=["规划核实", "竣工", "联合验收", "规划许可"],
        summary="建设工程竣工后，核实其是否符合建设工程规划许可证及附件、"
        "附图确定的内容。",
        conditions="工程已竣工，已完成竣工测量。",
        legal_basis=f"{_PLANNING_LAW}第四十五条",
        days=(5, 15),
        events=["construction"],
        materials=[
            _m("规划条件核实申请表", "electronic"),
            _m("竣工测量成果报告", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[("可以纳入联合验收吗？", "可以，规划核实已纳入工程建设项目联合验收。")],
    ),
    _biz(
        "ZR-0105",
        "国有建设用地使用权首次登记",
        service_type="confirmation",
        aliases=["办土地证", "土地使用权登记", "拿地办证", "土地首次登记"],
        keywords=["国有建设用地使用权", "首次登记", "土地证", "不动产权证书"],
        summary="依法取得国有建设用地使用权的，申请首次登记，领取不动产权证书。",
        conditions="已缴清土地出让价款和相关税费，宗地界址清楚。",
        legal_basis=f"《中华人民共和国民法典》第二百零九条；{_BDC_RULES}",
        days=(5, 30),
        events=["construction"],
        fee="每件550元（含第一本证书工本费）",
        counter_address=_BDC_COUNTER,
        licence_type="BDCQ",
        materials=[
            _m("不动产登记申请书", "electronic"),
            _business_licence(),
            _m("国有建设用地使用权出让合同及价款缴清证明", "electronic"),
            _m("不动产权籍调查成果", "electronic"),
        ],
        steps=["网上申请", "受理", "审核", "登簿", "发证"],
        faq=[("拿地后能当天拿证吗？", "全省推行“交地即交证”，材料齐全可当日办结。")],
    ),
    _biz(
        "ZR-0106",
        "国有建设用地使用权及房屋所有权首次登记",
        service_type="confirmation",
        aliases=["大产证", "新楼盘首次登记", "房屋初始登记", "开发商办大证"],
        keywords=["房屋所有权", "首次登记", "大产证", "竣工", "开发商"],
        summary="房屋竣工后，开发企业等权利人申请国有建设用地使用权及房屋所有权"
        "首次登记，为购房人办理转移登记创造条件。",
        conditions="房屋已竣工验收备案，已完成规划核实和房屋测绘。",
        legal_basis=f"{_BDC_RULES}；《示范省不动产登记办事规程》",
        days=(5, 30),
        events=["construction"],
        fee="每件550元（含第一本证书工本费）",
        counter_address=_BDC_COUNTER,
        licence_type="BDCQ",
        materials=[
            _m("不动产登记申请书", "electronic"),
            _business_licence(),
            _land_right(),
            _m("竣工验收备案证明", "electronic"),
            _m("房屋测绘报告", "electronic"),
        ],
        steps=["网上申请", "受理", "审核", "登簿", "发证"],
        faq=[
            (
                "小业主什么时候能办房产证？",
                "首次登记完成后，可申请“交房即交证”转移登记。",
            )
        ],
    ),
    _biz(
        "ZR-0107",
        "临时用地审批",
        aliases=["临时用地", "借地施工", "工地临时占地", "临时占用土地"],
        keywords=["临时用地", "施工", "复垦", "土地"],
        summary="建设项目施工、地质勘查等需要临时使用土地的，申请临时用地审批。",
        conditions="临时用地期限一般不超过二年，不得修建永久性建筑物；"
        "已编制土地复垦方案。",
        legal_basis=f"{_LAND_LAW}第五十七条",
        days=(10, 20),
        events=["construction"],
        online_level="download",
        materials=[
            _m("临时用地申请表", "electronic"),
            _m("临时使用土地合同", "electronic"),
            _m("土地复垦方案", "electronic"),
            _m("勘测定界图", "electronic"),
        ],
        faq=[("期满后怎么办？", "应当在期满之日起一年内完成土地复垦并交还土地。")],
    ),
    _biz(
        "ZR-0108",
        "采矿许可证核发",
        aliases=["采矿证", "办采矿许可", "矿山采矿权", "采矿权登记"],
        keywords=["采矿许可证", "矿业权", "矿山", "采矿权"],
        summary="依法取得采矿权的矿山企业，申请采矿许可证（采矿权登记）。",
        conditions="已依法出让采矿权并缴纳出让收益，矿产资源开发利用方案已通过审查。",
        legal_basis="《中华人民共和国矿产资源法》第三条；《矿产资源开采登记管理办法》",
        days=(20, 40),
        events=["permits"],
        online_level="download",
        materials=[
            _m("采矿权申请登记书", "electronic"),
            _business_licence(),
            _m("矿产资源开发利用方案", "electronic"),
            _m("采矿权出让合同", "electronic"),
        ],
        faq=[("采矿权登记要收费吗？", "采矿权登记费已取消，不收取登记费用。")],
    ),
    _biz(
        "ZR-0109",
        "测绘资质审批",
        online_level="download",
        aliases=["测绘资质", "测绘资质证书", "办测绘资质", "测绘公司资质"],
        keywords=["测绘资质", "测绘", "甲级", "乙级"],
        summary="从事测绘活动的单位申请乙级测绘资质，甲级资质由省级初审后上报。",
        conditions="有与测绘活动相适应的专业技术人员、仪器设备和质量保证体系。",
        legal_basis="《中华人民共和国测绘法》第二十七条；《测绘资质管理办法》",
        days=(10, 20),
        events=["permits"],
        materials=[
            _m("测绘资质申请表", "electronic"),
            _business_licence(),
            _m("专业技术人员职称证书", "electronic"),
            _m("仪器设备检定证书", "electronic"),
        ],
        faq=[("资质证书有效期多久？", "测绘资质证书有效期为5年。")],
    ),
]
