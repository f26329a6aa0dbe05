import datetime

import pytest
from django.utils import timezone

from licences.models import Licence
from licences.numbering import licence_number
from licences.ratelimit import VERIFY_LIMIT_PER_MINUTE, client_ip
from tests.factories import LicenceFactory, LicenceTypeFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/licences/verify"
PUBLIC_KEYS = {
    "status",
    "licence_type",
    "number",
    "holder",
    "issuing_authority",
    "issued_on",
    "valid_until",
    "replaced_by",
}


@pytest.fixture
def licence(citizen):
    licence_type = LicenceTypeFactory()
    return LicenceFactory(
        holder=citizen,
        licence_type=licence_type,
        number=licence_number(licence_type, 2026, 7),
        verification_code="ABCD2345",
        holder_name="林晓明",
        holder_identifier_masked="350102********1234",
        data={"address": "示范市鼓楼区某路1号"},
        valid_until=timezone.localdate() + datetime.timedelta(days=30),
        source_reference="SQ2026112100000001",
    )


def verify(client, number, code, **extra):
    return client.get(URL, {"number": number, "code": code}, **extra)


def test_valid_licence_answers_its_public_fields(client, licence):
    response = verify(client, licence.number, "abcd2345")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body == {
        "status": "valid",
        "licence_type": "居住证",
        "number": licence.number,
        "holder": "林**",
        "issuing_authority": "示范省公安厅",
        "issued_on": timezone.localdate(licence.issued_at).isoformat(),
        "valid_until": licence.valid_until.isoformat(),
        "replaced_by": None,
    }


def test_revoked_licence_is_revoked(client, licence):
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.REVOKED)
    assert verify(client, licence.number, "ABCD2345").json()["status"] == "revoked"


def test_expired_licence_is_expired(client, licence):
    Licence.objects.filter(pk=licence.pk).update(
        valid_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    assert verify(client, licence.number, "ABCD2345").json()["status"] == "expired"


def test_revoked_and_expired_licence_is_revoked(client, licence):
    Licence.objects.filter(pk=licence.pk).update(
        status=Licence.Status.REVOKED,
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
    )
    assert verify(client, licence.number, "ABCD2345").json()["status"] == "revoked"


def test_wrong_code_is_not_found_and_reveals_nothing(client, licence):
    response = verify(client, licence.number, "ZZZZ9999")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "not_found"
    assert all(body[key] is None for key in PUBLIC_KEYS - {"status"})
    assert licence.licence_type.name not in response.content.decode()


def test_unknown_number_is_not_found(client, licence):
    licence_type = licence.licence_type
    other = licence_number(licence_type, 2026, 8)
    assert verify(client, other, "ABCD2345").json()["status"] == "not_found"


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("<script>alert(1)</script>", "x" * 12),
        ("JZZ350000202600000070", "ABCD2345"),  # bad check character
        ("A" * 500, "ABCD2345"),
        ("JZZ35000020260000007\x00", "ABCD2345"),
        ("", ""),
    ],
)
def test_malformed_input_is_not_found(client, number, code):
    response = verify(client, number, code)
    assert response.status_code == 200
    assert response.json()["status"] == "not_found"


def test_missing_parameters_are_not_found(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response.json()["status"] == "not_found"


def test_no_sensitive_fields_in_the_answer(client, licence):
    response = verify(client, licence.number, "ABCD2345")
    body = response.json()
    content = response.content.decode()
    assert set(body) == PUBLIC_KEYS
    for secret in (
        "林晓明",
        "ABCD2345",
        "350102",
        "示范市鼓楼区",
        "SQ2026112100000001",
        licence.holder.username,
    ):
        assert secret not in content


def test_lookups_are_rate_limited(client, licence):
    for _ in range(VERIFY_LIMIT_PER_MINUTE):
        verify(client, licence.number, "WRONG123")
    response = verify(client, licence.number, "ABCD2345")
    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited"
    assert "Retry-After" in response


def test_rate_limit_is_shared_with_the_verify_page(client, licence):
    for _ in range(VERIFY_LIMIT_PER_MINUTE):
        client.get("/verify/", {"number": licence.number, "code": "WRONG123"})
    assert verify(client, licence.number, "ABCD2345").status_code == 429


def test_forwarded_for_is_ignored_without_trusted_proxies(client, licence):
    for n in range(VERIFY_LIMIT_PER_MINUTE):
        verify(client, licence.number, "WRONG123", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    response = verify(
        client, licence.number, "ABCD2345", HTTP_X_FORWARDED_FOR="10.0.1.1"
    )
    assert response.status_code == 429


def test_forwarded_for_counts_with_a_trusted_proxy(client, licence, settings):
    settings.LICENCE_TRUSTED_PROXY_COUNT = 1
    for _ in range(VERIFY_LIMIT_PER_MINUTE):
        verify(client, licence.number, "WRONG123", HTTP_X_FORWARDED_FOR="10.0.0.1")
    blocked = verify(
        client, licence.number, "ABCD2345", HTTP_X_FORWARDED_FOR="10.0.0.1"
    )
    other = verify(client, licence.number, "ABCD2345", HTTP_X_FORWARDED_FOR="10.0.0.2")
    assert blocked.status_code == 429
    assert other.json()["status"] == "valid"


def test_client_ip_takes_the_entry_the_trusted_proxy_saw(rf, settings):
    settings.LICENCE_TRUSTED_PROXY_COUNT = 1
    request = rf.get(
        URL, HTTP_X_FORWARDED_FOR="1.1.1.1, 2.2.2.2", REMOTE_ADDR="127.0.0.1"
    )
    assert client_ip(request) == "2.2.2.2"
    settings.LICENCE_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "127.0.0.1"


def test_openapi_lists_the_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"][URL]["get"]
    assert operation["operationId"] == "licences_verify"
    assert "not_found" in operation["description"]
    assert {"200", "429"} <= set(operation["responses"])
    assert {p["name"] for p in operation["parameters"]} == {"number", "code"}
