"""POST /api/v1/sharing/query for other agencies' systems: who may call it
(client id and bearer token), its rate limits, and the sharing_issue_token command
that issues the tokens."""

import io

import pytest
from django.core.management import CommandError, call_command

from sharing.models import AccessRecord, RequesterSystem
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import api_support
from tests.sharing.api_support import body, only_record, post, records

pytestmark = pytest.mark.django_db

# The shared fixtures, bound here so that pytest finds them for this module.
system = api_support.system
person = api_support.person


# --- Authentication ------------------------------------------------------------------


def assert_unauthorized(response):
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["WWW-Authenticate"] == "Bearer"
    payload = response.json()
    assert payload["error"] == "unauthorized"
    assert payload["message"]
    assert "data" not in payload


def test_missing_authorization_header_is_refused_and_logged(client, system, person):
    response = post(client, body(), HTTP_X_CLIENT_ID=system.code)

    assert_unauthorized(response)
    record = only_record()
    assert record.requester == system
    assert record.outcome == AccessRecord.Outcome.INVALID
    assert record.reason == "unauthorized: missing credentials"


def test_wrong_token_is_refused_and_logged(client, system, person):
    response = post(client, body(), system, token="not-the-token")

    assert_unauthorized(response)
    record = only_record()
    assert record.requester == system
    assert record.outcome == AccessRecord.Outcome.INVALID
    assert record.reason == "unauthorized: wrong token"


def test_token_of_another_system_is_refused(client, system, person):
    other = RequesterSystemFactory()

    response = post(client, body(), system, token=other.token)

    assert_unauthorized(response)
    assert only_record().requester == system


@pytest.mark.parametrize("scheme", ["Basic", "Token", ""])
def test_other_authorization_schemes_are_refused(client, system, person, scheme):
    response = post(
        client,
        body(),
        system,
        HTTP_AUTHORIZATION=f"{scheme} {system.token}".strip(),
    )

    assert_unauthorized(response)
    assert only_record().outcome == AccessRecord.Outcome.INVALID


def test_system_without_a_token_cannot_sign_in(client, person):
    tokenless = RequesterSystemFactory(issue_token=False)

    response = post(client, body(), tokenless, token="")

    assert_unauthorized(response)


def test_disabled_system_is_refused_and_logged(client, system, person):
    RequesterSystem.objects.filter(pk=system.pk).update(is_active=False)

    response = post(client, body(), system)

    assert_unauthorized(response)
    record = only_record()
    assert record.requester == system
    assert record.reason == "unauthorized: system disabled"


def test_unknown_client_id_is_refused_and_not_logged(client, system, person):
    response = post(client, body(), system, HTTP_X_CLIENT_ID="no-such-system")

    assert_unauthorized(response)
    assert not records().exists()


@pytest.mark.parametrize("client_id", ["tax-system\x00", "x" * 65, "  "])
def test_malformed_client_id_is_refused_and_not_logged(
    client, system, person, client_id
):
    response = post(client, body(), system, HTTP_X_CLIENT_ID=client_id)

    assert_unauthorized(response)
    assert not records().exists()


def test_missing_client_id_is_refused_and_not_logged(client, system, person):
    response = post(client, body(), HTTP_AUTHORIZATION=f"Bearer {system.token}")

    assert_unauthorized(response)
    assert not records().exists()


def test_credentials_are_checked_before_the_body(client):
    response = post(client, "{not json", HTTP_X_CLIENT_ID="no-such-system")

    assert_unauthorized(response)


# --- Rate limits ---------------------------------------------------------------------


def test_requests_over_the_rate_limit_get_429(client, system, person, settings):
    settings.SHARING_API_RATE_LIMIT = 2
    assert post(client, body(), system).status_code == 200
    assert post(client, body(), system).status_code == 200

    response = post(client, body(), system)

    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited"
    assert 1 <= int(response["Retry-After"]) <= 60
    assert records().count() == 2


def test_rate_limit_is_per_client(client, system, person, settings):
    settings.SHARING_API_RATE_LIMIT = 1
    other = RequesterSystemFactory()
    GrantFactory(requester=other)
    assert post(client, body(), system).status_code == 200

    assert post(client, body(), other).status_code == 200
    assert post(client, body(), system).status_code == 429


def test_failed_sign_ins_are_logged_up_to_a_limit(client, system, person, settings):
    settings.SHARING_API_AUTH_FAILURE_LIMIT = 2
    for _ in range(2):
        assert post(client, body(), system, token="wrong").status_code == 401

    response = post(client, body(), system, token="wrong")

    assert response.status_code == 429
    assert records().count() == 2
    # The real client is not locked out by someone guessing its token.
    assert post(client, body(), system).status_code == 200


# --- sharing_issue_token -------------------------------------------------------------


def test_issue_token_prints_a_working_token(client, system, person):
    out = io.StringIO()

    call_command("sharing_issue_token", system.code, stdout=out, stderr=io.StringIO())

    token = out.getvalue().strip()
    system.refresh_from_db()
    assert system.check_token(token)
    assert post(client, body(), system, token=token).status_code == 200


def test_issue_token_replaces_the_previous_token(system):
    call_command(
        "sharing_issue_token", system.code, stdout=io.StringIO(), stderr=io.StringIO()
    )

    system.refresh_from_db()
    assert not system.check_token(system.token)


def test_issue_token_creates_nothing_else(system):
    systems, grants = RequesterSystem.objects.count(), system.grants.count()

    call_command(
        "sharing_issue_token", system.code, stdout=io.StringIO(), stderr=io.StringIO()
    )

    assert RequesterSystem.objects.count() == systems
    assert system.grants.count() == grants
    assert not records().exists()


def test_issue_token_for_unknown_system_fails():
    with pytest.raises(CommandError, match="no-such-system"):
        call_command("sharing_issue_token", "no-such-system")
