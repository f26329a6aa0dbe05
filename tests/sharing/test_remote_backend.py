"""The remote adapter against the project's own HTTP endpoint, served on 127.0.0.1.

"Our" exchange has a resource whose backend is ``remote``, pointing at
``/api/v1/sharing/query`` of the live server, where "their" exchange (the same
database: the live server runs in a thread of this process) serves
``population.person`` to our client id under its own grant and masking.

Transactional tests: the flush after each one empties the tables, including what the
data migrations created (the default catalogue, the Wagtail site), so
``serialized_rollback`` puts that back before each test and ``migrated_data`` after
the module, for the tests that follow (and, with ``--reuse-db``, the next run).
"""

import gc
import threading
import time
from urllib.parse import urlsplit

import pytest

from sharing import signing
from sharing.catalogue_defaults import RESOURCES
from sharing.errors import ProviderUnavailable, SubjectNotFound
from sharing.exchange import query
from sharing.models import AccessRecord, Grant, Provider, Resource
from tests.factories.sharing import (
    GrantFactory,
    RequesterSystemFactory,
    ResourceFactory,
)
from tests.sharing import registry_data
from tests.sharing.api_support import signing_key
from tests.sharing.registry_data import PERSON_ID, UNKNOWN_ID

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_data"),
]

REMOTE_CODE = "remote.population-person"
KEY_SETTING = "TEST_REMOTE_SIGNING_KEY"
PERSON_FIELDS = next(r for r in RESOURCES if r["code"] == "population.person")["fields"]


@pytest.fixture(autouse=True)
def _close_remote_connections():
    """Let the live server's request threads end with each test.

    A ``pytest.raises`` block keeps the exception, whose traceback holds the
    adapter's response and so its keep-alive connection, in a reference cycle: the
    server's thread would wait on that connection until the cycle is collected,
    possibly after the server has stopped sharing its database connection."""
    yield
    gc.collect()
    for thread in threading.enumerate():
        if "process_request_thread" in thread.name:
            thread.join(timeout=5)


@pytest.fixture
def endpoint(live_server) -> str:
    """The query endpoint of the live server, addressed as 127.0.0.1."""
    port = urlsplit(live_server.url).port
    return f"http://127.0.0.1:{port}/api/v1/sharing/query"


@pytest.fixture
def our_client(monkeypatch):
    """Our exchange's client id over there, with its public key registered there
    and the private key in the environment (as in a deployment), and a grant on
    population.person for every field, the resident ID and address unmasked."""
    system = RequesterSystemFactory(code="other-exchange")
    GrantFactory(requester=system, unmasked_fields=["resident_id", "address"])
    monkeypatch.setenv(KEY_SETTING, signing.private_pem(signing_key(system)))
    return system


@pytest.fixture
def remote_resource(endpoint, our_client):
    return ResourceFactory(
        code=REMOTE_CODE,
        name="人口基础信息（外省交换平台）",
        provider=Provider.objects.get(code="public-security"),
        subject_type="resident_id",
        share_class="unconditional",
        backend=Resource.Backend.REMOTE,
        local_registry="",
        remote_url=endpoint,
        remote_resource_code="population.person",
        remote_client_id=our_client.code,
        remote_signing_key_setting=KEY_SETTING,
        fields=PERSON_FIELDS,
    )


def ask(subject=PERSON_ID, **kwargs):
    kwargs.setdefault("requester", "citizen-portal")
    kwargs.setdefault("purpose", "异地办理：申请人身份核验")
    return query(REMOTE_CODE, subject, **kwargs)


def our_records():
    return AccessRecord.objects.filter(resource_code=REMOTE_CODE).order_by("pk")


def their_records():
    return AccessRecord.objects.filter(
        channel=AccessRecord.Channel.HTTP, requester_code="other-exchange"
    ).order_by("pk")


