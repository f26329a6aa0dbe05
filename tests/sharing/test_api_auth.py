"""POST /api/v1/sharing/query for other agencies' systems: who may call it (client
id and an RFC 9421 signature by the system's key; a bearer token only where the
development setting allows it), replay refusal, its rate limits, and the commands
that issue keys and tokens and sign requests."""

import io
import json
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.management import CommandError, call_command
from django.test import Client

from sharing import signing
from sharing.models import AccessRecord, RequesterSystem
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import api_support
from tests.sharing.api_support import (
    URL,
    body,
    content_of,
    only_record,
    post,
    records,
    signed,
    signing_key,
)

pytestmark = pytest.mark.django_db

# The shared fixtures, bound here so that pytest finds them for this module.
system = api_support.system
person = api_support.person


@pytest.fixture
def allow_bearer(settings):
    settings.SHARING_API_ALLOW_BEARER = True


def assert_refused(response, code="unauthorized"):
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "Signature" in response["WWW-Authenticate"]
    assert '"@method" "@path" "content-digest"' in response["Accept-Signature"]
    payload = response.json()
    assert payload["error"] == code
    assert payload["message"]
    assert "data" not in payload
    return payload


def assert_logged(response, system, reason: str) -> AccessRecord:
    """The refusal wrote one access record, named in the response."""
    record = records().last()
    assert record.requester == system
    assert record.outcome == AccessRecord.Outcome.INVALID
    assert record.channel == AccessRecord.Channel.HTTP
    assert record.reason.startswith(f"unauthorized: {reason}")
    assert response.json()["audit_id"] == record.pk
    return record


def send(client, data, system, headers):
    """POST exactly these signature headers (e.g. a second time)."""
    return post(client, data, system, sign=False, **headers)


# --- Signed requests -----------------------------------------------------------------


def test_signed_request_is_let_in(client, system, person):
    response = post(client, body(), system)

    assert response.status_code == 200
    assert only_record().outcome == AccessRecord.Outcome.ALLOWED


def test_ecdsa_p256_key_is_accepted(client, system, person):
    signing_key(system, signing.ECDSA_P256)

    response = post(client, body(), system)

    assert response.status_code == 200


def test_same_request_sent_again_is_refused_as_a_replay_and_logged(
    client, system, person
):
    headers = signed(system, body())
    assert send(client, body(), system, headers).status_code == 200

    response = send(client, body(), system, headers)

    payload = assert_refused(response, "replayed")
    assert "nonce 已被使用" in payload["message"]  # Chinese by default
    assert_logged(response, system, "replayed")
    assert records().count() == 2


def test_nonce_cannot_be_used_again_for_another_request(client, system, person):
    first = send(client, body(), system, signed(system, body(), nonce="n-1"))
    assert first.status_code == 200

    other = body(purpose="另一用途")
    response = send(client, other, system, signed(system, other, nonce="n-1"))

    assert_refused(response, "replayed")


def test_nonces_are_per_system(client, system, person):
    other = RequesterSystemFactory()
    GrantFactory(requester=other)
    first = send(client, body(), system, signed(system, body(), nonce="n-1"))
    assert first.status_code == 200

    response = send(client, body(), other, signed(other, body(), nonce="n-1"))

    assert response.status_code == 200


def test_old_signature_is_refused_and_logged(client, system, person):
    old = int(time.time()) - 301

    response = send(client, body(), system, signed(system, body(), created=old))

    assert_refused(response, "signature_expired")
    assert_logged(response, system, "signature_expired")


def test_signature_from_the_future_is_refused(client, system, person):
    ahead = int(time.time()) + 301

    response = send(client, body(), system, signed(system, body(), created=ahead))

    assert_refused(response, "signature_expired")


def test_signature_within_the_window_is_accepted(client, system, person):
    earlier = int(time.time()) - 240

    response = send(client, body(), system, signed(system, body(), created=earlier))

    assert response.status_code == 200


def test_window_comes_from_the_setting(client, system, person, settings):
    settings.SHARING_API_SIGNATURE_WINDOW = 60
    earlier = int(time.time()) - 120

    response = send(client, body(), system, signed(system, body(), created=earlier))

    assert_refused(response, "signature_expired")


def test_tampered_body_is_refused_as_a_digest_mismatch_and_logged(
    client, system, person
):
    headers = signed(system, body())

    response = send(client, body(subject="350102199003070012"), system, headers)

    assert_refused(response, "digest_mismatch")
    assert_logged(response, system, "digest_mismatch")


