"""The public service catalogue over HTTP: ``GET /api/v1/services`` (list and
search, paginated) and ``GET /api/v1/services/{code}`` (one service's guide).

Same filters and the same ranking as the /services/ page (``selectors``);
anonymous and read-only. Out-of-range pages answer an empty ``results`` list with
the true ``count``, so a client can tell "past the end" from "no match".
"""

import re
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Field, NinjaAPI, Query, Router, Schema

from common.converters import CodeConverter
from services import selectors
from services.models import Service

MAX_PAGE_SIZE = 100

router = Router(tags=["services"])


class DepartmentOut(Schema):
    code: str
    name: str
    region_level: str = Field(description="province, city or county")
    region_name: str


class ServiceOut(Schema):
    code: str
    name: str
    department: DepartmentOut
    service_type: str = Field(description=", ".join(Service.ServiceType.values))
    audience: str = Field(description=", ".join(Service.Audience.values))
    online_level: str = Field(description=", ".join(Service.OnlineLevel.values))
    committed_days: int = Field(description="Committed time limit, working days.")
    statutory_days: int = Field(description="Statutory time limit, working days.")
    fee: str
    url: str = Field(description="The guide page.")


class MaterialOut(Schema):
    name: str
    form: str
    quantity: int
    required: bool
    obtained_by_platform: bool = Field(
        description="True when the platform fetches it (e-licence or registry): "
        "the applicant does not submit it."
    )


class ServiceDetailOut(ServiceOut):
    aliases: list[str]
    summary: str
    conditions: str
    legal_basis: str
    steps: list[str]
    counter_address: str
    office_hours: str
    materials: list[MaterialOut]


class ServicePage(Schema):
    count: int
    page: int
    page_size: int
    results: list[ServiceOut]


class ServiceFilters(Schema):
    q: str = Field("", max_length=100, description="Words, Chinese or English.")
    department: str = Field("", max_length=10, description="Department code.")
    event: str = Field("", max_length=30, description="Life or business event code.")
    audience: Literal["", "citizen", "business"] = ""
    region: str = Field("", max_length=50, description="Region name.")
    online_level: Literal["", "info", "download", "online", "full_online"] = ""
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE)


def _service_out(service: Service) -> dict:
    return {
        "code": service.code,
        "name": service.name,
        "department": service.department,
        "service_type": service.service_type,
        "audience": service.audience,
        "online_level": service.online_level,
        "committed_days": service.committed_days,
        "statutory_days": service.statutory_days,
        "fee": service.fee,
        "url": service.get_absolute_url(),
    }


@router.get("", response=ServicePage, summary="List and search services")
def service_list(request: HttpRequest, filters: Query[ServiceFilters]) -> dict:
    data = filters.dict()
    page, page_size = data.pop("page"), data.pop("page_size")
    query = data.pop("q")
    services = selectors.service_search(query=query, **data)
    start = (page - 1) * page_size
    rows = list(services[start : start + page_size])
    return {
        "count": services.count(),
        "page": page,
        "page_size": page_size,
        "results": [_service_out(service) for service in rows],
    }


CODE = re.compile(CodeConverter.regex)


@router.get("/{code}", response=ServiceDetailOut, summary="One service's guide")
def service_detail(request: HttpRequest, code: str) -> dict:
    # The same codes as the guide page's URL accepts; anything else (a NUL byte,
    # 10 KB, emoji) is no service, before the database sees it.
    if not CODE.fullmatch(code):
        raise Http404("No such service")
    service = selectors.service_get(code=code)
    return {
        **_service_out(service),
        "aliases": [a for a in service.aliases.split(",") if a],
        "summary": service.summary,
        "conditions": service.conditions,
        "legal_basis": service.legal_basis,
        "steps": [step.value for step in service.steps],
        "counter_address": service.counter_address,
        "office_hours": service.office_hours,
        "materials": [
            {
                "name": m.name,
                "form": m.form,
                "quantity": m.quantity,
                "required": m.required,
                "obtained_by_platform": m.obtained_by_platform,
            }
            for m in service.materials.all()
        ],
    }


def register(api: NinjaAPI, prefix: str = "/services") -> None:
    api.add_router(prefix, router)
