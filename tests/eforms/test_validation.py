"""Each invalid field type gets a clear message; conditional fields are enforced
on the server."""

import datetime

import pytest
from django.utils import timezone, translation

from eforms.rendering import build_form
from tests.eforms.support import GOOD_CODE, GOOD_ID, valid_data

pytestmark = pytest.mark.django_db


def errors_for(version, **changes):
    with translation.override("en"):
        form = build_form(version, data=valid_data(**changes))
        assert not form.is_valid()
        return {key: [str(m) for m in value] for key, value in form.errors.items()}


def test_bad_resident_id_checksum_is_refused(version):
    bad = GOOD_ID[:-1] + ("0" if GOOD_ID[-1] != "0" else "1")
    assert "check digit" in errors_for(version, resident_id=bad)["resident_id"][0]


def test_bad_credit_code_is_refused(version):
    bad = GOOD_CODE[:-1] + ("0" if GOOD_CODE[-1] != "0" else "1")
    assert "check character" in errors_for(version, credit_code=bad)["credit_code"][0]


def test_bad_phone_is_refused(version):
    assert "11-digit" in errors_for(version, phone="1234")["phone"][0]


def test_bad_email_is_refused(version):
    assert "email address" in errors_for(version, email="lin@")["email"][0]


def test_number_out_of_range_is_refused(version):
    assert "120" in errors_for(version, age="130")["age"][0]


def test_number_that_is_not_a_number_is_refused(version):
    assert "number" in errors_for(version, age="abc")["age"][0]


def test_date_in_the_future_is_refused(version):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    errors = errors_for(version, birth=tomorrow.isoformat())
    assert errors["birth"] == ["The date cannot be in the future."]


def test_choice_not_in_options_is_refused(version):
    assert "valid choice" in errors_for(version, kind="z")["kind"][0]


def test_regex_mismatch_gives_the_editors_message(version):
    assert errors_for(version, name="Lin")["name"] == ["姓名只能使用汉字。"]


def test_required_field_left_empty_is_refused(version):
    assert errors_for(version, phone="")["phone"] == ["This field is required."]


def test_address_with_county_outside_city_is_refused(version):
    errors = errors_for(version, address__county="350203")
    assert errors["address__county"] == ["海湾区 is not in 榕城市; choose again."]


def test_address_with_unknown_region_is_refused(version):
    assert "address__province" in errors_for(version, address__province="110000")


def test_repeating_group_below_minimum_rows_is_refused(version):
    errors = errors_for(version, shareholders__0__holder="", shareholders__0__share="")
    assert "at least 1" in errors["shareholders__rows"][0]


def test_repeating_group_above_maximum_rows_is_refused(version):
    data = valid_data(shareholders__rows="4")
    for index in range(4):
        data[f"shareholders__{index}__holder"] = f"股东{index}"
        data[f"shareholders__{index}__share"] = "1"
    form = build_form(version, data=data)
    # The rows beyond the maximum are not even offered.
    assert "shareholders__3__holder" not in form.fields
    assert form.is_valid(), form.errors
    assert len(form.cleaned_data["shareholders"]) == 3


def test_invalid_value_in_a_group_row_is_refused(version):
    errors = errors_for(version, shareholders__0__share="-1")
    assert "shareholders__0__share" in errors


def test_add_row_button_adds_a_blank_row_without_submitting(version):
    form = build_form(version, data=valid_data(_add_row="shareholders"))
    assert not form.is_valid()
    assert "shareholders__2__holder" in form.fields
    assert form.data["shareholders__rows"] == "3"


def test_hidden_conditional_field_is_not_required_and_dropped(version):
    form = build_form(version, data=valid_data(kind="a", reason_b="不应保存"))
    assert form.is_valid(), form.errors
    assert "reason_b" not in form.cleaned_data


def test_visible_conditional_field_is_required(version):
    assert "reason_b" in errors_for(version, kind="b", reason_b="")


def test_visible_conditional_field_is_kept(version):
    form = build_form(version, data=valid_data(kind="b", reason_b="原因"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["reason_b"] == "原因"


def test_messages_are_translated_into_chinese_by_default(version):
    form = build_form(version, data=valid_data(phone=""))
    assert not form.is_valid()
    assert form.errors["phone"] == ["必需字段"]


def test_invalid_fields_get_aria_invalid_and_error_description(version):
    form = build_form(version, data=valid_data(phone="1"))
    form.is_valid()
    html = form.render()
    assert 'aria-describedby="id_phone_errors"' in html
    assert 'id="id_phone_errors"' in html
    assert 'aria-invalid="true"' in html
