"""Dataset builders: one per open dataset, in a registry keyed by slug.

A builder carries the dataset's metadata (titles, publisher, theme, update cycle,
field dictionary) and a ``records`` function yielding one dict per row with the
field names as keys, in a stable order, so that unchanged data gives byte-identical
files (``opendata.publishing`` relies on that to skip unchanged releases). Builders
only read, through ``applications.aggregates`` and ``services.selectors``; nothing
about applicants is exported, and application counts below ``SUPPRESS_BELOW`` are
shown as ``"<3"``.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from applications import aggregates
from services import selectors as catalogue_selectors

# Counts of 1 or 2 could point at one identifiable applicant in a small county;
# they are published as a band instead (0 is safe and kept).
SUPPRESS_BELOW = 3
SUPPRESSED = f"<{SUPPRESS_BELOW}"

LICENCE_NAME = "知识共享署名 4.0 国际许可协议（CC BY 4.0）"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def portal_operator() -> str:
    return getattr(settings, "OPENDATA_PUBLISHER", "示范省人民政府办公厅")


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # string, integer, boolean, month (YYYY-MM), url
    title: str
    title_en: str
    description: str = ""

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "type": self.type,
            "title": self.title,
            "title_en": self.title_en,
            "description": self.description,
        }


@dataclass(frozen=True)
class Builder:
    slug: str
    title: str
    title_en: str
    description: str
    description_en: str
    theme: str
    update_cycle: str
    fields: tuple[Field, ...]
    records: Callable[[], Iterator[dict]]
    publisher: Callable[[], str] = portal_operator
    sort_order: int = 0
    field_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_names", tuple(f.name for f in self.fields))


REGISTRY: dict[str, Builder] = {}


def register(builder: Builder) -> Builder:
    REGISTRY[builder.slug] = builder
    return builder


def suppress(count: int) -> int | str:
    return SUPPRESSED if 0 < count < SUPPRESS_BELOW else count


def _guide_url(code: str) -> str:
    # Chinese (unprefixed) URL whatever language the run happens to have active.
    with translation.override(settings.LANGUAGE_CODE):
        return settings.PORTAL_BASE_URL + reverse("services:guide", args=[code])


def _service_records() -> Iterator[dict]:
    for service in catalogue_selectors.service_catalogue_rows().iterator(
        chunk_size=500
    ):
        department = service.department
        yield {
            "service_code": service.code,
            "service_name": service.name,
            "department_code": department.code,
            "department_name": department.name,
            "region_level": department.region_level,
            "region_name": department.region_name,
            "service_type": service.service_type,
            "audience": service.audience,
            "online_level": service.online_level,
            "committed_days": service.committed_days,
            "statutory_days": service.statutory_days,
            "fee": service.fee,
            "material_count": service.material_count,
            "shared_material_count": service.shared_material_count,
            "materials_via_sharing": service.shared_material_count > 0,
            "guide_url": _guide_url(service.code),
        }


def _month(value) -> str:
    return value.strftime("%Y-%m")


def _counts(row: dict) -> dict:
    return {
        key: suppress(row[key])
        for key in ("submitted", "accepted", "approved", "rejected")
    }


def _by_service_records() -> Iterator[dict]:
    for row in aggregates.application_monthly_by_service().iterator(chunk_size=500):
        yield {
            "month": _month(row["month"]),
            "service_code": row["service__code"],
            "service_name": row["service__name"],
            "department_code": row["service__department__code"],
            "department_name": row["service__department__name"],
            **_counts(row),
        }


def _by_department_records() -> Iterator[dict]:
    rows = aggregates.application_monthly_by_department()
    for row in rows.iterator(chunk_size=500):
        yield {
            "month": _month(row["month"]),
            "department_code": row["service__department__code"],
            "department_name": row["service__department__name"],
            **_counts(row),
        }


_MONTH = Field(
    "month", "month", "统计月份", "Month", "YYYY-MM，按申请提交时间（北京时间）计"
)
_DEPT_CODE = Field("department_code", "string", "部门代码", "Department code")
_DEPT_NAME = Field("department_name", "string", "实施部门", "Department")
_SERVICE_CODE = Field("service_code", "string", "事项编码", "Service code")
_SERVICE_NAME = Field("service_name", "string", "事项名称", "Service name")
_NOTE = "当月提交的办件中；1至2件显示为“<3”"
_COUNTS = (
    Field("submitted", "integer", "申请件数", "Applications submitted", _NOTE),
    Field("accepted", "integer", "受理件数", "Applications accepted", _NOTE),
    Field("approved", "integer", "办结准予件数", "Applications approved", _NOTE),
    Field("rejected", "integer", "不予许可件数", "Applications rejected", _NOTE),
)

SERVICE_CATALOGUE = register(
    Builder(
        slug="service-catalogue",
        title="政务服务事项目录",
        title_en="Government service catalogue",
        description="全省在用的政务服务事项，含实施部门、办理时限、收费、"
        "网办深度及申请材料数量（其中可通过数据共享或电子证照免交的材料数）。",
        description_en="Every active government service with its department, "
        "time limits, fees, online level and the number of materials required "
        "(and how many the portal obtains itself through data sharing).",
        theme="government_services",
        update_cycle="daily",
        sort_order=10,
        fields=(
            _SERVICE_CODE,
            _SERVICE_NAME,
            _DEPT_CODE,
            _DEPT_NAME,
            Field(
                "region_level",
                "string",
                "区划层级",
                "Region level",
                "province 省级 / city 市级 / county 县级",
            ),
            Field("region_name", "string", "行政区划", "Region"),
            Field(
                "service_type",
                "string",
                "事项类型",
                "Service type",
                "licence 行政许可 / confirmation 行政确认 / payment 行政给付 / "
                "public 公共服务 / registration 登记备案",
            ),
            Field(
                "audience",
                "string",
                "服务对象",
                "Audience",
                "citizen 自然人 / business 法人 / both 自然人和法人",
            ),
            Field(
                "online_level",
                "string",
                "网办深度",
                "Online level",
                "info 信息公开 / download 表格下载 / online 在线申请 / "
                "full_online 全程网办",
            ),
            Field("committed_days", "integer", "承诺时限（工作日）", "Committed days"),
            Field("statutory_days", "integer", "法定时限（工作日）", "Statutory days"),
            Field("fee", "string", "收费标准", "Fee", "空值表示不收费"),
            Field("material_count", "integer", "申请材料数", "Materials required"),
            Field(
                "shared_material_count",
                "integer",
                "共享获取材料数",
                "Materials obtained via sharing",
                "通过电子证照或数据共享获取、申请人无需提交的材料数",
            ),
            Field(
                "materials_via_sharing",
                "boolean",
                "是否有共享获取材料",
                "Any material obtained via sharing",
            ),
            Field("guide_url", "url", "办事指南网址", "Guide page URL"),
        ),
        records=_service_records,
    )
)

APPLICATIONS_BY_SERVICE = register(
    Builder(
        slug="applications-monthly-by-service",
        title="政务服务办件月度统计（按事项）",
        title_en="Monthly application statistics by service",
        description="各事项每月的申请、受理、准予和不予许可件数。"
        "只含汇总数，不含任何申请人信息；1至2件的单元格显示为“<3”。",
        description_en="Applications submitted, accepted, approved and rejected "
        "per service and month. Counts only, never applicant data; cells of 1 or "
        '2 are shown as "<3".',
        theme="statistics",
        update_cycle="daily",
        sort_order=20,
        fields=(_MONTH, _SERVICE_CODE, _SERVICE_NAME, _DEPT_CODE, _DEPT_NAME) + _COUNTS,
        records=_by_service_records,
    )
)

APPLICATIONS_BY_DEPARTMENT = register(
    Builder(
        slug="applications-monthly-by-department",
        title="政务服务办件月度统计（按部门）",
        title_en="Monthly application statistics by department",
        description="各部门每月的申请、受理、准予和不予许可件数。"
        "只含汇总数；1至2件的单元格显示为“<3”。",
        description_en="Applications submitted, accepted, approved and rejected "
        "per department and month. Counts only; cells of 1 or 2 are shown as "
        '"<3".',
        theme="statistics",
        update_cycle="daily",
        sort_order=30,
        fields=(_MONTH, _DEPT_CODE, _DEPT_NAME) + _COUNTS,
        records=_by_department_records,
    )
)