def test_body_with_a_new_digest_breaks_the_signature(client, system, person):
    tampered = body(fields=["name", "household_number"])
    headers = signed(system, body())
    headers["HTTP_CONTENT_DIGEST"] = signing.sign_request(
        method="POST",
        url=URL,
        body=content_of(tampered).encode(),
        key_id=system.code,
        private_key=signing_key(system),
    )["Content-Digest"]

    response = send(client, tampered, system, headers)

    assert_refused(response, "signature_invalid")


def test_signature_by_another_systems_key_is_refused_and_logged(client, system, person):
    other = RequesterSystemFactory()

    headers = signed(system, body(), key=signing_key(other))
    response = send(client, body(), system, headers)

    assert_refused(response, "signature_invalid")
    assert_logged(response, system, "signature_invalid")


def test_another_systems_signature_under_this_client_id_is_refused(
    client, system, person
):
    other = RequesterSystemFactory()
    GrantFactory(requester=other)

    response = send(client, body(), system, signed(other, body()))

    assert_refused(response, "signature_invalid")
    assert_logged(response, system, "signature_invalid")


def test_signature_for_another_path_is_refused(client, system, person):
    headers = signed(system, body(), url="/api/v1/sharing/other")

    response = send(client, body(), system, headers)

    assert_refused(response, "signature_invalid")


def test_query_string_must_be_signed(client, system, person):
    url = f"{URL}?trace=1"

    unsigned_query = post(
        client, body(), system, sign=False, url=url, **signed(system, body())
    )
    signed_query = post(client, body(), system, url=url)

    assert_refused(unsigned_query, "signature_invalid")
    assert signed_query.status_code == 200


def test_missing_signature_is_refused_and_logged(client, system, person):
    response = post(client, body(), system, sign=False)

    assert_refused(response, "signature_missing")
    assert_logged(response, system, "signature_missing: missing signature")


def test_system_without_a_key_is_refused(client, person):
    keyless = RequesterSystemFactory()
    GrantFactory(requester=keyless)
    headers = signed(keyless, body(), key=signing.generate_private_key())

    response = send(client, body(), keyless, headers)

    assert_refused(response, "signature_invalid")
    assert_logged(response, keyless, "signature_invalid: no signing key registered")


def test_refused_request_does_not_use_up_its_nonce(client, system, person):
    tampered = send(
        client, body(purpose="改"), system, signed(system, body(), nonce="n-1")
    )
    assert tampered.status_code == 401

    response = send(client, body(), system, signed(system, body(), nonce="n-1"))

    assert response.status_code == 200


def test_disabled_system_is_refused_and_logged(client, system, person):
    RequesterSystem.objects.filter(pk=system.pk).update(is_active=False)

    response = post(client, body(), system)

    assert_refused(response)
    assert_logged(response, system, "system disabled")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"HTTP_SIGNATURE": "sharing=:AAAA:"}, id="wrong-bytes"),
        pytest.param({"HTTP_SIGNATURE": "not a dictionary"}, id="malformed"),
        pytest.param({"HTTP_SIGNATURE_INPUT": "sharing=()"}, id="no-components"),
        pytest.param({"HTTP_CONTENT_DIGEST": "md5=:AAAA:"}, id="unknown-digest"),
        pytest.param({"HTTP_SIGNATURE": "x\x00"}, id="nul"),
    ],
)
def test_malformed_signature_headers_are_refused_not_crashed(
    client, system, person, change
):
    headers = {**signed(system, body()), **change}

    response = send(client, body(), system, headers)

    assert response.status_code == 401
    assert response.json()["error"] in {"signature_invalid", "digest_mismatch"}


def test_signature_without_a_nonce_is_refused(client, system, person):
    from http_message_signatures import (
        HTTPMessageSigner,
        MappingKeyResolver,
        algorithms,
    )

    from sharing.signing import _Message

    content = content_of(body()).encode()
    message = _Message("POST", f"https://testserver{URL}")
    HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(
            public_keys={}, private_keys={system.code: signing_key(system)}
        ),
    ).sign(
        message,
        key_id=system.code,
        covered_component_ids=("@method", "@path"),
        body=content,
    )
    headers = {api_support.as_meta(k): v for k, v in message.headers.items()}

    response = send(client, body(), system, headers)

    assert_refused(response, "signature_invalid")
    assert "nonce" in records().last().reason


