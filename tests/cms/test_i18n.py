import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_news(home, news_section):
    locale = Locale.objects.get(language_code="en")
    english_home = home.copy_for_translation(locale)
    english_home.title = "Home"
    english_home.save_revision().publish()
    section = news_section.copy_for_translation(locale)
    section.title = "Latest news"
    section.save_revision().publish()
    return section


def test_english_locale_exists():
    assert Locale.objects.filter(language_code="en").exists()


def test_english_page_under_en_and_chinese_at_root(client, english_news):
    english = client.get("/en/news/").content.decode()
    chinese = client.get("/news/").content.decode()
    assert "<h1>Latest news</h1>" in english
    assert '<html lang="en"' in english
    assert "<h1>新闻动态</h1>" in chinese


def test_language_switch_goes_to_the_translation(client, english_news):
    assert 'href="/en/news/"' in client.get("/news/").content.decode()
    assert 'href="/news/"' in client.get("/en/news/").content.decode()


def test_language_switch_without_translation_goes_to_the_other_home(client, article):
    assert 'href="/en/" lang="en"' in client.get(article.url).content.decode()


@pytest.mark.parametrize(
    "url", ["/services/", "/en/services/", "/verify/", "/en/verify/"]
)
def test_other_portal_pages_still_work(client, home, url):
    assert client.get(url).status_code == 200


def test_menus_from_site_settings_in_both_languages(client, home):
    from wagtail.models import Site

    from cms.models import SiteChrome

    chrome = SiteChrome(site=Site.objects.get(is_default_site=True))
    chrome.main_menu = [
        ("link", {"label": "政策文件", "label_en": "Policies", "url": "/policies/"})
    ]
    chrome.footer_columns = [
        (
            "column",
            {
                "title": "帮助",
                "title_en": "Help",
                "links": [
                    {"label": "全站搜索", "label_en": "Search", "url": "/search/"}
                ],
            },
        )
    ]
    chrome.icp_number = "示ICP备20260001号-1"
    chrome.save()
    chinese = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert '<a href="/policies/">政策文件</a>' in chinese
    assert '<a href="/search/">全站搜索</a>' in chinese
    assert "示ICP备20260001号-1" in chinese
    assert '<a href="/en/policies/">Policies</a>' in english
    assert '<a href="/en/search/">Search</a>' in english
