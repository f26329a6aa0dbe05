"""The OpenID Connect clients' redirect origins as Content-Security-Policy sources
(identity.oidc_redirects), which the sign-in and OIDC pages add to form-action."""

import pytest
from allauth.idp.oidc.models import Client

from identity.oidc_redirects import client_redirect_sources, redirect_source


@pytest.mark.parametrize(
    ("uri", "source"),
    [
        ("https://rp.example.gov.cn/oidc/callback", "https://rp.example.gov.cn"),
        ("https://RP.Example.gov.cn:8443/cb?x=1", "https://rp.example.gov.cn:8443"),
        ("https://user:pw@rp.example.gov.cn/cb", "https://rp.example.gov.cn"),
        ("https://*.example.gov.cn/cb", "https://*.example.gov.cn"),
        ("http://127.0.0.1/callback", "http://127.0.0.1:*"),
        ("http://127.0.0.1:8765/callback", "http://127.0.0.1:*"),
        ("cn.gov.example.app:/oidc", "cn.gov.example.app:"),
    ],
)
def test_redirect_uri_gives_the_source_of_its_origin(uri, source):
    assert redirect_source(uri) == source


@pytest.mark.parametrize(
    "uri",
    [
        "javascript:alert(1)",
        "data:text/html,hi",
        "/relative/callback",
        "https://rp;example.gov.cn/cb",
        "https://rp.example.gov.cn:99999/cb",
        "http://[::1]:8000/cb",
        "",
    ],
)
def test_uri_that_cannot_be_a_safe_source_gives_none(uri):
    assert redirect_source(uri) is None


@pytest.mark.django_db
def test_sources_cover_redirect_and_post_logout_uris_of_every_client():
    first = Client(
        name="a",
        redirect_uris="https://b.example.gov.cn/cb\nhttps://a.example.gov.cn/cb",
    )
    first.set_post_logout_redirect_uris(["https://c.example.gov.cn/bye"])
    first.save()
    Client.objects.create(
        name="b", redirect_uris="https://a.example.gov.cn/other\njavascript:x"
    )
    assert client_redirect_sources() == [
        "https://a.example.gov.cn",
        "https://b.example.gov.cn",
        "https://c.example.gov.cn",
    ]


@pytest.mark.django_db
def test_no_clients_give_no_sources():
    assert client_redirect_sources() == []
