import pytest
from django.urls import reverse

from tests.factories import MaterialRequirementFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_catalogue_lists_services_with_links_to_guides(client):
    service = ServiceFactory(name="居住证申领")
    response = client.get(reverse("services:catalogue"))
    content = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="/services/{service.code}/">居住证申领</a>' in content


def test_catalogue_search_filters_by_name_and_alias(client):
    ServiceFactory(name="企业设立登记", aliases="开公司,办营业执照")
    ServiceFactory(name="结婚登记")
    response = client.get(reverse("services:catalogue"), {"q": "开公司"})
    names = [s.name for s in response.context["page"]]
    assert names == ["企业设立登记"]


def test_catalogue_survives_absurd_input(client):
    response = client.get(
        reverse("services:catalogue"),
        {"q": "'\x00" * 500, "page": "99999", "department": "<script>"},
    )
    assert response.status_code == 200


def test_inactive_services_are_hidden(client):
    service = ServiceFactory(is_active=False)
    assert (
        service.name not in client.get(reverse("services:catalogue")).content.decode()
    )
    assert client.get(service.get_absolute_url()).status_code == 404


def test_guide_marks_materials_fetched_by_the_platform(client):
    material = MaterialRequirementFactory(
        name="居民身份证", shared_resource="population"
    )
    MaterialRequirementFactory(service=material.service, name="申请书")
    response = client.get(material.service.get_absolute_url())
    content = response.content.decode()
    assert "无需提交" in content
    assert "申请书" in content
    assert (
        reverse("applications:apply", kwargs={"code": material.service.code}) in content
    )


def test_unknown_service_code_is_404(client):
    assert client.get("/services/NO-SUCH-CODE/").status_code == 404


def test_guide_in_english(client):
    service = ServiceFactory()
    response = client.get(f"/en{service.get_absolute_url()}")
    assert response.status_code == 200
    assert "Apply online" in response.content.decode()


def test_guide_time_limits_are_translated_for_any_count(client):
    service = ServiceFactory(committed_days=1, statutory_days=20)
    content = client.get(service.get_absolute_url()).content.decode()
    assert "1 个工作日" in content
    assert "20 个工作日" in content
    assert "working day" not in content