# --- Who is not logged ---------------------------------------------------------------


def test_unknown_client_id_is_refused_and_not_logged(client, system, person):
    response = post(client, body(), system, HTTP_X_CLIENT_ID="no-such-system")

    assert_refused(response)
    assert not records().exists()


@pytest.mark.parametrize("client_id", ["tax-system\x00", "x" * 65, "  "])
def test_malformed_client_id_is_refused_and_not_logged(
    client, system, person, client_id
):
    response = post(client, body(), system, HTTP_X_CLIENT_ID=client_id)

    assert_refused(response)
    assert not records().exists()


def test_missing_client_id_is_refused_and_not_logged(client, system, person):
    response = client.post(
        URL,
        content_of(body()),
        content_type="application/json",
        **signed(system, body()),
    )

    assert_refused(response)
    assert not records().exists()


def test_credentials_are_checked_before_the_body(client):
    response = post(client, "{not json", HTTP_X_CLIENT_ID="no-such-system")

    assert_refused(response)


# --- Bearer tokens: development only -------------------------------------------------


def test_bearer_token_is_refused_when_the_setting_is_off(client, system, person):
    response = post(client, body(), system, token=system.token)

    payload = assert_refused(response, "signature_missing")
    assert "Bearer" not in response["WWW-Authenticate"]
    assert_logged(response, system, "signature_missing: bearer token refused")
    assert payload["audit_id"] == only_record().pk


def test_bearer_token_is_let_in_when_the_setting_is_on(
    client, system, person, allow_bearer
):
    response = post(client, body(), system, token=system.token)

    assert response.status_code == 200


def test_signed_request_is_let_in_when_bearer_is_allowed_too(
    client, system, person, allow_bearer
):
    assert post(client, body(), system).status_code == 200


def test_missing_authorization_header_is_refused_and_logged(
    client, system, person, allow_bearer
):
    response = post(client, body(), system, sign=False)

    assert_refused(response)
    assert "Bearer" in response["WWW-Authenticate"]
    assert_logged(response, system, "missing credentials")


def test_wrong_token_is_refused_and_logged(client, system, person, allow_bearer):
    response = post(client, body(), system, token="not-the-token")

    assert_refused(response)
    assert_logged(response, system, "wrong token")


def test_token_of_another_system_is_refused(client, system, person, allow_bearer):
    other = RequesterSystemFactory()

    response = post(client, body(), system, token=other.token)

    assert_refused(response)
    assert only_record().requester == system


@pytest.mark.parametrize("scheme", ["Basic", "Token", ""])
def test_other_authorization_schemes_are_refused(
    client, system, person, allow_bearer, scheme
):
    response = post(
        client,
        body(),
        system,
        sign=False,
        HTTP_AUTHORIZATION=f"{scheme} {system.token}".strip(),
    )

    assert_refused(response)
    assert only_record().outcome == AccessRecord.Outcome.INVALID


def test_system_without_a_token_cannot_sign_in(client, person, allow_bearer):
    tokenless = RequesterSystemFactory(issue_token=False)

    response = post(client, body(), tokenless, token="")

    assert_refused(response)


def test_deploy_check_warns_while_bearer_tokens_are_allowed(settings):
    from sharing.checks import check_bearer_tokens_off

    assert check_bearer_tokens_off() == []
    settings.SHARING_API_ALLOW_BEARER = True
    assert [message.id for message in check_bearer_tokens_off()] == ["sharing.W001"]


def test_production_settings_never_allow_bearer_tokens():
    from tests.test_project import PRODUCTION_ENV, run_manage

    code = "from django.conf import settings as s; print(s.SHARING_API_ALLOW_BEARER)"
    env = {**PRODUCTION_ENV, "SHARING_API_ALLOW_BEARER": "1"}

    result = run_manage("shell", "-c", code, env=env)

    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


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
    wrong_key = signing.generate_private_key()
    for _ in range(2):
        headers = signed(system, body(), key=wrong_key)
        assert send(client, body(), system, headers).status_code == 401

    response = send(client, body(), system, signed(system, body(), key=wrong_key))

    assert response.status_code == 429
    assert records().count() == 2
    # The real client is not locked out by someone forging its signatures.
    assert post(client, body(), system).status_code == 200


