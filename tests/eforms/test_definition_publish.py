"""Publishing and unpublishing a form definition as editors expect: an
unpublished form is no longer offered (the service takes the basic form), the
applicants' drafts and the versions applications used are kept; a broken pattern
(regular expression) is refused when the definition is saved, naming the field,
so it never reaches a citizen."""

import json
import logging

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import INFO
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from applications import selectors as application_selectors
from eforms.actions import definition_publish, draft_save
from eforms.blocks import TextFieldBlock
from eforms.definitions import field, section
from eforms.field_types import make_field
from eforms.models import Draft, FormVersion
from eforms.selectors import form_for_service
from tests.factories import ApplicationFactory, StaffUserFactory

pytestmark = pytest.mark.django_db

BODY = [
    section(
        "申请信息",
        field("text", "reason", "申请事由"),
        field(
            "text",
            "bank_account",
            "收款银行账号",
            regex=r"^\d{12,19}$",
            regex_message="银行账号为12至19位数字。",
        ),
    )
]


@pytest.fixture
def definition(service):
    return definition_publish(service=service, title="申请表", body=BODY)


@pytest.fixture
def version(definition):
    return definition.versions.get()


def apply_url(service) -> str:
    return reverse("applications:apply", kwargs={"code": service.code})


def save_draft(user, service, version, data):
    return draft_save(
        user=user, service=service, version=version, data=data, expected_revision=None
    )


# unpublishing ------------------------------------------------------------------


def test_unpublished_form_is_no_longer_used_by_its_service(definition, service):
    definition.unpublish()
    assert form_for_service(service) is None


def test_unpublishing_keeps_every_version(definition, version):
    definition.unpublish()
    assert FormVersion.objects.filter(definition=definition).get() == version


def test_republishing_puts_the_form_back_in_use(definition, service, version):
    definition.unpublish()
    definition.refresh_from_db()
    definition.latest_revision.publish()
    assert form_for_service(service) == version


def test_applying_pages_drop_an_unpublished_form_at_once(definition, service):
    before = application_selectors.service_for_applying(code=service.code)
    definition.unpublish()
    after = application_selectors.service_for_applying(code=service.code)
    assert before.form_version_id is not None
    assert after.form_version_id is None


def test_editor_unpublishing_in_the_admin_takes_the_form_out_of_use(
    client, definition, service
):
    editor = StaffUserFactory()
    editor.groups.add(Group.objects.get(name="内容编辑"))
    client.force_login_mfa(editor)
    url = reverse(
        "wagtailsnippets_eforms_formdefinition:unpublish", args=[definition.pk]
    )
    response = client.post(url)
    assert response.status_code == 302
    assert form_for_service(service) is None


def test_apply_page_offers_the_basic_form_after_unpublishing(
    client, citizen, definition, service
):
    definition.unpublish()
    client.force_login(citizen)
    response = client.get(apply_url(service))
    assert response.status_code == 200
    assert response.context["is_eform"] is False


def test_draft_of_an_unpublished_form_is_kept_and_the_applicant_told(
    client, citizen, definition, service, version
):
    save_draft(citizen, service, version, {"reason": "保存的草稿"})
    definition.unpublish()
    client.force_login(citizen)
    response = client.get(apply_url(service))
    assert [m.level for m in response.context["messages"]] == [INFO]
    assert Draft.objects.filter(user=citizen, service=service).exists()


def test_applicant_without_a_draft_is_not_told_about_one(
    client, citizen, definition, service
):
    definition.unpublish()
    client.force_login(citizen)
    response = client.get(apply_url(service))
    assert list(response.context["messages"]) == []


def test_draft_is_resumed_when_the_form_is_published_again(
    client, citizen, definition, service, version
):
    save_draft(citizen, service, version, {"reason": "保存的草稿"})
    definition.unpublish()
    client.force_login(citizen)
    client.get(apply_url(service))
    definition_publish(service=service, title="申请表", body=BODY)
    assert "保存的草稿" in client.get(apply_url(service)).content.decode()


