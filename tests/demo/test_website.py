import pytest

from cms.models import ArticlePage, DepartmentPage, PolicyDocumentPage
from demo.website import seed_cms_demo
from identity.models import User
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_seed_cms_demo_creates_site_and_is_idempotent(client):
    service = ServiceFactory()
    first = seed_cms_demo()
    second = seed_cms_demo()
    assert first["articles_created"] == 12
    assert first["policies_created"] == 7
    assert first["translations_created"] == 8
    assert second["articles_created"] == 0
    assert second["policies_created"] == 0
    assert second["translations_created"] == 0
    assert ArticlePage.objects.filter(locale__language_code="zh-hans").count() == 14
    assert DepartmentPage.objects.filter(department=service.department).exists()
    policy = PolicyDocumentPage.objects.first()
    assert policy.attachments.get().document.file.read(5) == b"%PDF-"
    assert (
        User.objects.get(email="approver@example.com")
        .groups.filter(name="内容审核")
        .exists()
    )


def test_demo_pages_render_in_both_languages(client):
    ServiceFactory()
    seed_cms_demo()
    for url in [
        "/",
        "/news/",
        "/news/news-1/",
        "/policies/",
        "/interpretations/",
        "/departments/",
        "/en/",
        "/en/news/",
        "/sitemap.xml",
        "/feeds/news/",
    ]:
        assert client.get(url).status_code == 200, url
    policy_url = PolicyDocumentPage.objects.first().url
    assert "示政" in client.get(policy_url).content.decode()
