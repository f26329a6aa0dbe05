"""Employment-related 人社 services and 税务 services."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    Service,
    _business_licence,
    _id_card,
    _m,
)

# 人力资源社会保障 -- 劳务派遣、参保登记 (RS-0006..0008)
RS_EMPLOYMENT_SERVICES: Final[list[Service]] = [
    {
        "code": "RS-0006",
        "name": "劳务派遣经营许可",
        "department": "RS",
        "service_type": "licence",
        "audience": "business",
        "aliases": ["办劳务派遣证", "劳务派遣资质", "开劳务派遣公司", "劳务派遣许可证"],
        "keywords": ["劳务派遣", "经营许可", "人力资源", "用工"],
        "summary": "经营劳务派遣业务的单位，依法取得《劳务派遣经营许可证》。",
        "conditions": (
            "注册资本不得少于人民币二百万元；有与开展业务相适应的固定的经营场所和设施；"
            "有符合法律、行政法规规定的劳务派遣管理制度。"
        ),
        "legal_basis": (
            "《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》"
            "（人力资源社会保障部令第19号）第六条、第八条"
        ),
        "committed_days": 10,
        "statutory_days": 20,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心C区人社综合窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["permits", "hiring"],
        "licence_type": "LWPQ",
        "materials": [
            _m("劳务派遣经营许可申请书", "electronic"),
            _business_licence(),
            _m("公司章程及验资报告或财务审计报告", "electronic"),
            _m("经营场所使用证明及办公设施设备、信息管理系统清单", "electronic"),
            _id_card("法定代表人身份证明"),
            _m(
                "劳务派遣管理制度",
                "electronic",
                note="含劳动合同、劳动报酬、社会保险等制度",
            ),
        ],
        "steps": ["申请", "受理", "审查", "许可决定", "制证送达"],
        "faq": [
            {
                "q": "劳务派遣经营许可证有效期多久？",
                "a": "有效期为3年。有效期届满需要延续的，应当在届满60日前提出延续申请"
                "。",
            },
        ],
    },
    {
        "code": "RS-0007",
        "name": "灵活就业人员参保登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": [
            "自由职业交社保",
            "个人交社保",
            "灵活就业社保",
            "以个人身份参保",
            "外卖骑手参保",
        ],
        "keywords": ["灵活就业", "个人参保", "养老保险", "新就业形态"],
        "summary": "无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就"
        "业人员，以个人身份参加职工基本养老保险。",
        "conditions": (
            "年满16周岁、未达到法定退休年龄的灵活就业人员，可在就业地办理参保登记。"
            "已取消灵活就业人员在就业地参保的户籍限制。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第十条、第二十三条；"
            "《示范省灵活就业人员参加职工基本养老保险办法》"
        ),
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "retirement"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "参保缴费记录",
                "electronic",
                required=False,
                shared_resource="social_security",
                note="曾在外省参保的，系统自动查询",
            ),
        ],
        "steps": ["申请", "信息核验", "参保登记", "缴费基数选择", "签订扣款协议"],
        "faq": [
            {
                "q": "灵活就业参保后怎么缴费？",
                "a": "参保登记后可通过税务部门“社保费”缴费渠道、银行代扣或手机APP按月、"
                "按季或按年缴纳。",
            },
        ],
    },
    {
        "code": "RS-0008",
        "name": "用人单位社会保险登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "business",
        "aliases": ["单位社保开户", "公司办社保", "给员工交社保", "社保登记证"],
        "keywords": ["社会保险登记", "单位参保", "企业开办", "员工参保"],
        "summary": "用人单位自成立之日起三十日内办理社会保险登记，为职工办理参保。",
        "conditions": (
            "在本省依法设立的企业、机关事业单位、社会组织和有雇工的个体工商户，"
            "应当自成立之日起三十日内申请社会保险登记。企业开办时可同步完成。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第五十七条、第五十八条；"
        "《社会保险费征缴暂行条例》",
        "committed_days": 0,
        "statutory_days": 15,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "示范省政务服务中心C区人社综合窗口（榕城市鼓楼区政务路1号）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["startup", "hiring"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _m(
                "单位基本信息",
                "electronic",
                shared_resource="legal_entity",
                note="企业开办时已同步采集的，无需重复填报",
            ),
            _id_card("经办人居民身份证"),
        ],
        "steps": ["申请", "信息核验", "登记", "开通网上经办"],
        "faq": [
            {
                "q": "新开公司没有员工，也要办社保登记吗？",
                "a": "企业开办时已自动完成社会保险登记，招用职工后应当在三十日内为职工"
                "办理参保。",
            },
        ],
    },
]


# 税务
SW_SERVICES: Final[list[Service]] = [
    {
        "code": "SW-0001",
        "name": "个人所得税综合所得汇算",
        "department": "SW",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": ["个税汇算", "个税退税", "年度汇算清缴", "个税APP退税", "个税补税"],
        "keywords": ["个人所得税", "综合所得", "年度汇算", "退税", "专项附加扣除"],
        "summary": "居民个人取得工资薪金、劳务报酬、稿酬、特许权使用费等综合所得，"
        "在次年3月1日至6月30日办理年度汇算，多退少补。",
        "conditions": (
            "纳税年度内已预缴税额高于应纳税额且申请退税的，"
            "或者综合所得收入超过12万元且需要补税金额超过400元的，应当办理年度汇算。"
            "可通过个人所得税APP自行办理，也可由扣缴单位代为办理。"
        ),
        "legal_basis": (
            "《中华人民共和国个人所得税法》第二条、第十条、第十一条；"
            "《中华人民共和国个人所得税法实施条例》第二十五条"
        ),
        "committed_days": 0,
        "statutory_days": 0,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "国家税务总局榕城市鼓楼区税务局办税服务厅（鼓楼区湖东路158号"
        "）",
        "office_hours": "工作日 9:00-12:00，13:30-17:30；汇算期间周六 9:00-17:00",
        "life_events": ["employment"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "收入及专项附加扣除信息",
                "electronic",
                note="个人所得税APP预填，纳税人确认",
            ),
            _m(
                "境内一类银行账户",
                "electronic",
                required=False,
                note="申请退税时提供，可使用社会保障卡金融账户",
                code="bank.personal-account",
            ),
        ],
        "steps": ["预约", "申报", "税务审核", "退（补）税"],
        "faq": [
            {
                "q": "汇算提交后多久能收到退税？",
                "a": "税务机关审核通过后，一般在数个工作日内完成退库，"
                "可在个人所得税APP“申报查询”中查看进度。",
            },
        ],
    },
    {
        "code": "SW-0002",
        "name": "新办纳税人套餐式服务",
        "department": "SW",
        "service_type": "registration",
        "audience": "business",
        "aliases": [
            "新公司税务报到",
            "税务登记",
            "领发票",
            "开通数电发票",
            "新办企业涉税",
        ],
        "keywords": ["新办纳税人", "税务登记", "数电发票", "税费种认定", "企业开办"],
        "summary": "新办纳税人首次办理涉税事项时，一次性办结信息确认、税费种认定、"
        "发票票种核定和数电发票开票资格等事项。",
        "conditions": (
            "已领取营业执照的新办企业、个体工商户等纳税人，法定代表人、"
            "财务负责人和办税人员已完成实名认证。"
        ),
        "legal_basis": (
            "《中华人民共和国税收征收管理法》第十五条；《中华人民共和国发票管理办法》"
            "第十五条"
        ),
        "committed_days": 0,
        "statutory_days": 1,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "国家税务总局榕城市鼓楼区税务局办税服务厅（鼓楼区湖东路158号"
        "）",
        "office_hours": _HOURS,
        "life_events": [],
        "business_events": ["startup", "tax"],
        "licence_type": None,
        "materials": [
            _business_licence(),
            _id_card("法定代表人、财务负责人、办税人员身份证明"),
            _m(
                "经营场所证明",
                "electronic",
                required=False,
                note="登记信息已共享的免于提交",
                code="premises.use-proof",
            ),
        ],
        "steps": ["实名认证", "信息确认", "税费种认定", "发票资格开通"],
        "faq": [
            {
                "q": "新公司还需要领纸质发票吗？",
                "a": "本省已全面推行数电发票，新办纳税人完成套餐式服务后即可通过电子发"
                "票服务平台开具，无需领用税控设备和纸质发票。",
            },
        ],
    },
]
