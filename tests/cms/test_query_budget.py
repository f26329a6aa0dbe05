"""Anonymous page views on a full-page cache miss stay within six queries once
the fragment caches are warm (each test purges the page cache before the
measured request, so that it is rendered, not served from the cache)."""

import pytest

from cms.pagecache import HEADER, purge

pytestmark = pytest.mark.django_db


def test_home_page_query_budget(
    client, home, article, notice_section, service, django_assert_max_num_queries
):
    client.get("/")
    with django_assert_max_num_queries(6):
        purge()
        response = client.get("/")
    assert response.status_code == 200
    assert response[HEADER] == "miss"


def test_news_article_query_budget(client, article, django_assert_max_num_queries):
    client.get(article.url)
    with django_assert_max_num_queries(6):
        purge()
        response = client.get(article.url)
    assert response.status_code == 200
    assert response[HEADER] == "miss"


def test_policy_page_query_budget(client, policy, django_assert_max_num_queries):
    client.get(policy.url)
    with django_assert_max_num_queries(6):
        purge()
        response = client.get(policy.url)
    assert response.status_code == 200
    assert response[HEADER] == "miss"
