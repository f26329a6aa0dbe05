"""Identifier answers of an e-form (resident ID numbers, top level and in a
repeating group) are stored sealed - masked copy, encrypted value, keyed hash -
in drafts, the pending submission and the application; pages show them masked,
the owner's own form shows the number again for editing, and values stored in
the plain shape before sealing stay readable and masked."""

import json
import logging

import pytest
from django.urls import reverse

from applications.models import Application
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.field_types import seal, unseal
from eforms.models import Draft
from eforms.rendering import build_form
from sharing.protection import keyed_hash
from tests.eforms.residence_form import (  # noqa: F401
    applicant_fixture,
    masked,
    service_fixture,
    version_fixture,
)
from tests.factories import (
    ApplicationFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
)

pytestmark = pytest.mark.django_db

BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名"),
        field("resident_id", "id_number", "公民身份号码"),
    ),
    section(
        "紧急联系人",
        field(
            "group",
            "contacts",
            "紧急联系人",
            min_rows=0,
            max_rows=3,
            initial_rows=1,
            required=False,
            fields=[
                field("text", "contact_name", "联系人姓名"),
                field("resident_id", "contact_id", "联系人身份证号码", required=False),
            ],
        ),
    ),
]


@pytest.fixture
def form_body():
    return BODY


@pytest.fixture
def numbers():
    """The applicant's number and the emergency contact's."""
    return next_resident_id(), next_resident_id()


def apply_url(service):
    return reverse("applications:apply", kwargs={"code": service.code})


def review_url(service):
    return reverse("applications:apply_review", kwargs={"code": service.code})


def form_post(numbers, **extra) -> dict:
    own, contact = numbers
    return {
        "name": "林晓明",
        "id_number": own,
        "contacts__rows": "1",
        "contacts__0__contact_name": "林母",
        "contacts__0__contact_id": contact,
        **extra,
    }


def continue_to_review(client, applicant, service, numbers):
    client.force_login(applicant)
    response = client.post(apply_url(service), form_post(numbers, _continue="1"))
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.session[f"apply:{service.code}"]


def submit(client, applicant, service, numbers) -> Application:
    pending = continue_to_review(client, applicant, service, numbers)
    response = client.post(
        review_url(service),
        {"submission_key": pending["submission_key"], "declaration": "on"},
    )
    assert response.status_code == 302
    return Application.objects.get(applicant=applicant)


def save_draft(client, applicant, service, numbers) -> Draft:
    client.force_login(applicant)
    response = client.post(apply_url(service), form_post(numbers, _save_draft="1"))
    assert response.status_code == 302
    return Draft.objects.get(user=applicant, service=service)


def assert_no_plain_number(value, numbers) -> None:
    dumped = json.dumps(value, ensure_ascii=False)
    for number in numbers:
        assert number not in dumped


# --- storage -----------------------------------------------------------------------


def test_submitted_application_data_holds_no_plain_identifier(
    client, applicant, service, numbers
):
    application = submit(client, applicant, service, numbers)
    assert_no_plain_number(application.data, numbers)


def test_submitted_application_keeps_the_masked_copy_top_level_and_in_a_group(
    client, applicant, service, numbers
):
    application = submit(client, applicant, service, numbers)
    assert application.data["id_number"]["masked"] == masked(numbers[0])
    contact = application.data["contacts"][0]["contact_id"]
    assert contact["masked"] == masked(numbers[1])


def test_sealed_identifier_opens_to_the_number_typed(
    client, applicant, service, numbers
):
    application = submit(client, applicant, service, numbers)
    assert unseal(application.data["id_number"]) == numbers[0]
    assert unseal(application.data["contacts"][0]["contact_id"]) == numbers[1]


def test_keyed_hash_of_a_number_finds_the_application(
    client, applicant, service, numbers
):
    application = submit(client, applicant, service, numbers)
    found = Application.objects.filter(data__id_number__hash=keyed_hash(numbers[0]))
    assert list(found) == [application]


def test_saved_draft_holds_no_plain_identifier(client, applicant, service, numbers):
    draft = save_draft(client, applicant, service, numbers)
    assert_no_plain_number(draft.data, numbers)
    assert draft.data["contacts__0__contact_id"]["masked"] == masked(numbers[1])


def test_draft_kept_on_continue_holds_no_plain_identifier(
    client, applicant, service, numbers
):
    continue_to_review(client, applicant, service, numbers)
    draft = Draft.objects.get(user=applicant, service=service)
    assert_no_plain_number(draft.data, numbers)


def test_pending_submission_in_the_session_holds_no_plain_identifier(
    client, applicant, service, numbers
):
    pending = continue_to_review(client, applicant, service, numbers)
    assert_no_plain_number(pending, numbers)


