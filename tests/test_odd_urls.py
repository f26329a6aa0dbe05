"""Odd input in a URL is a 4xx, never a 500 (on PostgreSQL above all, which
refuses a NUL byte in text and a number beyond ``bigint``).

Every named URL pattern that takes a parameter is requested with each of its
parameters replaced by odd values (a NUL byte, 10 KB, ``../``, emoji, full-width
digits, a number past ``bigint``), in Chinese and English, by a visitor, a
citizen and a superuser; and the same for the API's object endpoints. The patterns
come from the resolver itself, so a new one is tried without touching this file.
"""

from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, SlugConverter, StringConverter
from django.utils import translation

from common.converters import (
    CodeConverter,
    IdConverter,
    NumberConverter,
    TokenConverter,
)
from tests.factories import PersonFactory, UserFactory

pytestmark = pytest.mark.django_db

ODD = [
    "\x00",
    "A\x00B",
    "X" * 10240,
    "../../etc/passwd",
    "..",
    "😀",
    "１２３",
    "99999999999999999999999",
    "-1",
    "0",
    "%",
    " ",
]

# A value each converter accepts, unlikely to be anything real.
SAMPLE = {
    CodeConverter: "ZZCODE0",
    NumberConverter: "ZZNUMBER0",
    TokenConverter: "ZZTOKEN0",
    IdConverter: 987654321,
    SlugConverter: "zzslug",
    IntConverter: 987654321,
    StringConverter: "ZZSTR0",
}


def _patterns(resolver=None, namespace="", converters=None):
    """(name, {parameter: converter}) of every named pattern with parameters."""
    resolver = resolver or get_resolver()
    converters = converters or {}
    for entry in resolver.url_patterns:
        found = {**converters, **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}{entry.namespace}:"
            yield from _patterns(entry, inner, found)
        elif isinstance(entry, URLPattern) and entry.name and found:
            yield f"{namespace}{entry.name}", found


def _urls() -> list[str]:
    urls = set()
    for name, converters in _patterns():
        if name.startswith(("wagtail", "admin:", "django-admin")):
            continue  # the admins' own patterns: Wagtail's and Django's code
        samples = {
            key: SAMPLE.get(type(converter), "ZZSTR0")
            for key, converter in converters.items()
        }
        bases = set()
        for language in ("zh-hans", "en"):
            with translation.override(language):
                try:
                    bases.add(reverse(name, kwargs=samples))
                except Exception:  # noqa: BLE001,S112 - reversible only with args
                    continue
        for base in bases:
            for sample in samples.values():
                for odd in ODD:
                    urls.add(base.replace(str(sample), quote(odd, safe=""), 1))
    return sorted(urls)


URLS = _urls()
API = [f"/api/v1/services/{quote(odd, safe='')}" for odd in ODD] + [
    f"/api/v1/licences/verify?number={quote(odd, safe='')}&code=X" for odd in ODD
]


def test_the_walk_finds_the_object_pages():
    joined = "\n".join(URLS)
    for prefix in (
        "/services/",
        "/en/services/",
        "/my/applications/",
        "/my/licences/",
        "/desk/applications/",
        "/desk/licences/",
        "/sharing/catalogue/",
        "/my/materials/",
    ):
        assert f"\n{prefix}" in f"\n{joined}", prefix


VISITORS = {
    "visitor": lambda: None,
    "citizen": lambda: PersonFactory().user,
    "superuser": lambda: UserFactory(is_staff=True, is_superuser=True, totp=True),
}


@pytest.mark.parametrize("who", list(VISITORS))
def test_odd_input_in_a_url_is_never_a_server_error(client, who):
    user = VISITORS[who]()
    if who == "superuser":
        client.force_login_mfa(user)  # past the staff gate, into the views
    elif user is not None:
        client.force_login(user)
    client.raise_request_exception = False
    failures = []
    for url in [*URLS, *API]:
        response = client.get(url)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {url[:120]}")
    assert not failures, "\n".join(failures)
