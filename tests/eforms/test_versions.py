"""Definitions built in the Wagtail admin; each publication is a version."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from demo.forms import FORMS, seed_form_definitions
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.models import FormVersion
from eforms.selectors import form_for_service
from tests.factories import ServiceFactory, StaffUserFactory

pytestmark = pytest.mark.django_db


def test_publishing_creates_version_one_with_the_schema(version):
    assert version.number == 1
    keys = [f["key"] for f in version.schema["sections"][0]["fields"]]
    assert keys[:3] == ["name", "story", "age"]
    assert version.schema["sections"][1]["fields"][0]["fields"][0]["key"] == "holder"


def test_republishing_creates_a_new_version_and_keeps_the_old(definition, service):
    body = [section("新", field("text", "only", "唯一字段"))]
    definition_publish(service=service, title="改版", body=body)
    latest = form_for_service(service)
    assert latest.number == 2
    assert latest.schema["sections"][0]["title"] == "新"
    old = FormVersion.objects.get(definition=definition, number=1)
    assert old.schema["sections"][0]["title"] == "申请人"


def test_older_version_is_detected_as_stale(definition, service, version):
    definition_publish(service=service, title="改版", body=[section("新")])
    version.refresh_from_db()
    assert version.is_latest is False
    assert form_for_service(service).is_latest is True


def test_a_version_cannot_be_changed(version):
    version.schema = {}
    with pytest.raises(ValidationError):
        version.save()


def test_saving_a_draft_revision_does_not_create_a_version(definition, service):
    definition.body = [section("草稿")]
    definition.save_revision()
    assert form_for_service(service).number == 1


def test_service_without_form_has_none():
    assert form_for_service(ServiceFactory()) is None


def test_duplicate_keys_are_refused(service):
    body = [section("A", field("text", "x", "一"), field("text", "x", "二"))]
    with pytest.raises(ValidationError):
        definition_publish(service=service, title="坏", body=body)


def test_condition_on_an_unknown_field_is_refused(service):
    body = [section("A", field("text", "x", "一", visible_when_field="nope"))]
    with pytest.raises(ValidationError):
        definition_publish(service=service, title="坏", body=body)


def test_demo_forms_are_valid_and_publishable():
    for name, body in FORMS.items():
        definition = definition_publish(
            service=ServiceFactory(name=name), title=name, body=body
        )
        assert definition.versions.count() == 1


@pytest.fixture
def editor():
    user = StaffUserFactory()
    user.groups.add(Group.objects.get(name="内容编辑"))
    return user


def test_admin_edit_page_of_a_definition_loads_for_an_editor(
    client, editor, definition
):
    client.force_login_mfa(editor)
    url = reverse("wagtailsnippets_eforms_formdefinition:edit", args=[definition.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "测试表单" in response.content.decode()


def test_admin_list_of_definitions_loads_for_an_editor(client, editor, definition):
    client.force_login_mfa(editor)
    response = client.get(reverse("wagtailsnippets_eforms_formdefinition:list"))
    assert response.status_code == 200


def test_seed_form_definitions_is_idempotent():
    for name in FORMS:
        ServiceFactory(name=name)
    assert seed_form_definitions() == {"form_definitions_created": len(FORMS)}
    assert seed_form_definitions() == {"form_definitions_created": 0}
    assert FormVersion.objects.count() == len(FORMS)
