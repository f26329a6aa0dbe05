"""A profile change reaching open e-form applications: fields prefilled from the
applicant's own account follow it in their own format, whatever their key; typed
fields, registry fields and decided applications stay as they were."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from applications.actions import contact_details_update, phone_verified_received
from applications.models import Application, ContactDetails
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.selectors import REGION_CACHE_KEY
from notifications.models import Notification
from tests.factories import (
    ApplicationFactory,
    PersonFactory,
    StaffUserFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

BODY = [
    section(
        "联系方式",
        field("phone", "contact_phone", "联系电话", prefill="identity.phone"),
        field("text", "residence", "居住地址", prefill="identity.address"),
        field("address", "address", "通讯地址", prefill="identity.address"),
        field("address", "site", "经营场所"),
        field("text", "notes", "备注", required=False),
        field("text", "reg_address", "户籍地址", prefill="population.address"),
        field("text", "short", "简称地址", max_length=8, prefill="identity.address"),
        field(
            "text",
            "mail_to",
            "邮寄地址",
            required=False,
            prefill="identity.address",
            visible_when_field="notes",
            visible_when_value="邮寄",
        ),
    )
]

OLD_ADDRESS = {
    "province": "350000",
    "city": "350100",
    "county": "350102",
    "detail": "旧路1号",
    "text": "示范省榕城市鼓楼区旧路1号",
}
SITE = {
    "province": "350000",
    "city": "350200",
    "county": "350203",
    "detail": "港口路3号",
    "text": "示范省鹭岛市海湾区港口路3号",
}
NEW_ADDRESS = "示范省榕城市台江区新街9号"


@pytest.fixture(autouse=True)
def fresh_regions():
    cache.delete(REGION_CACHE_KEY)


@pytest.fixture
def applicant(db):
    user = UserFactory(phone="13912345678", phone_verified=True)
    PersonFactory(user=user)
    ContactDetails.objects.create(user=user, address="示范省榕城市鼓楼区旧路1号")
    return user


@pytest.fixture
def version(service):
    return definition_publish(
        service=service, title="联系表单", body=BODY
    ).versions.get()


def _application(applicant, version, status=Application.Status.SUBMITTED, **kwargs):
    return ApplicationFactory(
        applicant=applicant,
        service=version.definition.service,
        form_version=version,
        status=status,
        data={
            "contact_phone": "13800000000",
            "residence": "示范省榕城市鼓楼区旧路1号",
            "address": dict(OLD_ADDRESS),
            "site": dict(SITE),
            "notes": "示范省榕城市鼓楼区旧路1号",
            "reg_address": "示范省榕城市鼓楼区户籍路2号",
            "short": "旧路1号",
        },
        **kwargs,
    )


def test_text_field_keyed_differently_gets_the_new_address(applicant, version):
    application = _application(applicant, version)
    changed = contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert changed == [application]
    assert application.data["residence"] == NEW_ADDRESS


def test_phone_field_keyed_differently_gets_the_verified_phone(applicant, version):
    application = _application(applicant, version)
    phone_verified_received(user=applicant, phone="13722223333")
    application.refresh_from_db()
    assert application.data["contact_phone"] == "13722223333"


def test_address_field_keeps_its_dict_shape(applicant, version):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert application.data["address"] == {
        "province": "350000",
        "city": "350100",
        "county": "350103",
        "detail": "新街9号",
        "text": NEW_ADDRESS,
    }


def test_fields_without_an_identity_prefill_are_left_alone(applicant, version):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert application.data["site"] == SITE
    assert application.data["notes"] == "示范省榕城市鼓楼区旧路1号"
    assert application.data["reg_address"] == "示范省榕城市鼓楼区户籍路2号"


def test_field_hidden_when_submitted_stays_absent(applicant, version):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert "mail_to" not in application.data


def test_decided_applications_are_left_alone(applicant, version):
    closed = [
        _application(applicant, version, status=status)
        for status in (
            Application.Status.APPROVED,
            Application.Status.REJECTED,
            Application.Status.WITHDRAWN,
        )
    ]
    before = {application.pk: dict(application.data) for application in closed}
    assert contact_details_update(user=applicant, address=NEW_ADDRESS) == []
    phone_verified_received(user=applicant, phone="13722223333")
    for application in closed:
        application.refresh_from_db()
        assert application.data == before[application.pk]


def test_address_that_does_not_name_its_county_leaves_the_address_field(
    applicant, version
):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address="新街9号")
    application.refresh_from_db()
    assert application.data["address"] == OLD_ADDRESS
    assert application.data["residence"] == "新街9号"


def test_address_too_long_for_a_text_field_leaves_it(applicant, version):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert application.data["short"] == "旧路1号"


def test_handler_is_told_which_fields_were_updated_and_which_to_confirm(
    applicant, version, django_capture_on_commit_callbacks
):
    handler = StaffUserFactory()
    application = _application(
        applicant, version, status=Application.Status.ACCEPTED, handler=handler
    )
    with django_capture_on_commit_callbacks(execute=True):
        contact_details_update(user=applicant, address=NEW_ADDRESS)
    notification = Notification.objects.get(user=handler)
    assert notification.url == reverse("desk:detail", args=[application.number])
    assert "居住地址" in notification.body
    assert "通讯地址" in notification.body
    assert "简称地址" in notification.body  # to confirm with the applicant
    assert "经营场所" not in notification.body
    assert "新街" not in notification.body


def test_applicant_is_told_of_a_field_that_could_not_be_updated(applicant, version):
    application = _application(applicant, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    notification = Notification.objects.get(user=applicant)
    assert application.number in notification.subject
    assert "简称地址" in notification.body
    assert notification.url == application.get_absolute_url()


def test_saving_the_same_profile_again_reports_nothing_new(applicant, version):
    handler = StaffUserFactory()
    _application(applicant, version, handler=handler)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    assert contact_details_update(user=applicant, address=NEW_ADDRESS) == []
    assert Notification.objects.filter(user=handler).count() == 1
    assert Notification.objects.filter(user=applicant).count() == 1


def test_applications_of_other_people_are_left_alone(applicant, version):
    other = UserFactory(phone="13611112222", phone_verified=True)
    PersonFactory(user=other)
    application = _application(other, version)
    contact_details_update(user=applicant, address=NEW_ADDRESS)
    application.refresh_from_db()
    assert application.data["residence"] == "示范省榕城市鼓楼区旧路1号"
