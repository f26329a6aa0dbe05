import pytest

pytestmark = pytest.mark.django_db


def test_rss_feed_lists_the_news(client, article):
    response = client.get("/feeds/news/")
    content = response.content.decode()
    assert response["Content-Type"].startswith("application/rss+xml")
    assert article.title in content
    assert f"http://testserver{article.url}" in content


def test_rss_feed_is_linked_from_pages(client, home):
    content = client.get("/").content.decode()
    assert 'rel="alternate" type="application/rss+xml"' in content
    assert 'href="/feeds/news/"' in content


def test_rss_feed_without_news_section_is_empty(client, home):
    assert client.get("/feeds/news/").status_code == 200


def test_sitemap_lists_pages_and_service_guides(client, article, service):
    response = client.get("/sitemap.xml")
    content = response.content.decode()
    assert response.status_code == 200
    assert f"{article.url}</loc>" in content
    assert f"/services/{service.code}/</loc>" in content
