"""Shared builder and text fragments for the ``services_citizen_*`` modules.

The citizen-side catalogue modules describe many similar 政务服务事项; writing each
one as a full ``Service`` dict literal would push every module far past the
400-line limit. :func:`_service` fills in the fields that are always the same
for a citizen item (audience, empty business events) and turns ``(question,
answer)`` pairs into FAQ records, so each module only states what differs.
"""

from __future__ import annotations

from typing import Final

from services.demo_catalogue._helpers import _HOURS, Material, Service, _m
from services.demo_catalogue.labels import Audience, OnlineLevel, ServiceType

# Procedure templates (办理流程) shared by many items.
_STEPS_SIMPLE: Final = ["申请", "受理", "审核", "办结"]
_STEPS_ONLINE: Final = ["网上申请", "在线预审", "审核", "办结", "结果送达"]
_STEPS_ALLOWANCE: Final = ["申请", "受理", "入户调查", "审核公示", "审批", "发放"]
_STEPS_CERTIFICATE: Final = ["申请", "受理", "审核", "制证", "领取或邮寄"]

# Counters (窗口) -- invented addresses in the fictional province.
_PCS: Final = "户籍所在地公安派出所户政窗口；榕城市鼓楼区政务服务中心公安综合窗口"
_CGS: Final = (
    "榕城市公安局交警支队车辆管理所（榕城市仓山区城门路8号）；各区县车驾管服务站"
)
_CRJ: Final = (
    "榕城市公安局出入境管理支队受理大厅（榕城市鼓楼区华林路88号）；各区县出入境窗口"
)
_RS: Final = (
    "参保地或户籍地人社服务窗口；示范省政务服务中心C区人社综合窗口（榕城市鼓"
    "楼区政务路1号）"
)
_WJ: Final = "户籍所在地或现居住地乡镇（街道）卫生健康服务窗口；社区卫生服务中心"
_YB: Final = "参保地医疗保障经办机构；示范省政务服务中心C区医保窗口"
_MZ: Final = "户籍所在地乡镇人民政府（街道办事处）社会救助窗口；县（区）民政局"
_HY: Final = "榕城市婚姻登记中心（榕城市鼓楼区东街128号）；各县（区）婚姻登记处"
_JY: Final = "县（区）教育局招生服务窗口；示范省政务服务中心D区教育窗口"
_GJJ: Final = "示范省住房公积金管理中心服务大厅（榕城市鼓楼区五四路158号）"
_SF: Final = "县（区）公共法律服务中心；示范省政务服务中心D区司法窗口"
_CL: Final = "户籍所在地县（区）残疾人联合会；榕城市台江区政务服务中心残联窗口"


def _sbk(
    name: str = "社会保障卡", *, required: bool = True, note: str = ""
) -> Material:
    """社会保障卡 -- verified against the social security registry."""
    return _m(
        name,
        "original",
        required=required,
        shared_resource="social_security",
        note=note,
    )


def _health(name: str, *, required: bool = True, note: str = "") -> Material:
    """A record the health card registry (电子健康档案) already holds."""
    return _m(
        name, "electronic", required=required, shared_resource="health_card", note=note
    )


def _licence(
    name: str, code: str, *, required: bool = True, note: str = ""
) -> Material:
    """An e-licence fetched from the licence library instead of paper."""
    if not note:
        note = "通过电子证照库自动调取，无需提交纸质材料"
    return _m(name, "electronic", required=required, licence_type=code, note=note)


def _service(  # noqa: PLR0913
    code: str,
    name: str,
    *,
    kind: ServiceType,
    aliases: list[str],
    keywords: list[str],
    summary: str,
    conditions: str,
    basis: str,
    days: tuple[int, int],
    online: OnlineLevel,
    where: str,
    events: list[str],
    materials: list[Material],
    faq: list[tuple[str, str]],
    steps: list[str] = _STEPS_SIMPLE,
    fee: str = "不收费",
    hours: str = _HOURS,
    licence: str | None = None,
    audience: Audience = "citizen",
) -> Service:
    """Build one citizen 政务服务事项; ``days`` is (committed, statutory)."""
    committed, statutory = days
    return {
        "code": code,
        "name": name,
        "department": code.partition("-")[0],
        "service_type": kind,
        "audience": audience,
        "aliases": list(aliases),
        "keywords": list(keywords),
        "summary": summary,
        "conditions": conditions,
        "legal_basis": basis,
        "committed_days": committed,
        "statutory_days": statutory,
        "fee": fee,
        "online_level": online,
        "counter_address": where,
        "office_hours": hours,
        "life_events": list(events),
        "business_events": [],
        "licence_type": licence,
        "materials": materials,
        "steps": list(steps),
        "faq": [{"q": q, "a": a} for q, a in faq],
    }
