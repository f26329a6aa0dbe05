"""Builder shared by the business-side catalogue modules (``services_biz_*``).

The business catalogue is large (~90 items) and most fields repeat per
department (counter, office hours, fee, audience), so each item is written as a
call to :func:`_biz`, which fills those defaults and returns a plain
:class:`~._helpers.Service` record; ``validate()`` in the package then checks it
like any other service. Sequence numbers 0101-0199 are reserved for these
modules in every department, so codes never collide with the citizen side
(0201-0299) or the original catalogue (0001-0099).
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import _HOURS, FAQ, Material, Service
from services.demo_catalogue.labels import Audience, OnlineLevel, ServiceType

# Default counter per department; the original catalogue uses the same halls.
_COUNTERS: Final[dict[str, str]] = {
    "SCJG": "示范省政务服务中心A区市场监管窗口（榕城市鼓楼区政务路1号）",
    "YJ": "示范省政务服务中心B区药品监管窗口（榕城市鼓楼区政务路1号）",
    "SW": "国家税务总局榕城市鼓楼区税务局办税服务厅（鼓楼区湖东路158号）",
    "ZJ": "榕城市行政服务中心工程建设项目审批专区（榕城市台江区望龙二路1号）",
    "ZR": "示范省政务服务中心D区自然资源窗口（榕城市鼓楼区政务路1号）",
    "JT": "示范省政务服务中心D区交通运输窗口（榕城市鼓楼区政务路1号）",
    "HB": "示范省政务服务中心D区生态环境窗口（榕城市鼓楼区政务路1号）",
    "RCSP": "榕城市行政服务中心二层综合受理窗口（榕城市台江区望龙二路1号）",
    "LDSP": "鹭岛市市民服务中心一层综合受理区（鹭岛市湖滨南路88号）",
}

#: 不动产登记 items are handled at the city registration centre, not the hall.
_BDC_COUNTER: Final = "榕城市不动产登记中心（榕城市台江区江滨中大道66号）"

# Common procedure shapes (tuples, so no record shares a mutable list).
_STEPS_LICENCE: Final = ("网上申请", "受理", "审查", "许可决定", "制证送达")
_STEPS_SITE: Final = (
    "网上申请",
    "受理",
    "材料审查",
    "现场核查",
    "许可决定",
    "制证送达",
)
_STEPS_FILING: Final = ("网上填报", "信息核验", "备案完成", "结果推送")
_STEPS_TAX: Final = ("登录电子税务局", "填报信息", "系统校验", "办结反馈")


def _biz(  # noqa: PLR0913
    code: str,
    name: str,
    *,
    aliases: list[str],
    keywords: list[str],
    summary: str,
    conditions: str,
    legal_basis: str,
    days: tuple[int, int],
    events: list[str],
    materials: list[Material],
    faq: list[tuple[str, str]],
    steps: tuple[str, ...] | list[str] = _STEPS_LICENCE,
    service_type: ServiceType = "licence",
    audience: Audience = "business",
    online_level: OnlineLevel = "full_online",
    fee: str = "不收费",
    counter_address: str = "",
    office_hours: str = _HOURS,
    life_events: list[str] | None = None,
    licence_type: str | None = None,
) -> Service:
    """Build one business-side 政务服务事项 record.

    ``days`` is ``(committed, statutory)`` in working days; ``events`` are
    business-event keys; ``faq`` is a list of ``(question, answer)`` pairs.
    The department is taken from the code prefix so the two never disagree.
    """
    department = code.partition("-")[0]
    committed, statutory = days
    faqs: list[FAQ] = [{"q": q, "a": a} for q, a in faq]
    return {
        "code": code,
        "name": name,
        "department": department,
        "service_type": service_type,
        "audience": audience,
        "aliases": list(aliases),
        "keywords": list(keywords),
        "summary": summary,
        "conditions": conditions,
        "legal_basis": legal_basis,
        "committed_days": committed,
        "statutory_days": statutory,
        "fee": fee,
        "online_level": online_level,
        "counter_address": counter_address or _COUNTERS[department],
        "office_hours": office_hours,
        "life_events": list(life_events or []),
        "business_events": list(events),
        "licence_type": licence_type,
        "materials": materials,
        "steps": list(steps),
        "faq": faqs,
    }
