"""POST /api/v1/sharing/query: what an authenticated system (signing its requests)
gets back (data, refusals, malformed requests) and the OpenAPI description of the
endpoint."""

import json

import pytest
from django.test import Client

from sharing import api as sharing_api
from sharing.errors import ShareError
from sharing.models import AccessRecord, Resource
from sharing.synthetic import credit_code
from tests.factories.sharing import RequesterSystemFactory
from tests.sharing import api_support, registry_data
from tests.sharing.api_support import URL, body, only_record, post, records
from tests.sharing.registry_data import COMPANY_CODE, PERSON_ID, UNKNOWN_ID

pytestmark = pytest.mark.django_db

# The shared fixtures, bound here so that pytest finds them for this module.
system = api_support.system
person = api_support.person


# --- Allowed -------------------------------------------------------------------------


def test_signed_request_returns_data_with_masked_and_withheld_fields(
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
    response = client.get(URL, HTTP_X_CLIENT_ID=system.code)

    assert response.status_code == 405


# --- OpenAPI -------------------------------------------------------------------------


def test_openapi_schema_describes_the_endpoint(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    operation = schema["paths"][URL]["post"]
    assert operation["security"] == [{"ClientAuth": []}]
    assert [p["name"] for p in operation["parameters"]] == [
        "X-Client-Id",
        "Signature-Input",
        "Content-Digest",
    ]
    assert set(operation["responses"]) >= {"200", "400", "401", "403", "404", "429"}
    components = schema["components"]
    assert {"QueryIn", "QueryOut", "ErrorOut"} <= set(components["schemas"])
    scheme = components["securitySchemes"]["ClientAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == (
        "apiKey",
        "header",
        "Signature",
    )
    assert "RFC 9421" in scheme["description"]


def test_api_docs_page_renders(client):
    assert client.get("/api/v1/docs").status_code == 200
