"""Shared by the sharing API tests (test_api_auth, test_api_query): the endpoint,
a granted system and a person in the registry as fixtures, and request helpers
that sign as a system (RFC 9421, with the project's own signer) or send a bearer
token."""

import json

import pytest

from sharing import signing
from sharing.models import AccessRecord, RequesterSystem
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import registry_data
from tests.sharing.registry_data import PERSON_ID

URL = "/api/v1/sharing/query"
PERSON_FIELDS = [
    "resident_id",
    "name",
    "sex",
    "birth_date",
    "ethnicity",
    "address",
    "household_number",
    "relation_to_head",
]


@pytest.fixture
def system():
    """Another agency's system with a token and a grant on population.person for
    every field but the household number, none of them unmasked."""
    system = RequesterSystemFactory(code="tax-system")
    GrantFactory(
        requester=system,
        fields=[name for name in PERSON_FIELDS if name != "household_number"],
    )
    return system


@pytest.fixture
def person():
    return registry_data.person()


def body(**overrides) -> dict:
    return {
        "resource": "population.person",
        "subject": PERSON_ID,
        "purpose": "纳税人身份核验",
        **overrides,
    }


def signing_key(system: RequesterSystem, algorithm: str = signing.ED25519):
    """The system's private key, made and registered (public half) on first use
    and kept on the instance as ``private_key``."""
    key = getattr(system, "private_key", None)
    if key is None:
        key = signing.generate_private_key(algorithm)
        system.signing_public_key = signing.public_pem(key)
        RequesterSystem.objects.filter(pk=system.pk).update(
            signing_public_key=system.signing_public_key
        )
        system.private_key = key
    return key


def content_of(data) -> str:
    return data if isinstance(data, str) else json.dumps(data)


def signed(system, data, *, url=URL, key=None, key_id=None, **sign) -> dict:
    """Test-client headers (``HTTP_...``) that sign ``data`` as sent by ``post``:
    by the system's key under its code unless told otherwise; ``sign`` passes
    ``created`` and ``nonce`` on to the signer."""
    headers = signing.sign_request(
        method="POST",
        url=url,
        body=content_of(data).encode(),
        key_id=system.code if key_id is None else key_id,
        private_key=signing_key(system) if key is None else key,
        **sign,
    )
    return {as_meta(name): value for name, value in headers.items()}


def as_meta(header: str) -> str:
    return "HTTP_" + header.upper().replace("-", "_")


def post(client, data, system=None, token=None, *, sign=True, url=URL, **headers):
    """POST ``data`` (a dict as JSON, or raw str) as ``system``: signed by its key
    (made on first use), or with ``token`` as a bearer token when given, or with
    no credentials beyond its client id (``sign=False``). Explicit ``headers``
    win."""
    content = content_of(data)
    if system is not None:
        headers.setdefault("HTTP_X_CLIENT_ID", system.code)
        if token is not None:
            headers.setdefault("HTTP_AUTHORIZATION", f"Bearer {token}")
        elif sign:
            for name, value in signed(system, content, url=url).items():
                headers.setdefault(name, value)
    return client.post(url, content, content_type="application/json", **headers)


def records():
    return AccessRecord.objects.order_by("pk")


def only_record() -> AccessRecord:
    rows = list(records())
    assert len(rows) == 1
    record = rows[0]
    assert record.channel == AccessRecord.Channel.HTTP
    return record
