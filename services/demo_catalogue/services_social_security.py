"""人力资源社会保障 services: 社会保障卡 and 养老/失业保险."""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import (
    _HOURS,
    _HOURS_EXTENDED,
    Service,
    _hukou,
    _id_card,
    _m,
)

# 人力资源社会保障 -- 社保卡、养老、失业 (RS-0001..0005)
RS_SOCIAL_SECURITY_SERVICES: Final[list[Service]] = [
    {
        "code": "RS-0001",
        "name": "社会保障卡申领",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "办社保卡",
            "申请社保卡",
            "办医保卡",
            "新生儿办社保卡",
            "领电子社保卡",
        ],
        "keywords": ["社会保障卡", "社保卡", "电子社保卡", "金融账户", "一卡通"],
        "summary": "参保人员申请领取全国统一标准的社会保障卡（含金融功能），"
        "可同步签发电子社会保障卡。",
        "conditions": (
            "在本省参加社会保险或拟参保的人员，以及在本省居住的其他人员均可申领。"
            "每人限持一张有效的社会保障卡，未满十六周岁的由监护人代为申领。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第五十八条；《人力资源社会保障部关于推进社会保"
            "障卡居民服务“一卡通”的指导意见》"
        ),
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "首次申领不收费",
        "online_level": "full_online",
        "counter_address": "社会保障卡合作银行网点；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["birth", "employment", "medical"],
        "business_events": [],
        "licence_type": "SBK",
        "materials": [
            _id_card(),
            _m(
                "本人近期免冠彩色证件照",
                "electronic",
                note="可授权调用公安部门证件照片，或现场拍摄",
                code="photo.id-2inch",
            ),
        ],
        "steps": ["申请", "信息校验", "制卡", "银行激活", "领卡或邮寄"],
        "faq": [
            {
                "q": "可以即时领卡吗？",
                "a": "全省各设区市政务服务中心及部分合作银行网点设有即时制卡点，"
                "资料齐全的可当场制卡领取。",
            },
        ],
    },
    {
        "code": "RS-0002",
        "name": "社会保障卡挂失与补换",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "社保卡丢了",
            "社保卡挂失",
            "补办社保卡",
            "社保卡坏了换卡",
            "换三代社保卡",
        ],
        "keywords": ["社会保障卡", "挂失", "补卡", "换卡", "解挂"],
        "summary": "社会保障卡遗失、损坏或需换发新版卡的，办理挂失、解挂及补换卡手续。",
        "conditions": (
            "持卡人可通过电话、网上或窗口办理临时挂失，临时挂失有效期为15日。"
            "正式挂失后可申请补卡；卡片损坏或到期的可申请换卡。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第五十八条；"
        "《示范省社会保障卡管理办法》",
        "committed_days": 5,
        "statutory_days": 20,
        "fee": "补卡按规定收取工本费20元；卡片质量问题换卡及特殊困难群体免收",
        "online_level": "full_online",
        "counter_address": "社会保障卡合作银行网点；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS_EXTENDED,
        "life_events": ["medical", "employment"],
        "business_events": [],
        "licence_type": "SBK",
        "materials": [
            _id_card(),
            _m(
                "原社会保障卡",
                "original",
                required=False,
                note="换卡时交回；遗失补卡无需提供",
            ),
        ],
        "steps": ["挂失", "申请补换", "制卡", "银行激活", "领卡或邮寄"],
        "faq": [
            {
                "q": "社保卡挂失后医保还能用吗？",
                "a": "挂失期间可使用医保电子凭证或电子社保卡在定点医药机构就医购药，"
                "不影响医保待遇。",
            },
        ],
    },
    {
        "code": "RS-0003",
        "name": "失业保险金申领",
        "department": "RS",
        "service_type": "payment",
        "audience": "citizen",
        "aliases": ["领失业金", "失业补助", "失业了领钱", "申请失业保险", "失业补助金"],
        "keywords": ["失业保险", "失业金", "失业登记", "待遇"],
        "summary": "符合条件的失业人员申领失业保险金，领取期间同时享受基本医疗保险待遇"
        "。",
        "conditions": (
            "失业前用人单位和本人已经缴纳失业保险费满一年；非因本人意愿中断就业；"
            "已经进行失业登记，并有求职要求。"
        ),
        "legal_basis": "《中华人民共和国社会保险法》第四十五条、第五十条；"
        "《失业保险条例》第十四条",
        "committed_days": 5,
        "statutory_days": 10,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "参保地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "social_assistance"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "终止或者解除劳动合同的证明",
                note="用人单位已通过系统办理减员的，可免于提交",
                code="labour.termination-proof",
            ),
            _m(
                "社会保障卡",
                "electronic",
                licence_type="SBK",
                note="用于失业保险金发放，需已激活金融功能",
            ),
        ],
        "steps": ["失业登记", "申领", "受理", "审核", "待遇核定", "按月发放"],
        "faq": [
            {
                "q": "主动辞职可以领失业金吗？",
                "a": "因本人意愿中断就业（如主动辞职）的，不符合失业保险金领取条件；"
                "但可按规定申请失业补助金等其他待遇，请以当地政策为准。",
            },
        ],
    },
    {
        "code": "RS-0004",
        "name": "职工基本养老保险关系转移接续",
        "department": "RS",
        "service_type": "public",
        "audience": "citizen",
        "aliases": [
            "社保转移",
            "养老保险转移",
            "换城市工作社保怎么转",
            "社保转入",
            "社保转出",
        ],
        "keywords": ["养老保险", "转移接续", "跨省转移", "参保缴费凭证"],
        "summary": "参保人员跨统筹地区流动就业的，办理企业职工基本养老保险关系转移接续"
        "，缴费年限累计计算。",
        "conditions": (
            "参保人员在新就业地参保后，可向新参保地社会保险经办机构申请转入。"
            "转出地和转入地经办机构通过全国社会保险关系转移系统在线办理，"
            "参保人无需往返两地。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第十九条；《城镇企业职工基本养老保险关系转移接"
            "续暂行办法》（国办发〔2009〕66号）"
        ),
        "committed_days": 15,
        "statutory_days": 45,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "转入地社会保险经办机构；示范省政务服务中心C区人社综合窗口",
        "office_hours": _HOURS,
        "life_events": ["employment", "retirement", "residence"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _m(
                "基本养老保险参保缴费凭证",
                "electronic",
                shared_resource="social_security",
                note="由转出地经办机构通过全国转移系统传递，无需个人提供",
            ),
        ],
        "steps": ["转入申请", "联系函发送", "转出地审核", "基金转移", "转入地接续"],
        "faq": [
            {
                "q": "可以在手机上办理吗？",
                "a": "可以。通过国家社会保险公共服务平台、掌上12333或“一网通办”APP提交"
                "转移申请，并可实时查询办理进度。",
            },
        ],
    },
    {
        "code": "RS-0005",
        "name": "城乡居民基本养老保险参保登记",
        "department": "RS",
        "service_type": "registration",
        "audience": "citizen",
        "aliases": [
            "居民养老保险参保",
            "农村养老保险",
            "新农保",
            "交居民社保",
            "城乡居民养老",
        ],
        "keywords": ["城乡居民养老保险", "参保登记", "缴费档次"],
        "summary": "符合条件的城乡居民在户籍地参加城乡居民基本养老保险，"
        "选择缴费档次按年缴费。",
        "conditions": (
            "年满16周岁（不含在校学生），非国家机关和事业单位工作人员，"
            "且不属于职工基本养老保险覆盖范围的城乡居民，可以在户籍地参加城乡居民养老保"
            "险。"
        ),
        "legal_basis": (
            "《中华人民共和国社会保险法》第二十条、第二十二条；"
            "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"
        ),
        "committed_days": 0,
        "statutory_days": 5,
        "fee": "不收费",
        "online_level": "full_online",
        "counter_address": "户籍所在地乡镇（街道）社会保障服务站",
        "office_hours": _HOURS,
        "life_events": ["retirement"],
        "business_events": [],
        "licence_type": None,
        "materials": [
            _id_card(),
            _hukou(required=False, note="人口库可核验户籍信息的免于提交"),
        ],
        "steps": ["申请", "信息核验", "参保登记", "缴费"],
        "faq": [
            {
                "q": "城乡居民养老保险每年交多少钱？",
                "a": "本省设置100元至5000元多个缴费档次，参保人自主选择，多缴多得，"
                "政府按档次给予相应缴费补贴。",
            },
        ],
    },
]