def test_replays_count_as_failures(client, system, person, settings):
    settings.SHARING_API_AUTH_FAILURE_LIMIT = 1
    headers = signed(system, body())
    assert send(client, body(), system, headers).status_code == 200
    assert send(client, body(), system, headers).status_code == 401

    assert send(client, body(), system, headers).status_code == 429


# --- sharing_issue_key ---------------------------------------------------------------


def issue_key(code: str, *args: str) -> str:
    out = io.StringIO()
    call_command("sharing_issue_key", code, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_issue_key_prints_a_private_key_whose_signatures_are_accepted(
    client, system, person
):
    private_key = signing.load_private_key(issue_key(system.code))

    headers = signed(system, body(), key=private_key)
    response = send(client, body(), system, headers)

    assert response.status_code == 200
    system.refresh_from_db()
    assert signing.public_pem(private_key) == system.signing_public_key


def test_issue_key_replaces_the_previous_key(client, system, person):
    previous = signing_key(system)

    issue_key(system.code)

    response = send(client, body(), system, signed(system, body(), key=previous))
    assert_refused(response, "signature_invalid")


def test_issue_key_makes_ecdsa_p256_keys_on_request(system):
    private_key = signing.load_private_key(
        issue_key(system.code, "--algorithm", signing.ECDSA_P256)
    )

    assert isinstance(private_key.curve, ec.SECP256R1)


def test_issue_key_keeps_no_private_key(system):
    pem = issue_key(system.code)

    system.refresh_from_db()
    stored = json.dumps(
        list(RequesterSystem.objects.filter(pk=system.pk).values()), default=str
    )
    assert "PRIVATE KEY" not in stored
    assert pem.strip() not in stored


def test_issue_key_for_unknown_system_fails():
    with pytest.raises(CommandError, match="no-such-system"):
        call_command("sharing_issue_key", "no-such-system")


# --- sharing_sign_request ------------------------------------------------------------


def sign_with_command(*args: str) -> dict[str, str]:
    out = io.StringIO()
    call_command("sharing_sign_request", *args, stdout=out)
    headers = {}
    for line in out.getvalue().splitlines():
        name, _sep, value = line.partition(": ")
        headers[name] = value
    return headers


def test_sign_request_prints_headers_the_api_accepts(client, system, person, tmp_path):
    key_file = tmp_path / "key.pem"
    key_file.write_text(signing.private_pem(signing_key(system)))
    content = json.dumps(body(), ensure_ascii=False)

    headers = sign_with_command(
        "--client-id",
        system.code,
        "--url",
        f"https://portal.example.gov.cn{URL}",
        "--data",
        content,
        "--key-file",
        str(key_file),
    )

    assert set(headers) == {
        "X-Client-Id",
        "Content-Digest",
        "Signature-Input",
        "Signature",
    }
    meta = {api_support.as_meta(name): value for name, value in headers.items()}
    response = Client().post(
        URL, content.encode(), content_type="application/json", **meta
    )
    assert response.status_code == 200


def test_sign_request_reads_the_key_from_the_environment(
    client, system, person, monkeypatch
):
    monkeypatch.setenv("TAX_SYSTEM_KEY", signing.private_pem(signing_key(system)))

    headers = sign_with_command(
        "--client-id",
        system.code,
        "--url",
        URL,
        "--data",
        content_of(body()),
        "--key-env",
        "TAX_SYSTEM_KEY",
    )

    meta = {api_support.as_meta(name): value for name, value in headers.items()}
    assert send(client, body(), system, meta).status_code == 200


@pytest.mark.parametrize(
    "key",
    ["", "not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"],
)
def test_sign_request_refuses_an_unusable_key(tmp_path, key):
    key_file = tmp_path / "key.pem"
    key_file.write_text(key)

    with pytest.raises(CommandError, match="private key"):
        sign_with_command(
            "--client-id",
            "tax-system",
            "--url",
            URL,
            "--data",
            "{}",
            "--key-file",
            str(key_file),
        )


def test_sign_request_refuses_a_missing_key_file(tmp_path):
    with pytest.raises(CommandError, match="key file"):
        sign_with_command(
            "--client-id",
            "tax-system",
            "--url",
            URL,
            "--data",
            "{}",
            "--key-file",
            str(tmp_path / "absent.pem"),
        )


# --- sharing_issue_token (development) -----------------------------------------------


def test_issue_token_prints_a_working_token(client, system, person, allow_bearer):
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
