"""POST /api/v1/sharing/query: the exchange over HTTP for other agencies' systems,
and the sharing_issue_token command that issues their tokens."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from sharing import api as sharing_api
from sharing.errors import ShareError
from sharing.models import AccessRecord, RequesterSystem, Resource
from sharing.synthetic import credit_code
from tests.factories.sharing import GrantFactory, RequesterSystemFactory
from tests.sharing import registry_data
from tests.sharing.registry_data import COMPANY_CODE, PERSON_ID, UNKNOWN_ID

pytestmark = pytest.mark.django_db

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


# --- Allowed -------------------------------------------------------------------------


def test_valid_token_returns_data_with_masked_and_withheld_fields(
    client, system, person
):
    response = post(client, body(), system)

    assert response.status_code == 200
    result = response.json()
    assert result["resource"] == "population.person"
    assert result["subject"] == "350102********" + PERSON_ID[-4:]
    assert result["data"] == {
        "resident_id": "350102********" + PERSON_ID[-4:],
        "name": "林晓明",
        "sex": result["data"]["sex"],
        "birth_date": "1990-03-07",
        "address": "示范省榕城市鼓楼区****",
        "relation_to_head": "户主",
    }
    assert result["masked"] == {"resident_id": "id_number", "address": "address"}
    assert result["withheld"] == {
        "household_number": "not_granted",
        "ethnicity": "sensitive",
    }
    record = only_record()
    assert result["audit_id"] == record.pk
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert record.requester == system
    assert record.purpose == "纳税人身份核验"
    assert PERSON_ID not in json.dumps(list(records().values()), default=str)


def test_requested_fields_only_are_returned(client, system, person):
    response = post(client, body(fields=["name", "household_number"]), system)

    assert response.status_code == 200
    assert response.json()["data"] == {"name": "林晓明"}
    assert response.json()["withheld"] == {"household_number": "not_granted"}
    assert only_record().fields_requested == ["name", "household_number"]


def test_unconditional_resource_needs_no_grant(client):
    registry_data.company()
    other = RequesterSystemFactory()

    response = post(
        client, body(resource="legal-entity.basic", subject=COMPANY_CODE), other
    )

    assert response.status_code == 200
    assert response.json()["data"]["name"] == "示范数字科技有限公司"
    assert response.json()["masked"] == {"legal_representative_id": "id_number"}


def test_endpoint_needs_no_csrf_token(system, person):
    response = post(Client(enforce_csrf_checks=True), body(), system)

    assert response.status_code == 200


def test_end_user_label_is_accepted(client, system, person):
    response = post(client, body(end_user="窗口人员 张三"), system)

    assert response.status_code == 200


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


# --- Refusals: one access record each ------------------------------------------------


def assert_refused(response, status, code, outcome, system):
    assert response.status_code == status
    payload = response.json()
    assert payload["error"] == code
    assert payload["message"]
    assert "data" not in payload
    record = only_record()
    assert payload["audit_id"] == record.pk
    assert record.outcome == outcome
    assert record.requester == system
    assert record.reason.startswith(f"{code}: ")
    assert record.fields_returned == []
    return record


def test_unknown_resource_is_404(client, system):
    response = post(client, body(resource="no.such-resource"), system)

    record = assert_refused(
        response, 404, "unknown_resource", AccessRecord.Outcome.INVALID, system
    )
    assert record.resource_code == "no.such-resource"


def test_unknown_subject_is_404(client, system, person):
    response = post(client, body(subject=UNKNOWN_ID), system)

    assert_refused(
        response, 404, "subject_not_found", AccessRecord.Outcome.NOT_FOUND, system
    )


def test_resident_id_with_bad_check_digit_is_400(client, system, person):
    wrong_check = "0" if PERSON_ID[-1] != "0" else "1"

    response = post(client, body(subject=PERSON_ID[:-1] + wrong_check), system)

    assert_refused(
        response, 400, "invalid_subject", AccessRecord.Outcome.INVALID, system
    )


def test_credit_code_with_bad_check_character_is_400(client, system):
    good = credit_code("350102", 10_000_001)
    wrong_check = "0" if good[-1] != "0" else "1"

    response = post(
        client,
        body(resource="legal-entity.basic", subject=good[:-1] + wrong_check),
        system,
    )

    assert_refused(
        response, 400, "invalid_subject", AccessRecord.Outcome.INVALID, system
    )


@pytest.mark.parametrize("purpose", [None, "", "   "])
def test_missing_purpose_is_400(client, system, person, purpose):
    data = body(purpose=purpose)
    if purpose is None:
        del data["purpose"]

    response = post(client, data, system)

    assert_refused(
        response, 400, "missing_purpose", AccessRecord.Outcome.INVALID, system
    )


def test_null_purpose_is_400(client, system, person):
    response = post(client, body(purpose=None), system)

    assert_refused(
        response, 400, "missing_purpose", AccessRecord.Outcome.INVALID, system
    )


def test_unknown_field_is_400(client, system, person):
    response = post(client, body(fields=["name", "shoe_size"]), system)

    assert_refused(response, 400, "unknown_field", AccessRecord.Outcome.INVALID, system)


def test_not_shared_resource_is_403(client, system, person):
    response = post(client, body(resource="population.criminal-record"), system)

    assert_refused(response, 403, "not_shared", AccessRecord.Outcome.REFUSED, system)


def test_conditional_resource_without_grant_is_403(client, person):
    ungranted = RequesterSystemFactory()

    response = post(client, body(), ungranted)

    assert_refused(response, 403, "no_grant", AccessRecord.Outcome.REFUSED, ungranted)


def test_unavailable_provider_is_503(client, system, person):
    Resource.objects.filter(code="population.person").update(
        backend=Resource.Backend.UNAVAILABLE
    )

    response = post(client, body(), system)

    assert_refused(
        response, 503, "provider_unavailable", AccessRecord.Outcome.ERROR, system
    )


def test_every_share_error_status_is_documented():
    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    statuses = {ShareError.status} | {sub.status for sub in subclasses(ShareError)}
    assert statuses <= set(sharing_api.ERROR_STATUSES)


# --- Malformed requests: JSON errors, never a 500, no data ---------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "{not json",
        "",
        "null",
        "[]",
        '"population.person"',
        json.dumps({"subject": PERSON_ID, "purpose": "x"}),
        json.dumps(body(resource=["population.person"])),
        json.dumps(body(subject=123)),
        json.dumps(body(fields="name")),
        json.dumps(body(fields=["name"] * 51)),
        json.dumps(body(fields=[""])),
        json.dumps(body(purpose="x" * 301)),
        json.dumps(body(end_user="x" * 151)),
        json.dumps(body(subject="3" * 65)),
        json.dumps(body(resource="population.\u0000person")),
        json.dumps(body(subject=PERSON_ID + "\u0000")),
        json.dumps(body(purpose="核验\u0000")),
        json.dumps(body(fields=["name\u0000"])),
        json.dumps(body(end_user="\u0000")),
    ],
)
def test_malformed_body_gets_a_json_4xx(client, system, person, raw):
    response = post(client, raw, system)

    assert 400 <= response.status_code < 500
    payload = response.json()
    assert "data" not in payload
    assert "detail" in payload or "error" in payload


def test_get_is_not_allowed(client, system):
    response = client.get(
        URL,
        HTTP_X_CLIENT_ID=system.code,
        HTTP_AUTHORIZATION=f"Bearer {system.token}",
    )

    assert response.status_code == 405


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


# --- OpenAPI -------------------------------------------------------------------------


def test_openapi_schema_describes_the_endpoint(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    operation = schema["paths"][URL]["post"]
    assert operation["security"] == [{"ClientTokenAuth": []}]
    assert operation["parameters"][0]["name"] == "X-Client-Id"
    assert set(operation["responses"]) >= {"200", "400", "401", "403", "404", "429"}
    components = schema["components"]
    assert {"QueryIn", "QueryOut", "ErrorOut"} <= set(components["schemas"])
    assert components["securitySchemes"]["ClientTokenAuth"]["scheme"] == "bearer"


def test_api_docs_page_renders(client):
    assert client.get("/api/v1/docs").status_code == 200


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
