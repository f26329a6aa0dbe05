import pytest

from cms.search import segment
from services.selectors import service_search
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_search_finds_pages_and_services(client, article):
    service = ServiceFactory(name="政务服务事项申报")
    content = client.get("/search/", {"q": "政务服务"}).content.decode()
    assert article.url in content
    assert f'href="/services/{service.code}/"' in content


def test_search_without_query_shows_the_form(client, home):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_search_ignores_unpublished_pages(client, article):
    article.unpublish()
    assert article.url not in client.get("/search/", {"q": "政务服务"}).content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "政务\x00服务"},
        {"q": "\x00"},
        {"q": "办" * 1000},
        {"q": "政务服务", "page": "99999"},
        {"q": "政务服务", "page": "abc"},
        {"q": "' OR 1=1 --"},
        {"q": "AND OR NOT ( )"},
    ],
)
def test_search_never_fails(client, article, params):
    assert client.get("/search/", params).status_code == 200


def test_english_search_is_available(client, home):
    assert client.get("/en/search/", {"q": "news"}).status_code == 200


def test_page_text_is_segmented_alike_before_and_after_a_catalogue_search(db):
    text = "本站发布建筑工程施工许可办理指南"
    before = segment(text)
    list(service_search(query="施工许可"))
    after = segment(text)
    assert after == before
    # A word of the catalogue's own dictionary (services/search_dict.txt) that
    # jieba's default dictionary splits.
    assert "施工许可" not in after.split()
    assert {"施工", "许可"} <= set(after.split())
