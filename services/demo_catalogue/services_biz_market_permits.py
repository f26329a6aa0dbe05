"""市场监管 business items, part 2: permits, filings and credit repair.

食品、特种设备、计量、广告和信用修复 items; each names the e-licence it
issues or consumes where the province keeps one.
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

_FOOD_LAW: Final = "《中华人民共和国食品安全法》"
_SMALL_FOOD: Final = "《示范省食品小作坊小餐饮小食杂店管理条例》"
_SE_LAW: Final = "《中华人民共和国特种设备安全法》"


def _health_card() -> Material:
    """从业人员健康证明 -- checked against the health-card registry."""
    return _m(
        "从业人员健康证明",
        "electronic",
        shared_resource="health_card",
        note="通过健康证明信息共享核验，无需上传",
    )


SCJG_PERMIT_SERVICES: Final[list[Service]] = [
    _biz(
        "SCJG-0112",
        "食品生产许可证核发",
        aliases=[
            "办食品生产许可证",
            "SC证",
            "食品厂办证",
            "开食品加工厂",
            "食品生产资质",
        ],
        keywords=["食品生产", "SC", "许可证", "食品安全", "生产许可"],
        summary="在省内从事食品生产活动的，依法取得食品生产许可证（SC证）。",
        conditions="具有与生产食品品种、数量相适应的生产场所、设备设施、"
        "专业技术人员和食品安全管理制度。",
        legal_basis=f"{_FOOD_LAW}第三十五条；《食品生产许可管理办法》"
        "（国家市场监督管理总局令第24号）",
        days=(10, 20),
        events=["permits"],
        materials=[
            _m("食品生产许可申请书", "electronic"),
            _business_licence(),
            _m("生产场所平面图和工艺流程图", "electronic"),
            _m("主要设备设施清单", "electronic"),
            _m("食品安全管理制度文本", "electronic"),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "食品生产许可证有效期多久？",
                "有效期5年，需延续的应当在届满30个工作日前提出申请。",
            )
        ],
    ),
    _biz(
        "SCJG-0113",
        "小餐饮登记",
        service_type="registration",
        aliases=[
            "开小吃店",
            "开饭店",
            "小餐饮登记证",
            "小吃店登记",
            "开早餐店",
            "夜宵摊登记",
        ],
        keywords=["小餐饮", "登记证", "小吃", "饭店", "餐饮", "食品安全"],
        summary="经营场所面积较小、从业人员较少的小餐饮店，"
        "按照省条例办理小餐饮登记，领取《小餐饮登记证》。",
        conditions="经营场所使用面积在50平方米以下，有固定场所、"
        "必要的卫生设施和持有效健康证明的从业人员。",
        legal_basis=f"{_FOOD_LAW}第三十六条；{_SMALL_FOOD}第十二条",
        days=(0, 5),
        events=["permits", "startup"],
        life_events=["employment"],
        counter_address="经营场所所在地市场监督管理所（各区县政务服务中心市场监管窗口）",
        materials=[
            _m("小餐饮登记申请表", "electronic"),
            _business_licence(),
            _m("经营场所平面布局图", "electronic"),
            _health_card(),
        ],
        steps=["网上申请", "受理", "当场登记", "事后现场检查"],
        faq=[
            (
                "小餐饮登记和食品经营许可证有什么不同？",
                "面积在50平方米以下的小餐饮按登记管理，当场办结；超出的应当申请许可证。",
            )
        ],
    ),
    _biz(
        "SCJG-0114",
        "食品小作坊登记",
        service_type="registration",
        aliases=["作坊登记", "豆腐坊办证", "手工作坊办证", "小作坊登记证"],
        keywords=["食品小作坊", "登记证", "传统食品", "加工"],
        summary="从业人员少、生产条件简单的食品小作坊，办理登记后从事传统"
        "特色食品生产加工。",
        conditions="有固定生产场所和符合要求的设施设备；不得生产婴幼儿配方食品、"
        "保健食品等禁止目录中的食品。",
        legal_basis=f"{_FOOD_LAW}第三十六条；{_SMALL_FOOD}第八条",
        days=(3, 10),
        events=["permits"],
        materials=[
            _m("食品小作坊登记申请表", "electronic"),
            _business_licence(),
            _m("生产加工工艺流程说明", "electronic"),
            _health_card(),
        ],
        steps=_STEPS_SITE,
        faq=[
            (
                "小作坊生产的食品能卖到外地吗？",
                "省条例规定小作坊食品限于本省范围内销售，并须标注小作坊登记证编号。",
            )
        ],
    ),
    _biz(
        "SCJG-0115",
        "食品经营许可证变更",
        aliases=[
            "餐饮许可证变更",
            "食品证换地址",
            "食品经营许可证改名",
            "增加经营项目",
        ],
        keywords=["食品经营许可证", "变更", "经营项目", "负责人"],
        summary="食品经营者名称、法定代表人、经营项目等许可事项变化的，"
        "申请变更食品经营许可证。",
        conditions="持有有效食品经营许可证；经营场所地址改变的应当重新申请许可。",
        legal_basis="《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）"
        "第二十九条",
        days=(3, 10),
        events=["change", "permits"],
        licence_type="SPJY",
        materials=[
            _m("食品经营许可变更申请书", "electronic"),
            _m(
                "食品经营许可证",
                "electronic",
                licence_type="SPJY",
                note="通过电子证照库自动调取",
            ),
            _business_licence(),
        ],
        faq=[
            (
                "餐馆搬家了能直接变更许可证地址吗？",
                "不能。经营场所发生变化的，应当重新申请食品经营许可。",
            )
        ],
    ),
    _biz(
        "SCJG-0116",
        "特种设备使用登记",
        service_type="registration",
        aliases=[
            "电梯登记",
            "叉车上牌",
            "锅炉使用登记",
            "压力容器登记",
            "特种设备办证",
        ],
        keywords=["特种设备", "电梯", "锅炉", "压力容器", "叉车", "使用登记证"],
        summary="电梯、锅炉、压力容器、场（厂）内专用机动车辆等特种设备投入使用前"
        "或者投入使用后30日内，办理使用登记。",
        conditions="设备经监督检验或定期检验合格，使用单位已配备安全管理人员。",
        legal_basis=f"{_SE_LAW}第三十三条；《特种设备使用管理规则》（TSG 08）",
        days=(5, 15),
        events=["permits", "construction"],
        materials=[
            _m("特种设备使用登记表", "electronic"),
            _business_licence(note="使用单位营业执照，通过电子证照库调取"),
            _m("产品合格证和监督检验证明", "electronic"),
            _m("安全管理人员资格证明", "electronic", required=False),
        ],
        faq=[
            (
                "工厂新买的叉车要登记吗？",
                "厂内专用机动车辆属于特种设备，投入使用前或30日内应当办理使用登记。",
            )
        ],
    ),
    _biz(
        "SCJG-0117",
        "特种设备安全管理和作业人员资格认定",
        audience="both",
        aliases=["考叉车证", "电梯操作证", "锅炉工证", "特种设备作业证", "叉车证"],
        keywords=["特种设备作业人员", "资格证", "叉车", "电梯", "锅炉"],
        summary="从事特种设备安全管理和作业的人员，经考试合格后"
        "取得《特种设备安全管理和作业人员证》。",
        conditions="年满18周岁，具有相应的文化程度和身体条件，经考试机构考试合格。",
        legal_basis=f"{_SE_LAW}第十四条；《特种设备作业人员监督管理办法》",
        days=(10, 20),
        events=["hiring"],
        life_events=["employment"],
        materials=[
            _id_card(),
            _m("考试合格证明", "electronic", note="考试机构在线推送"),
            _m("近期免冠照片", "electronic", code="photo.id-2inch"),
        ],
        steps=["报名考试", "考试合格", "网上申请", "审查", "发证"],
        faq=[
            ("叉车证在外省能用吗？", "证书全国通用，有效期4年，期满前复审。"),
        ],
    ),
    _biz(
        "SCJG-0118",
        "计量器具型式批准",
        aliases=["计量型式批准", "电子秤型式批准", "计量器具认证", "新计量器具批准"],
        keywords=["计量器具", "型式批准", "计量", "型式评价"],
        summary="制造列入《实施强制管理的计量器具目录》的计量器具新产品，"
        "经型式评价合格后办理型式批准。",
        conditions="已由具有资质的技术机构完成型式评价并出具合格报告。",
        legal_basis="《中华人民共和国计量法》第十三条；《计量器具新产品管理办法》",
        days=(10, 20),
        events=["permits"],
        online_level="online",
        materials=[
            _m("计量器具型式批准申请书", "electronic"),
            _business_licence(),
            _m("型式评价报告", "electronic"),
            _m("产品照片和使用说明书", "electronic"),
        ],
        faq=[
            (
                "哪些计量器具要做型式批准？",
                "列入强制管理目录的电子计价秤、燃气表、出租汽车计价器等需要型式批准。",
            )
        ],
    ),
    _biz(
        "SCJG-0119",
        "广告发布登记",
        online_level="download",
        service_type="registration",
        aliases=["广告发布登记证", "电视台广告登记", "报社广告登记", "办广告登记"],
        keywords=["广告发布", "广播电台", "电视台", "报刊", "广告"],
        summary="广播电台、电视台、报刊出版单位从事广告发布业务的，办理广告发布登记。",
        conditions="具有法人资格或者为依法设立的分支机构；设有专门的广告业务机构"
        "和广告审查人员。",
        legal_basis="《中华人民共和国广告法》第二十九条；《广告发布登记管理规定》",
        days=(5, 20),
        events=["permits"],
        materials=[
            _m("广告发布登记申请表", "electronic"),
            _business_licence(note="法人资格证明，通过电子证照库调取"),
            _m("广告业务机构和审查人员证明", "electronic"),
            _m("媒介出版许可证件", "copy"),
        ],
        faq=[
            (
                "网店在自己网站上发广告要登记吗？",
                "不需要。广告发布登记只适用于广播电台、电视台和报刊出版单位。",
            )
        ],
    ),
    _biz(
        "SCJG-0120",
        "企业年度报告公示",
        service_type="public",
        aliases=["工商年报", "企业年报", "公司年检", "营业执照年检", "年报公示"],
        keywords=["年度报告", "年报", "公示", "信用", "经营异常"],
        summary="企业、农民专业合作社、个体工商户每年1月1日至6月30日"
        "通过公示系统报送上一年度年度报告并向社会公示。",
        conditions="上一年度已登记成立的市场主体。",
        legal_basis="《企业信息公示暂行条例》第八条；《市场主体登记管理条例》",
        days=(0, 0),
        events=["change"],
        materials=[_business_licence()],
        steps=["登录公示系统", "填报年报", "提交公示"],
        faq=[
            (
                "忘记报年报会怎样？",
                "未按期报送的企业会被列入经营异常名录，补报后可申请移出。",
            )
        ],
    ),
    _biz(
        "SCJG-0121",
        "经营异常名录移出",
        service_type="confirmation",
        aliases=["移出经营异常", "解除经营异常", "公司被列入异常", "异常名录移除"],
        keywords=["经营异常名录", "移出", "信用修复", "年报"],
        summary="被列入经营异常名录的市场主体，补报年报、更正公示信息或者"
        "恢复与住所的联系后，申请移出经营异常名录。",
        conditions="导致列入经营异常名录的情形已经消除。",
        legal_basis="《企业信息公示暂行条例》第十七条；《市场监督管理信用修复管理办法》",
        days=(3, 5),
        events=["change"],
        materials=[
            _m("移出经营异常名录申请书", "electronic"),
            _business_licence(),
            _m("补报年报或住所证明等佐证材料", "electronic"),
        ],
        steps=_STEPS_FILING,
        faq=[
            (
                "移出后还能查到异常记录吗？",
                "公示系统会显示移出记录；完成信用修复后停止公示相关信息。",
            )
        ],
    ),
    _biz(
        "SCJG-0122",
        "检验检测机构资质认定",
        aliases=["CMA认证", "办CMA", "检测机构资质", "实验室资质认定"],
        keywords=["检验检测", "资质认定", "CMA", "实验室"],
        summary="向社会出具具有证明作用的数据、结果的检验检测机构，"
        "依法取得资质认定（CMA）。",
        conditions="依法成立并能承担法律责任，具有符合要求的人员、"
        "场所、设备和管理体系。",
        legal_basis="《中华人民共和国计量法》第二十二条；《检验检测机构资质认定管理办法》",
        days=(15, 30),
        events=["permits"],
        online_level="online",
        materials=[
            _m("资质认定申请书", "electronic"),
            _business_licence(),
            _m("管理体系文件", "electronic"),
            _m("典型检测报告", "electronic"),
        ],
        steps=["网上申请", "受理", "技术评审", "许可决定", "发证"],
        faq=[
            ("CMA证书有效期多久？", "有效期6年，到期前3个月申请复查换证。"),
        ],
    ),
]
