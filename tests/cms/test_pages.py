import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.models import ArticlePage, PolicyAttachment
from tests.cms.conftest import add_child
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_article_page_renders_its_fields_and_body_blocks(client, article):
    content = client.get(article.url).content.decode()
    assert "<h1>全省政务服务工作会议召开</h1>" in content
    assert "2026-11-01" in content
    assert "省政务服务中心" in content
    assert "<h2>会议要求</h2>" in content
    assert "进一步提升网上办事便利度" in content
    assert '<blockquote class="block-quote">' in content


def test_service_call_to_action_block_links_to_the_guide(client, make_article):
    page = make_article(
        body=[
            {
                "type": "service_cta",
                "value": {"service_code": "JZZ-001", "label": "立即办理", "text": ""},
            }
        ]
    )
    assert 'href="/services/JZZ-001/"' in client.get(page.url).content.decode()


def test_policy_page_shows_number_body_dates_and_attachment(client, policy):
    document = get_document_model().objects.create(
        title="正式文本", file=ContentFile(b"%PDF-1.4 test", name="policy.pdf")
    )
    PolicyAttachment.objects.create(page=policy, document=document)
    content = client.get(policy.url).content.decode()
    assert "示政办〔2026〕12号" in content
    assert "示范省人民政府办公厅" in content
    assert "2026-03-15" in content
    assert "2026-04-01" in content
    assert document.url in content


def test_policy_page_links_its_interpretations(client, policy, home):
    from cms.models import SectionIndexPage

    section = add_child(
        home,
        SectionIndexPage(
            title="政策解读",
            slug="interpretations",
            kind=SectionIndexPage.Kind.INTERPRETATION,
        ),
    )
    reading = add_child(
        section,
        ArticlePage(title="实施意见政策解读", slug="jiedu", policy=policy),
    )
    assert reading.url in client.get(policy.url).content.decode()
    assert policy.url in client.get(reading.url).content.decode()


def test_policy_index_filters_by_year_and_issuing_body(client, policy, policy_index):
    url = policy_index.url
    assert policy.title in client.get(url, {"year": "2026"}).content.decode()
    assert policy.title not in client.get(url, {"year": "2019"}).content.decode()
    assert (
        policy.title
        not in client.get(url, {"issuing_body": "别的机关"}).content.decode()
    )
    assert client.get(url, {"year": "x\x00", "issuing_body": "\x00"}).status_code == 200


def test_department_page_lists_its_services_as_links(client, department_page, service):
    other = ServiceFactory(name="别的部门的事项")
    content = client.get(department_page.url).content.decode()
    assert f'<a class="tile" href="/services/{service.code}/">{service.name}</a>' in (
        content
    )
    assert other.name not in content
    assert "0591-12345678" in content


def test_department_page_lists_the_departments_news(
    client, department_page, make_article, service
):
    make_article(title="部门动态一则", department=service.department)
    assert "部门动态一则" in client.get(department_page.url).content.decode()


def test_section_lists_articles_newest_first(client, news_section, make_article):
    make_article(title="较早的新闻", date=datetime.date(2026, 1, 1))
    make_article(title="最新的新闻", date=datetime.date(2026, 11, 20))
    content = client.get(news_section.url).content.decode()
    assert content.index("最新的新闻") < content.index("较早的新闻")


@pytest.mark.parametrize("number", ["0", "-1", "abc", "99999", "9" * 40, "\x00"])
def test_section_pagination_survives_bad_page_numbers(
    client, news_section, article, number
):
    response = client.get(news_section.url, {"page": number})
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_home_page_shows_events_news_and_notices(
    client, home, article, notice_section, make_article
):
    from services.models import LifeEvent

    event = LifeEvent.objects.create(code="birth-x", name="出生登记", kind="personal")
    make_article(title="系统维护公告", parent=notice_section)
    content = client.get("/").content.decode()
    assert f'href="/services/?event={event.code}"' in content
    assert article.title in content
    assert "系统维护公告" in content


def test_home_news_list_refreshes_when_an_article_is_published(
    client, article, make_article
):
    client.get("/")
    make_article(title="刚刚发布的新闻")
    assert "刚刚发布的新闻" in client.get("/").content.decode()


def test_home_services_refresh_when_a_service_changes(client, home):
    client.get("/")
    service = ServiceFactory(name="新上线的事项")
    assert f'href="/services/{service.code}/"' in client.get("/").content.decode()


def test_unknown_page_is_404(client, home):
    assert client.get("/no-such-page/").status_code == 404


def test_unpublished_page_is_404(client, article):
    client.get(article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404
