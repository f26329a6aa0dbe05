"""Shared by the sharing API tests (test_api_auth, test_api_query): the endpoint,
a granted system and a person in the registry as fixtures, and a request helper."""

import json

import pytest

from sharing.models import AccessRecord
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


def post(client, data, system=None, token=None, **headers):
    """POST ``data`` (a dict as JSON, or raw str) with the system's credentials
    unless told otherwise (token=None: the system's own)."""
    if system is not None:
        headers.setdefault("HTTP_X_CLIENT_ID", system.code)
        headers.setdefault(
            "HTTP_AUTHORIZATION", f"Bearer {system.token if token is None else token}"
        )
    content = data if isinstance(data, str) else json.dumps(data)
    return client.post(URL, content, content_type="application/json", **headers)


def records():
    return AccessRecord.objects.order_by("pk")


def only_record() -> AccessRecord:
    rows = list(records())
    assert len(rows) == 1
    record = rows[0]
    assert record.channel == AccessRecord.Channel.HTTP
    return record
