import pytest
from wagtail.models import Site

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login_mfa(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_page_editors_render(admin_client, article, policy, department_page):
    for page in (article, policy, department_page, article.get_parent()):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_site_chrome_settings_editor_renders(admin_client, home):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(f"/admin/settings/cms/sitechrome/{site.pk}/")
    assert response.status_code == 200


def test_saving_site_chrome_clears_the_cached_menu(client, home):
    from cms.models import SiteChrome

    client.get("/")
    chrome = SiteChrome(site=Site.objects.get(is_default_site=True))
    chrome.main_menu = [("link", {"label": "新栏目", "label_en": "", "url": "/x/"})]
    chrome.save()
    assert '<a href="/x/">新栏目</a>' in client.get("/").content.decode()
