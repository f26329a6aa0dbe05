import datetime
import string

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from sharing.identifiers import (
    credit_code_check_character,
    normalize_credit_code,
    normalize_resident_id,
    organisation_code_check_character,
    validate_card_number,
    validate_credit_code,
    validate_resident_id,
)
from sharing.synthetic import TIMELESS_REGION_CODE, credit_code, resident_id

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


# --- Whatever the input: a valid normalised value or a coded ValidationError ---------

# The codes sharing.identifiers documents for each refusal.
RESIDENT_ID_ERRORS = {
    "old_format",
    "length",
    "characters",
    "birth_date",
    "checksum",
    "region",
}
CREDIT_CODE_ERRORS = {
    "length",
    "characters",
    "authority",
    "region",
    "checksum",
    "organisation_code",
}
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def resident_id_check_digit(body: str) -> str:
    """ISO 7064 MOD 11-2 over the first 17 digits (GB 11643), computed here
    independently of the module under test."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(body))
    return "10X98765432"[total % 11]


def assert_resident_id_outcome(value: str) -> None:
    try:
        number = validate_resident_id(value)
    except ValidationError as error:
        assert error.code in RESIDENT_ID_ERRORS, error.code
        assert error.messages and all(error.messages)
        return
    assert number == normalize_resident_id(value)
    assert len(number) == 18 and number[:17].isdigit()
    assert number[17] == resident_id_check_digit(number[:17])
    born = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert datetime.date(1880, 1, 1) <= born <= datetime.date.today()


def assert_credit_code_outcome(value: str) -> None:
    try:
        code = validate_credit_code(value)
    except ValidationError as error:
        assert error.code in CREDIT_CODE_ERRORS, error.code
        assert error.messages and all(error.messages)
        return
    assert code == normalize_credit_code(value)
    assert len(code) == 18 and set(code) <= set(USCC_ALPHABET)
    total = sum(
        USCC_ALPHABET.index(char) * pow(3, i, 31) for i, char in enumerate(code[:17])
    )
    assert code[17] == USCC_ALPHABET[-total % 31]


@given(st.text(max_size=40))
def test_resident_id_validation_never_crashes(value):
    assert_resident_id_outcome(value)


@given(st.text(alphabet=string.digits + "Xx ", min_size=15, max_size=20))
def test_resident_id_validation_never_crashes_on_near_misses(value):
    assert_resident_id_outcome(value)


@given(st.text(alphabet=string.ascii_uppercase + string.digits, max_size=20))
def test_credit_code_validation_never_crashes(value):
    assert_credit_code_outcome(value)


@given(
    st.dates(datetime.date(1900, 1, 1), datetime.date(2020, 12, 31)),
    st.integers(1, 999),
    st.sampled_from(["", " ", "\t"]),
)
def test_valid_resident_ids_pass_the_same_outcome_check(born, sequence, space):
    number = resident_id(TIMELESS_REGION_CODE, born, sequence)

    assert_resident_id_outcome(f"{space}{number.lower()}{space}")
    assert validate_resident_id(number) == number


@given(st.integers(10_000_000, 99_999_999), st.sampled_from(["", " "]))
def test_valid_credit_codes_pass_the_same_outcome_check(serial, space):
    code = credit_code("350102", serial)

    assert_credit_code_outcome(f"{space}{code.lower()}{space}")
    assert validate_credit_code(code) == code


def test_outcome_check_fails_on_a_wrong_check_digit(monkeypatch):
    number = resident_id("350102", datetime.date(1990, 1, 1), 1)
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    monkeypatch.setattr(f"{__name__}.validate_resident_id", lambda value: wrong)

    with pytest.raises(AssertionError):
        assert_resident_id_outcome(number)


def test_outcome_check_fails_on_an_undocumented_error(monkeypatch):
    def refuse(value):
        raise ValidationError("?", code="undocumented")

    monkeypatch.setattr(f"{__name__}.validate_credit_code", refuse)

    with pytest.raises(AssertionError):
        assert_credit_code_outcome(VALID_CODE)


def test_lowercase_x_is_accepted():
    for sequence in range(1, 200):
        number = resident_id("350102", datetime.date(1990, 1, 1), sequence)
        if number.endswith("X"):
            assert validate_resident_id(number.lower()) == number
            return
    pytest.fail("no X check digit in range")