def test_text_field_prefilled_from_a_resident_id_is_sealed_when_typed(service):
    body = [
        section(
            "申请人信息",
            field(
                "text", "applicant_id", "公民身份号码", prefill="population.resident_id"
            ),
        )
    ]
    other = ServiceFactory(name="其他事项")
    version = definition_publish(service=other, title="表", body=body).versions.get()
    number = next_resident_id()
    form = build_form(version, data={"applicant_id": number}, prefill={})
    assert form.is_valid(), form.errors
    assert_no_plain_number(form.cleaned_data, [number])
    assert unseal(form.cleaned_data["applicant_id"]) == number


def test_no_log_line_carries_an_identifier(client, applicant, service, numbers, caplog):
    caplog.set_level(logging.DEBUG)
    save_draft(client, applicant, service, numbers)
    submit(client, applicant, service, numbers)
    for number in numbers:
        assert number not in caplog.text


# --- display -----------------------------------------------------------------------


def test_review_page_shows_identifiers_masked(client, applicant, service, numbers):
    continue_to_review(client, applicant, service, numbers)
    content = client.get(review_url(service)).content.decode()
    for number in numbers:
        assert number not in content
        assert masked(number) in content


def test_owner_sees_the_numbers_of_the_draft_in_the_inputs(
    client, applicant, service, numbers
):
    save_draft(client, applicant, service, numbers)
    content = client.get(apply_url(service)).content.decode()
    assert f'value="{numbers[0]}"' in content
    assert f'value="{numbers[1]}"' in content


def test_another_user_does_not_see_the_draft_numbers(
    client, applicant, service, numbers
):
    save_draft(client, applicant, service, numbers)
    client.force_login(PersonFactory().user)
    response = client.get(apply_url(service))
    assert response.status_code == 200
    assert response.context["draft"] is None
    content = response.content.decode()
    for number in numbers:
        assert number not in content


def test_form_reopened_from_the_draft_validates_again(
    client, applicant, service, numbers
):
    save_draft(client, applicant, service, numbers)
    form = client.get(apply_url(service)).context["form"]
    shown = (form["id_number"].value(), form["contacts__0__contact_id"].value())
    response = client.post(apply_url(service), form_post(shown, _continue="1"))
    assert response.status_code == 302


def test_draft_in_the_old_plain_shape_is_still_shown_to_its_owner(
    client, applicant, service, version, numbers
):
    Draft.objects.create(
        user=applicant,
        service=service,
        version=version,
        data={"name": "林晓明", "id_number": numbers[0]},
    )
    client.force_login(applicant)
    content = client.get(apply_url(service)).content.decode()
    assert f'value="{numbers[0]}"' in content


def test_undecryptable_draft_value_leaves_the_input_empty(
    client, applicant, service, version, numbers
):
    broken = {**seal(numbers[0]), "sealed": "not-a-token"}
    Draft.objects.create(
        user=applicant,
        service=service,
        version=version,
        data={"name": "林晓明", "id_number": broken},
    )
    client.force_login(applicant)
    response = client.get(apply_url(service))
    assert response.status_code == 200
    assert "not-a-token" not in response.content.decode()
    assert response.context["form"]["id_number"].value() == ""


def test_old_plain_value_is_shown_masked_on_the_review_page(
    client, applicant, service, numbers
):
    pending = continue_to_review(client, applicant, service, numbers)
    # As a session written before sealing held it.
    pending["data"]["id_number"] = numbers[0]
    pending["data"]["contacts"][0]["contact_id"] = numbers[1]
    session = client.session
    session[f"apply:{service.code}"] = pending
    session.save()
    content = client.get(review_url(service)).content.decode()
    for number in numbers:
        assert number not in content
        assert masked(number) in content


def test_old_plain_value_is_shown_masked_on_the_desk_page(
    client, applicant, service, version, numbers
):
    application = ApplicationFactory(
        applicant=applicant,
        service=service,
        form_version=version,
        data={
            "name": "林晓明",
            "id_number": numbers[0],
            "contacts": [{"contact_name": "林母", "contact_id": numbers[1]}],
        },
    )
    client.force_login_mfa(StaffUserFactory())
    content = client.get(
        reverse("desk:detail", kwargs={"number": application.number})
    ).content.decode()
    for number in numbers:
        assert number not in content
        assert masked(number) in content


def test_sealed_value_is_shown_masked_on_the_desk_page(
    client, applicant, service, numbers
):
    application = submit(client, applicant, service, numbers)
    client.force_login_mfa(StaffUserFactory())
    content = client.get(
        reverse("desk:detail", kwargs={"number": application.number})
    ).content.decode()
    for number in numbers:
        assert number not in content
        assert masked(number) in content


def test_stale_autosave_returns_the_owner_their_numbers_not_the_ciphertext(
    client, applicant, service, numbers
):
    save_draft(client, applicant, service, numbers)
    response = client.post(
        reverse("eforms:draft_autosave", kwargs={"service_code": service.code}),
        json.dumps({"revision": 0, "data": {"name": "旧设备"}}),
        content_type="application/json",
    )
    assert response.status_code == 409
    data = response.json()["data"]
    assert data["id_number"] == numbers[0]
    assert data["contacts__0__contact_id"] == numbers[1]
    assert "gAAAA" not in response.content.decode()
