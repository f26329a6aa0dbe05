"""生态环境 business items: EIA, pollutant discharge, hazardous waste, radiation.

Complements ``services_other.HB_SERVICES`` (排污许可证核发、环评报告表审批).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import Service, _business_licence, _m
from services.demo_catalogue.services_biz_base import _STEPS_FILING, _STEPS_SITE, _biz

_EIA_LAW: Final = "《中华人民共和国环境影响评价法》"
_WASTE_LAW: Final = "《中华人民共和国固体废物污染环境防治法》"
_PERMIT_RULES: Final = "《排污许可管理条例》（国务院令第736号）"

HB_BIZ_SERVICES: Final[list[Service]] = [
    _biz(
        "HB-0101",
        "建设项目环境影响报告书审批",
        aliases=["环评报告书审批", "报告书批复", "重大项目环评", "环评报告书"],
        keywords=["环境影响评价", "报告书", "环评", "公众参与"],
        summary="可能造成重大环境影响的建设项目，建设单位编制环境影响报告书"
        "报生态环境部门审批。",
        conditions="项目符合生态环境分区管控要求，已依法开展公众参与，"
        "报告书由具备能力的单位编制。",
        legal_basis=f"{_EIA_LAW}第十六条、第二十二条；《建设项目环境保护管理条例》",
        days=(30, 60),
        events=["construction", "permits"],
        online_level="online",
        materials=[
            _m("建设项目环境影响报告书审批申请", "electronic"),
            _m("环境影响报告书（全本）", "electronic"),
            _m("公众参与说明", "electronic"),
            _business_licence(),
        ],
        steps=["网上申请", "受理公示", "技术评估", "审批决定", "公告"],
        faq=[("报告书审批期间要公示吗？", "受理和拟审批阶段均在门户网站公示。")],
    ),
    _biz(
        "HB-0102",
        "建设项目环境影响登记表备案",
        service_type="registration",
        aliases=["环评登记表", "环评备案", "小项目环评备案", "环评登记"],
        keywords=["环境影响登记表", "备案", "环评", "小微项目"],
        summary="对环境影响很小、不需要进行环境影响评价的建设项目，"
        "在线填报环境影响登记表备案。",
        conditions="项目属于《建设项目环境影响评价分类管理名录》中登记表类别。",
        legal_basis=f"{_EIA_LAW}第十六条；《建设项目环境影响登记表备案管理办法》",
        days=(0, 0),
        events=["construction"],
        materials=[_m("建设项目环境影响登记表", "electronic", note="在线填报即时备案")],
        steps=_STEPS_FILING,
        faq=[
            ("开个小饭馆要做环评吗？", "一般餐饮项目不纳入环评管理，无需填报登记表。")
        ],
    ),
    _biz(
        "HB-0103",
        "危险废物经营许可证核发",
        aliases=["危废经营许可证", "危废处置资质", "危废收集许可", "危险废物经营资质"],
        keywords=["危险废物", "经营许可证", "收集", "贮存", "利用处置"],
        summary="从事危险废物收集、贮存、利用、处置经营活动的单位，"
        "申请危险废物经营许可证。",
        conditions="有符合条件的技术人员、运输工具、贮存设施和处置设施，"
        "有事故应急救援措施。",
        legal_basis=f"{_WASTE_LAW}第八十条；《危险废物经营许可证管理办法》",
        days=(20, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("危险废物经营许可证申请书", "electronic"),
            _business_licence(),
            _m("技术人员职称证明", "electronic"),
            _m("设施设备和工艺说明", "electronic"),
            _m("环境应急预案", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "工厂自己处理自产危废要证吗？",
                "仅处置本单位产生的危险废物的，无需经营许可。",
            )
        ],
    ),
    _biz(
        "HB-0104",
        "固定污染源排污登记",
        service_type="registration",
        aliases=["排污登记", "排污登记表", "小作坊排污登记", "排污登记回执"],
        keywords=["排污登记", "固定污染源", "登记管理", "回执"],
        summary="污染物产生量、排放量很小的排污单位，在全国排污许可证管理信息平台"
        "填报排污登记表。",
        conditions="属于《固定污染源排污许可分类管理名录》中实行登记管理的排污单位。",
        legal_basis=f"{_PERMIT_RULES}第二十四条",
        days=(0, 0),
        events=["permits", "startup"],
        materials=[_m("固定污染源排污登记表", "electronic"), _business_licence()],
        steps=_STEPS_FILING,
        faq=[("登记有有效期吗？", "排污登记无有效期，信息变化的应当在20日内变更。")],
    ),
    _biz(
        "HB-0105",
        "辐射安全许可证核发",
        aliases=["辐射安全许可证", "射线装置许可", "医院放射许可", "核技术利用许可"],
        keywords=["辐射安全", "放射源", "射线装置", "核技术利用"],
        summary="生产、销售、使用放射性同位素和射线装置的单位，申请辐射安全许可证。",
        conditions="有符合要求的辐射防护设施、辐射安全管理人员和监测仪器，"
        "有辐射事故应急措施。",
        legal_basis="《放射性同位素与射线装置安全和防护条例》第五条",
        days=(15, 20),
        events=["permits"],
        materials=[
            _m("辐射安全许可证申请表", "electronic"),
            _business_licence(),
            _m("辐射安全与防护培训合格证明", "electronic"),
            _m("环境影响评价文件批复", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "牙科诊所有X光机要办证吗？",
                "使用Ⅲ类射线装置的，也应当取得辐射安全许可证。",
            )
        ],
    ),
    _biz(
        "HB-0106",
        "危险废物跨省转移审批",
        aliases=["危废跨省转移", "危废转移审批", "危险废物转移", "危废运到外省"],
        keywords=["危险废物", "跨省转移", "转移联单", "移出地"],
        summary="跨省转移危险废物的，向移出地省级生态环境主管部门申请，"
        "经接受地同意后批准转移。",
        conditions="接受单位持有相应的危险废物经营许可证，运输单位具备危险货物运输资质。",
        legal_basis=f"{_WASTE_LAW}第八十二条；《危险废物转移管理办法》",
        days=(15, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("危险废物跨省转移申请表", "electronic"),
            _m("接受单位经营许可证", "electronic"),
            _m("转移协议和运输方案", "electronic"),
        ],
        faq=[("省内转移要审批吗？", "省内转移实行电子联单跟踪，无需审批。")],
    ),
    _biz(
        "HB-0107",
        "建设项目竣工环境保护验收信息公开",
        service_type="public",
        online_level="info",
        aliases=["环保验收", "竣工环保验收", "环保自主验收", "环保验收公示"],
        keywords=["竣工环境保护验收", "自主验收", "信息公开", "验收报告"],
        summary="建设单位自主开展竣工环境保护验收，并在全国建设项目竣工环境保护"
        "验收信息系统公开验收报告。",
        conditions="配套环境保护设施已与主体工程同时建成并调试。",
        legal_basis="《建设项目环境保护管理条例》第十七条；"
        "《建设项目竣工环境保护验收暂行办法》",
        days=(0, 0),
        events=["construction"],
        materials=[_m("验收报告", "electronic", note="验收信息系统填报")],
        steps=["自主验收", "公示20个工作日", "登录系统填报", "公开"],
        faq=[("环保验收还要环保局审批吗？", "不需要，建设单位自主验收并公开即可。")],
    ),
    _biz(
        "HB-0108",
        "排污许可证变更和延续",
        aliases=["排污证延续", "排污证变更", "排污许可证到期", "排污许可证换证"],
        keywords=["排污许可证", "延续", "变更", "有效期"],
        summary="排污许可证有效期届满需要继续排放污染物，或者许可事项发生变化的，"
        "申请延续或者变更。",
        conditions="延续应当在有效期届满60日前申请；排污单位名称、地址、"
        "法定代表人变化的，30日内申请变更。",
        legal_basis=f"{_PERMIT_RULES}第十四条、第十五条",
        days=(10, 20),
        events=["permits", "change"],
        online_level="online",
        licence_type="PWXK",
        materials=[
            _m("排污许可证申请表", "electronic"),
            _m("排污许可证", "electronic", licence_type="PWXK", note="电子证照调取"),
            _m("自行监测方案", "electronic", code="env.self-monitoring-plan"),
        ],
        faq=[("排污许可证有效期多久？", "排污许可证有效期为5年。")],
    ),
]
