"""The identity prefill source: the profile's contact address, the verified
account phone first, and identity values converted into a field's own format."""

import pytest
from django.core.cache import cache

from applications.models import ContactDetails
from eforms.actions import definition_publish
from eforms.definitions import field, section
from eforms.models import Region
from eforms.prefill import prefill_for
from eforms.prefill.sources import address_from_text, identity_field_value
from eforms.selectors import REGION_CACHE_KEY
from tests.factories import PersonFactory, UserFactory

pytestmark = pytest.mark.django_db

BODY = [
    section(
        "联系方式",
        field("phone", "contact_phone", "联系电话", prefill="identity.phone"),
        field("text", "residence", "居住地址", prefill="identity.address"),
    )
]


@pytest.fixture
def version(service):
    return definition_publish(
        service=service, title="联系表单", body=BODY
    ).versions.get()


@pytest.fixture
def regions_fresh():
    cache.delete(REGION_CACHE_KEY)
    yield
    cache.delete(REGION_CACHE_KEY)


def _spec(kind: str, **settings) -> dict:
    """A field spec as a published version keeps it (``eforms.schema``)."""
    spec = {
        "type": kind,
        "key": "f",
        "label": "字段",
        "help_text": "",
        "required": True,
        "regex": "",
        "regex_message": "",
        "min_length": None,
        "max_length": None,
        "prefill": "",
        "visible_when": None,
    }
    if kind == "address":
        spec["detail_required"] = True
    spec.update(settings)
    return spec


# --- identity.address ---------------------------------------------------------------


def test_identity_address_is_the_profile_contact_address(version):
    user = PersonFactory().user
    ContactDetails.objects.create(user=user, address="示范省榕城市鼓楼区政务路8号")
    values = prefill_for(user=user, organisation=None, version=version)
    assert values["residence"].value == "示范省榕城市鼓楼区政务路8号"
    assert values["residence"].read_only is False


def test_identity_address_is_not_prefilled_without_a_contact_address(version):
    user = PersonFactory().user
    values = prefill_for(user=user, organisation=None, version=version)
    assert "residence" not in values


# --- identity.phone -----------------------------------------------------------------


def test_identity_phone_prefers_the_verified_account_phone(version):
    user = UserFactory(phone="13722223333", phone_verified=True)
    PersonFactory(user=user, phone="13800000000")
    values = prefill_for(user=user, organisation=None, version=version)
    assert values["contact_phone"].value == "13722223333"


def test_identity_phone_prefers_the_persons_phone_to_an_unverified_one(version):
    user = UserFactory(phone="13722223333", phone_verified=False)
    PersonFactory(user=user, phone="13800000000")
    values = prefill_for(user=user, organisation=None, version=version)
    assert values["contact_phone"].value == "13800000000"


def test_identity_phone_falls_back_to_an_unverified_account_phone(version):
    user = UserFactory(phone="13722223333", phone_verified=False)
    PersonFactory(user=user, phone="")
    values = prefill_for(user=user, organisation=None, version=version)
    assert values["contact_phone"].value == "13722223333"


# --- an address as an address field stores it ---------------------------------------


def test_address_text_naming_its_regions_becomes_codes_and_detail(regions_fresh):
    assert address_from_text("示范省榕城市鼓楼区政务路8号") == {
        "province": "350000",
        "city": "350100",
        "county": "350102",
        "detail": "政务路8号",
        "text": "示范省榕城市鼓楼区政务路8号",
    }


def test_address_text_without_the_province_is_placed_by_its_county(regions_fresh):
    value = address_from_text("榕城市台江区江滨路2号")
    assert (value["province"], value["city"], value["county"]) == (
        "350000",
        "350100",
        "350103",
    )
    assert value["detail"] == "江滨路2号"


def test_address_text_without_a_county_is_not_placed(regions_fresh):
    assert address_from_text("政务路8号") is None
    assert address_from_text("示范省榕城市政务路8号") is None


def test_address_text_with_an_ambiguous_county_needs_its_city(regions_fresh):
    Region.objects.create(
        code="350207", name="鼓楼区", level="county", parent_id="350200"
    )
    assert address_from_text("鼓楼区政务路8号") is None
    assert address_from_text("榕城市鼓楼区政务路8号")["county"] == "350102"
    assert address_from_text("鹭岛市鼓楼区政务路8号")["county"] == "350207"


def test_address_text_naming_a_county_of_another_city_is_not_placed(regions_fresh):
    assert address_from_text("鹭岛市鼓楼区政务路8号") is None


def test_address_text_without_a_street_is_not_placed_when_detail_required(
    regions_fresh,
):
    assert address_from_text("示范省榕城市鼓楼区") is None
    assert (
        address_from_text("示范省榕城市鼓楼区", detail_required=False)["detail"] == ""
    )


# --- identity values in a field's own format -----------------------------------------


def test_identity_value_too_long_for_a_text_field_does_not_fit():
    spec = _spec("text", max_length=5, prefill="identity.address")
    assert identity_field_value(spec, "address", "示范省榕城市鼓楼区政务路8号") is None
    assert identity_field_value(spec, "address", "政务路8号") == "政务路8号"


def test_identity_phone_does_not_fit_an_address_field():
    spec = _spec("address", prefill="identity.phone")
    assert identity_field_value(spec, "phone", "13722223333") is None


def test_identity_address_fills_an_address_field_as_a_dict(regions_fresh):
    spec = _spec("address", prefill="identity.address")
    value = identity_field_value(spec, "address", "示范省榕城市鼓楼区政务路8号")
    assert value["county"] == "350102"
    assert value["detail"] == "政务路8号"
