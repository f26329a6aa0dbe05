"""The catalogue page's filters, highlighting and suggestions, and the search
index kept in step with edits."""

import re

import pytest
from django.urls import reverse

from services.models import LifeEvent, Service
from services.search import query_terms, tokenize
from tests.factories import (
    DepartmentFactory,
    MaterialRequirementFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [service.name for service in response.context["page"]]


def get(client, **params):
    return client.get(reverse("services:catalogue"), params)


def test_event_filter_lists_only_services_of_that_event(client):
    birth = LifeEvent.objects.get(code="birth")
    service = ServiceFactory(name="出生登记")
    service.events.add(birth)
    service.save()  # parental many-to-many relations are written on save
    ServiceFactory(name="结婚登记")
    assert names(get(client, event="birth")) == ["出生登记"]


def test_business_audience_includes_services_for_both(client):
    ServiceFactory(name="企业设立登记", audience=Service.Audience.BUSINESS)
    ServiceFactory(name="企业信用信息查询", audience=Service.Audience.BOTH)
    ServiceFactory(name="结婚登记", audience=Service.Audience.CITIZEN)
    assert sorted(names(get(client, audience="business"))) == [
        "企业信用信息查询",
        "企业设立登记",
    ]


def test_region_and_online_level_filters(client):
    county = DepartmentFactory(region_level="county", region_name="鼓楼区")
    ServiceFactory(name="县级事项", department=county)
    ServiceFactory(name="省级事项", online_level=Service.OnlineLevel.INFO)
    assert names(get(client, region="鼓楼区")) == ["县级事项"]
    assert names(get(client, online_level="info")) == ["省级事项"]


def test_unknown_filter_values_match_nothing_without_error(client):
    ServiceFactory()
    for params in ({"audience": "aliens"}, {"event": "x" * 50}, {"region": "\x00"}):
        response = get(client, **params)
        assert response.status_code == 200
        assert names(response) == []


def test_matches_are_highlighted_and_the_link_text_is_the_name(client):
    service = ServiceFactory(name="社会保障卡申领", summary="首次申领社会保障卡。")
    content = get(client, q="社保卡").content.decode()
    link = re.search(rf'<a href="/services/{service.code}/">(.*?)</a>', content)
    assert "<mark>" in link.group(1)
    assert re.sub(r"</?mark>", "", link.group(1)) == "社会保障卡申领"


def test_highlighting_escapes_the_text(client):
    ServiceFactory(name="居住证申领", summary="<b>居住证</b>")
    content = get(client, q="居住证").content.decode()
    assert "&lt;b&gt;<mark>居住证</mark>&lt;/b&gt;" in content


def test_a_typo_gets_a_did_you_mean(client):
    ServiceFactory(name="居民身份证换领")
    response = get(client, q="身分证换领")
    assert response.context["suggestion"] == "居民身份证换领"
    assert "?q=%E5%B1%85%E6%B0%91" in response.content.decode()


def test_no_suggestion_when_every_word_matches(client):
    ServiceFactory(name="居民身份证换领")
    assert get(client, q="身份证换领").context["suggestion"] is None


def test_nothing_found_offers_popular_services(client):
    ServiceFactory(name="居民身份证换领")
    response = get(client, q="火星移民")
    assert names(response) == []
    assert [s.name for s in response.context["popular"]] == ["居民身份证换领"]


def test_strict_match_excludes_services_matching_only_part(client):
    ServiceFactory(name="企业设立登记", aliases="开公司,办营业执照")
    ServiceFactory(name="结婚登记")
    assert names(get(client, q="开公司")) == ["企业设立登记"]


def test_name_match_ranks_above_a_summary_match(client):
    ServiceFactory(code="A-0001", name="社会救助申请", summary="可凭居住证申请。")
    ServiceFactory(code="B-0001", name="居住证申领")
    assert names(get(client, q="居住证"))[0] == "居住证申领"


def test_renaming_a_service_updates_the_index(client):
    service = ServiceFactory(name="旧名称事项")
    service.name = "高龄津贴申领"
    service.save()
    assert names(get(client, q="高龄津贴")) == ["高龄津贴申领"]
    assert names(get(client, q="旧名称")) == []


def test_materials_are_searchable_after_the_service_is_saved(client):
    service = ServiceFactory(name="某项许可")
    MaterialRequirementFactory(service=service, name="消防安全检查合格证明")
    service.save()
    assert names(get(client, q="消防安全检查")) == ["某项许可"]


def test_pagination_keeps_the_filters(client):
    for n in range(25):
        ServiceFactory(name=f"登记事项{n}", audience=Service.Audience.BUSINESS)
    content = get(client, q="登记", audience="business").content.decode()
    assert "q=%E7%99%BB%E8%AE%B0&amp;audience=business&amp;page=2" in content


def test_search_index_command_rebuilds_entries(client):
    from django.core.management import call_command

    service = ServiceFactory(name="不动产转移登记")
    Service.objects.filter(pk=service.pk).update(search_terms={}, search_vector=None)
    call_command("search_reindex", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert names(get(client, q="不动产")) == ["不动产转移登记"]


def test_demo_catalogue_services_carry_their_events(client):
    from demo.catalogue_load import load_catalogue

    load_catalogue()
    assert "出生登记" in names(get(client, event="birth"))
    assert "企业设立登记" in names(get(client, event="startup"))


def test_popular_services_are_those_most_applied_for(client):
    from services.selectors import service_popular
    from tests.factories import ApplicationFactory

    quiet = ServiceFactory(code="A-0001", name="冷门事项")
    busy = ServiceFactory(code="Z-0001", name="热门事项")
    for _ in range(3):
        ApplicationFactory(service=busy)
    ApplicationFactory(service=quiet)
    assert [s.name for s in service_popular(limit=2)] == ["热门事项", "冷门事项"]


def test_the_catalogue_segments_its_domain_words_whole():
    # 施工许可 is in services/search_dict.txt; jieba's default dictionary splits it.
    assert "施工许可" in tokenize("建筑工程施工许可")
    assert "施工许可" in query_terms("施工许可")
