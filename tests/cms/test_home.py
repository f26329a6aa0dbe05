import pytest

from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_home_page_is_chinese_with_header_search_and_footer(client):
    service = ServiceFactory(name="居住证申领")
    response = client.get("/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="zh-Hans">' in content
    assert "示范省政务服务网" in content
    assert 'role="search"' in content
    assert 'action="/services/"' in content
    assert "<footer" in content
    assert f'href="/services/{service.code}/"' in content
    assert 'href="/en/"' in content


def test_english_home_page(client):
    response = client.get("/en/")
    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in content
    assert "Demo Province Government Services" in content
    assert 'href="/en/services/"' in content
    assert 'href="/"' in content  # switch back to Chinese


def test_accept_language_does_not_override_unprefixed_chinese(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="zh-Hans">' in response.content.decode()


def test_healthz(client):
    assert client.get("/healthz/").content == b"ok"