def test_autosave_to_an_unpublished_form_is_refused(
    client, citizen, definition, service, version
):
    definition.unpublish()
    client.force_login(citizen)
    response = client.post(
        reverse("eforms:draft_autosave", args=[service.code]),
        json.dumps({"revision": None, "data": {"reason": "晚到的自动保存"}}),
        content_type="application/json",
    )
    assert response.status_code == 404
    assert not Draft.objects.filter(user=citizen).exists()


def test_application_filled_in_an_unpublished_version_stays_readable(
    client, citizen, definition, service, version
):
    application = ApplicationFactory(
        applicant=citizen,
        service=service,
        form_version=version,
        data={"reason": "迁入本市", "bank_account": "622202123456789"},
    )
    definition.unpublish()
    client.force_login_mfa(StaffUserFactory())
    response = client.get(reverse("desk:detail", kwargs={"number": application.number}))
    content = response.content.decode()
    assert response.status_code == 200
    assert "申请事由" in content and "迁入本市" in content


# patterns (regular expressions) --------------------------------------------------


def test_invalid_pattern_is_refused_on_publish_naming_the_field(service):
    body = [section("A", field("text", "bank_account", "收款账号", regex="[0-9"))]
    with pytest.raises(ValidationError) as refused:
        definition_publish(service=service, title="坏", body=body)
    messages = refused.value.message_dict["body"]
    assert len(messages) == 1
    assert "bank_account" in messages[0] and "收款账号" in messages[0]
    assert not FormVersion.objects.exists()


def test_invalid_pattern_in_a_group_row_is_refused_naming_the_field(service):
    group = field(
        "group",
        "holders",
        "股东",
        min_rows=0,
        max_rows=3,
        initial_rows=1,
        fields=[field("text", "name", "名称", regex="(unclosed")],
    )
    with pytest.raises(ValidationError) as refused:
        definition_publish(service=service, title="坏", body=[section("A", group)])
    assert "holders.name" in refused.value.message_dict["body"][0]


def test_invalid_pattern_is_refused_next_to_the_field_in_the_editor():
    block = TextFieldBlock()
    value = block.to_python(field("text", "code", "编号", regex="a{2,1}")["value"])
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert list(refused.value.block_errors) == ["regex"]


def test_valid_pattern_is_accepted_by_the_field_block():
    block = TextFieldBlock()
    value = block.to_python(field("text", "code", "编号", regex=r"^\d{6}$")["value"])
    assert block.clean(value)["regex"] == r"^\d{6}$"


def test_condition_of_a_row_field_on_an_unknown_field_is_refused(service):
    group = field(
        "group",
        "holders",
        "股东",
        min_rows=0,
        max_rows=3,
        initial_rows=1,
        fields=[
            field("text", "name", "名称", visible_when_field="nope"),
        ],
    )
    with pytest.raises(ValidationError) as refused:
        definition_publish(service=service, title="坏", body=[section("A", group)])
    assert "holders.name" in refused.value.message_dict["body"][0]


def test_condition_of_a_row_field_on_its_own_group_is_refused(service):
    group = field(
        "group",
        "holders",
        "股东",
        min_rows=0,
        max_rows=3,
        initial_rows=1,
        fields=[field("text", "name", "名称", visible_when_field="holders")],
    )
    with pytest.raises(ValidationError):
        definition_publish(service=service, title="坏", body=[section("A", group)])


def test_broken_pattern_reaching_validation_is_skipped_with_a_warning(caplog):
    spec = {
        "type": "text",
        "key": "bank_account",
        "label": "收款账号",
        "required": True,
        "regex": "[0-9",
    }
    with caplog.at_level(logging.WARNING, logger="eforms.field_types"):
        form_field = make_field(spec)
    assert form_field.clean("任意内容") == "任意内容"
    assert "bank_account" in caplog.text
    assert "[0-9" not in caplog.text
