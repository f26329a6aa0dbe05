"""GET /api/v1/services and /api/v1/services/{code}."""

import pytest

from services.models import MaterialRequirement, Service
from tests.factories import MaterialRequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/services"


def test_list_is_paginated_with_the_total_count(client):
    for n in range(5):
        ServiceFactory(code=f"T-{n:04d}")
    body = client.get(URL, {"page": 2, "page_size": 2}).json()
    assert body["count"] == 5
    assert [s["code"] for s in body["results"]] == ["T-0002", "T-0003"]
    assert body["results"][0]["url"] == "/services/T-0002/"


def test_search_uses_the_catalogue_ranking(client):
    ServiceFactory(name="企业设立登记", aliases="开公司")
    ServiceFactory(name="结婚登记")
    body = client.get(URL, {"q": "开公司"}).json()
    assert [s["name"] for s in body["results"]] == ["企业设立登记"]


def test_filters_apply(client):
    ServiceFactory(name="企业事项", audience=Service.Audience.BUSINESS)
    ServiceFactory(name="个人事项")
    body = client.get(URL, {"audience": "business"}).json()
    assert [s["name"] for s in body["results"]] == ["企业事项"]


def test_page_past_the_end_is_empty_not_an_error(client):
    ServiceFactory()
    body = client.get(URL, {"page": 999}).json()
    assert body == {"count": 1, "page": 999, "page_size": 20, "results": []}


@pytest.mark.parametrize(
    "params",
    [{"page_size": 1000}, {"page": 0}, {"audience": "aliens"}, {"q": "x" * 500}],
)
def test_invalid_parameters_are_422(client, params):
    assert client.get(URL, params).status_code == 422


def test_detail_lists_materials_and_what_the_platform_fetches(client):
    service = ServiceFactory(name="食品经营许可证核发")
    MaterialRequirementFactory(service=service, name="申请书")
    MaterialRequirementFactory(
        service=service,
        name="营业执照",
        form=MaterialRequirement.Form.ELECTRONIC,
        licence_type=service.licence_type,
    )
    body = client.get(f"{URL}/{service.code}").json()
    assert body["name"] == "食品经营许可证核发"
    assert [(m["name"], m["obtained_by_platform"]) for m in body["materials"]] == [
        ("申请书", False),
        ("营业执照", True),
    ]


def test_unknown_or_inactive_code_is_404(client):
    hidden = ServiceFactory(is_active=False)
    assert client.get(f"{URL}/NOPE-0001").status_code == 404
    assert client.get(f"{URL}/{hidden.code}").status_code == 404


def test_schema_documents_the_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/services" in paths
    assert "/api/v1/services/{code}" in paths
