import datetime
import string

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from sharing.identifiers import (
    credit_code_check_character,
    organisation_code_check_character,
    validate_card_number,
    validate_credit_code,
    validate_resident_id,
)
from sharing.synthetic import credit_code, resident_id

VALID_CODE = credit_code("350102", 10_000_001)


def test_synthetic_credit_code_validates():
    assert validate_credit_code(f" {VALID_CODE.lower()} ") == VALID_CODE


@pytest.mark.parametrize("authority", ["N", "Y", "A"])
def test_codes_from_letter_authorities_are_valid(authority):
    org = "MA001234"
    body = f"{authority}2350102{org}{organisation_code_check_character(org)}"
    code = body + credit_code_check_character(body)
    assert validate_credit_code(code) == code


@pytest.mark.parametrize(
    "value,code",
    [
        ("9135010210000001", "length"),
        ("91350102100000016I", "characters"),
        ("B1350102100000016D", "authority"),
        ("9135A102100000016D", "region"),
        ("91350102100000016E", "checksum"),
    ],
)
def test_invalid_credit_codes_get_a_coded_error(value, code):
    with pytest.raises(ValidationError) as error:
        validate_credit_code(value)
    assert error.value.code == code


def test_bad_embedded_organisation_code_is_refused():
    org = "10000001"
    wrong_check = "0" if organisation_code_check_character(org) != "0" else "1"
    body = f"91350102{org}{wrong_check}"
    with pytest.raises(ValidationError) as error:
        validate_credit_code(body + credit_code_check_character(body))
    assert error.value.code == "organisation_code"


def test_card_numbers():
    assert validate_card_number(" a1234 5678 ") == "A12345678"
    with pytest.raises(ValidationError):
        validate_card_number("12-34")


@given(st.text(max_size=40))
def test_resident_id_validation_never_crashes(value):
    try:
        validate_resident_id(value)
    except ValidationError:
        pass


@given(st.text(alphabet=string.digits + "Xx ", min_size=15, max_size=20))
def test_resident_id_validation_never_crashes_on_near_misses(value):
    try:
        validate_resident_id(value)
    except ValidationError:
        pass


@given(st.text(alphabet=string.ascii_uppercase + string.digits, max_size=20))
def test_credit_code_validation_never_crashes(value):
    try:
        validate_credit_code(value)
    except ValidationError:
        pass


def test_lowercase_x_is_accepted():
    for sequence in range(1, 200):
        number = resident_id("350102", datetime.date(1990, 1, 1), sequence)
        if number.endswith("X"):
            assert validate_resident_id(number.lower()) == number
            return
    pytest.fail("no X check digit in range")
