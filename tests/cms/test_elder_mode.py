import pytest

pytestmark = pytest.mark.django_db


def test_header_has_the_elder_mode_switch_as_a_form(client, home):
    content = client.get("/").content.decode()
    assert 'action="/elder-mode/"' in content
    assert 'name="enable" value="1"' in content


def test_switching_on_sets_a_long_lived_cookie_and_returns(client, home):
    response = client.post("/elder-mode/", {"enable": "1", "next": "/news/"})
    assert response.status_code == 302
    assert response["Location"] == "/news/"
    cookie = response.cookies["elder_mode"]
    assert cookie.value == "1"
    assert int(cookie["max-age"]) >= 30 * 24 * 3600


def test_html_has_elder_class_when_the_cookie_is_set(client, home):
    client.post("/elder-mode/", {"enable": "1", "next": "/"})
    content = client.get("/").content.decode()
    assert 'class="elder"' in content
    assert 'name="enable" value="0"' in content


def test_elder_class_also_on_non_wagtail_pages(client, home):
    client.cookies["elder_mode"] = "1"
    assert 'class="elder"' in client.get("/services/").content.decode()


def test_switching_off_clears_the_cookie(client, home):
    client.post("/elder-mode/", {"enable": "1", "next": "/"})
    response = client.post("/elder-mode/", {"enable": "0", "next": "/"})
    assert response.cookies["elder_mode"].value == ""
    assert 'class="elder"' not in client.get("/").content.decode()


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"]
)
def test_external_next_is_rejected(client, home, target):
    response = client.post("/elder-mode/", {"enable": "1", "next": target})
    assert response["Location"] == "/"


def test_get_is_not_allowed(client, home):
    assert client.get("/elder-mode/").status_code == 405


def test_elder_stylesheet_rules_exist():
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/portal.css"), encoding="utf-8").read()
    assert ".elder body" in css
    assert ".elder .decorative" in css