def test_remote_resource_returns_data_fetched_over_http(remote_resource):
    registry_data.person()

    result = ask(fields=["name", "birth_date", "address", "resident_id"])

    assert result.resource == REMOTE_CODE
    assert result.data["name"] == "林晓明"
    assert result.data["birth_date"] == "1990-03-07"
    # Our own rules apply on top of theirs: we mask what we have no grant for.
    assert result.data["address"] == "示范省榕城市鼓楼区****"
    assert result.masked == {"address": "address", "resident_id": "id_number"}
    ours = our_records().get()
    assert ours.outcome == AccessRecord.Outcome.ALLOWED
    assert ours.requester_code == "citizen-portal"
    assert ours.channel == AccessRecord.Channel.INTERNAL
    theirs = their_records().get()
    assert theirs.outcome == AccessRecord.Outcome.ALLOWED
    assert theirs.resource_code == "population.person"
    assert theirs.purpose == "异地办理：申请人身份核验"
    assert theirs.fields_requested == ["name", "birth_date", "address", "resident_id"]
    assert theirs.subject_hash == ours.subject_hash


def test_remote_withhold_rules_still_apply_here(remote_resource):
    registry_data.person()

    result = ask()

    assert "ethnicity" not in result.data
    assert result.withheld["ethnicity"] == "remote: sensitive"
    assert "household_number" not in result.data


def test_unknown_subject_at_the_remote_is_subject_not_found(remote_resource):
    with pytest.raises(SubjectNotFound) as error:
        ask(UNKNOWN_ID)

    ours = our_records().get()
    assert ours.pk == error.value.audit_id
    assert ours.outcome == AccessRecord.Outcome.NOT_FOUND
    assert their_records().get().outcome == AccessRecord.Outcome.NOT_FOUND


def test_every_remote_request_is_signed_afresh(remote_resource):
    """Two asks in a row both pass: each carries a new nonce, so the remote's
    replay refusal never trips on our own requests."""
    registry_data.person()

    ask()
    ask()

    assert [r.outcome for r in their_records()] == [AccessRecord.Outcome.ALLOWED] * 2


def test_wrong_key_is_provider_unavailable(remote_resource, monkeypatch):
    registry_data.person()
    monkeypatch.setenv(KEY_SETTING, signing.private_pem(signing.generate_private_key()))

    with pytest.raises(ProviderUnavailable) as error:
        ask()

    assert error.value.status == 503
    assert "401" in error.value.message
    ours = our_records().get()
    assert ours.pk == error.value.audit_id
    assert ours.outcome == AccessRecord.Outcome.ERROR
    assert ours.fields_returned == []
    theirs = their_records().get()
    assert theirs.outcome == AccessRecord.Outcome.INVALID
    assert theirs.reason.startswith("unauthorized: signature_invalid")


@pytest.mark.parametrize("value", ["", "not a key"])
def test_missing_or_unusable_key_fails_before_asking(
    remote_resource, monkeypatch, value
):
    monkeypatch.setenv(KEY_SETTING, value)

    with pytest.raises(ProviderUnavailable) as error:
        ask()

    assert KEY_SETTING in error.value.message
    assert our_records().get().outcome == AccessRecord.Outcome.ERROR
    assert not their_records().exists()


def test_remote_refusal_is_provider_unavailable(remote_resource, our_client):
    registry_data.person()
    for grant in our_client.grants.all():
        grant.status = Grant.Status.REVOKED
        grant.save()

    with pytest.raises(ProviderUnavailable) as error:
        ask()

    assert "403" in error.value.message
    assert their_records().get().reason.startswith("no_grant: ")


def test_dead_remote_url_fails_quickly(remote_resource):
    remote_resource.remote_url = "http://127.0.0.1:9/api/v1/sharing/query"
    remote_resource.save()
    started = time.monotonic()

    with pytest.raises(ProviderUnavailable) as error:
        ask()

    assert time.monotonic() - started < 3
    assert "unreachable" in error.value.message
    assert our_records().get().outcome == AccessRecord.Outcome.ERROR


def test_fields_the_remote_withholds_are_reported_as_withheld(remote_resource):
    registry_data.person()
    grant = Grant.objects.get(requester__code="other-exchange")
    grant.fields = ["name"]
    grant.save()

    result = ask(fields=["name", "sex"])

    assert result.data == {"name": "林晓明"}
    assert result.withheld == {"sex": "remote: not_granted"}
