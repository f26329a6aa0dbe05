"""The full-page cache: anonymous visitors get cached public pages; nobody with a
session is served from it; publishing and catalogue edits purge it."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from cms.pagecache import HEADER, _storable, purge
from tests.cms.conftest import add_child
from tests.factories import MaterialRequirementFactory, ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_second_anonymous_view_of_a_guide_is_a_hit(client):
    service = ServiceFactory()
    first = client.get(service.get_absolute_url())
    second = client.get(service.get_absolute_url())
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content


def test_guide_page_miss_makes_at_most_six_queries(
    client, django_assert_max_num_queries
):
    service = ServiceFactory()
    MaterialRequirementFactory(service=service)
    MaterialRequirementFactory(service=service, licence_type=service.licence_type)
    client.get(service.get_absolute_url())
    purge()
    with django_assert_max_num_queries(6):
        response = client.get(service.get_absolute_url())
    assert response[HEADER] == "miss"


def test_signed_in_users_are_never_served_or_stored(client):
    service = ServiceFactory()
    client.get(service.get_absolute_url())  # stored for anonymous visitors
    client.force_login(UserFactory())
    response = client.get(service.get_absolute_url())
    assert HEADER not in response
    assert reverse("account_logout") in response.content.decode()
    client.logout()
    anonymous = client.get(service.get_absolute_url())
    assert reverse("account_logout") not in anonymous.content.decode()


def test_editing_a_service_purges_its_guide(client):
    service = ServiceFactory(fee="不收费")
    client.get(service.get_absolute_url())
    service.fee = "工本费20元"
    service.save()
    response = client.get(service.get_absolute_url())
    assert response[HEADER] == "miss"
    assert "工本费20元" in response.content.decode()


def test_adding_a_material_purges_the_guide(client):
    service = ServiceFactory()
    client.get(service.get_absolute_url())
    MaterialRequirementFactory(service=service, name="消防验收意见书")
    assert "消防验收意见书" in client.get(service.get_absolute_url()).content.decode()


def test_publishing_a_page_purges_the_home_page(client, home, news_section):
    from cms.models import ArticlePage

    client.get("/")
    assert client.get("/")[HEADER] == "hit"
    add_child(
        news_section,
        ArticlePage(title="全省政务服务大厅延时服务", slug="late", summary="延时"),
    )
    response = client.get("/")
    assert response[HEADER] == "miss"
    assert "全省政务服务大厅延时服务" in response.content.decode()


def test_languages_and_elder_mode_are_cached_apart(client, home):
    chinese = client.get("/")
    english = client.get("/en/")
    client.cookies["elder_mode"] = "1"
    elder = client.get("/")
    assert english[HEADER] == "miss"
    assert elder[HEADER] == "miss"
    assert b'class="elder' in elder.content or b"elder" in elder.content
    assert chinese.content != english.content


@pytest.mark.parametrize(
    "path",
    [
        "/my/",
        "/verify/",
        "/api/v1/services",
        "/healthz/",
        "/accounts/login/",
        # The OpenID Connect provider's error page for an unknown client.
        "/identity/o/authorize?client_id=unknown&prompt=none",
    ],
)
def test_private_and_per_request_paths_are_never_cached(client, path):
    client.get(path)
    assert HEADER not in client.get(path)


def test_requests_with_credentials_are_never_served_or_stored(client):
    service = ServiceFactory()
    client.get(service.get_absolute_url())  # stored for anonymous visitors

    response = client.get(
        service.get_absolute_url(), headers={"Authorization": "Bearer some-token"}
    )

    assert HEADER not in response


def test_search_results_are_cached_per_query(client):
    ServiceFactory(name="居住证申领")
    ServiceFactory(name="结婚登记")
    catalogue = reverse("services:catalogue")
    client.get(catalogue, {"q": "居住证"})
    marriage = client.get(catalogue, {"q": "结婚"})
    assert marriage[HEADER] == "miss"
    assert [s.name for s in marriage.context["page"]] == ["结婚登记"]


def test_a_response_using_the_csrf_token_or_setting_a_cookie_is_not_stored():
    from django.http import HttpResponse

    request = RequestFactory().get("/")
    request.META["CSRF_COOKIE_USED"] = True
    assert not _storable(request, HttpResponse("x"))
    response = HttpResponse("x")
    response.set_cookie("a", "b")
    assert not _storable(RequestFactory().get("/"), response)
    assert _storable(RequestFactory().get("/"), HttpResponse("x"))


@pytest.mark.urls("tests.citizen_portal.csp_urls")
def test_page_that_used_the_csp_nonce_is_not_stored(client):
    # A stored copy would carry a nonce that later requests' headers do not name.
    first = client.get("/csp-test/inline-script/")
    second = client.get("/csp-test/inline-script/")
    assert HEADER not in first
    assert HEADER not in second
    assert first.content != second.content
