import datetime

import pytest
from django.core.exceptions import ValidationError

from identity.validators import validate_resident_id
from sharing.synthetic import resident_id

VALID = resident_id("350102", datetime.date(1990, 3, 7), 231)


def test_valid_number_is_normalised():
    assert validate_resident_id(f" {VALID[:6]} {VALID[6:]} ".lower()) == VALID


@pytest.mark.parametrize(
    "value,code",
    [
        ("35010219900307231", "length"),
        ("350102199003072", "old_format"),
        ("35010219900307231A", "characters"),
        ("3501021990030723X1", "characters"),
        ("350102199013072310", "birth_date"),
        ("350102209901012310", "birth_date"),
        ("111000200001010001", "region"),
    ],
)
def test_invalid_numbers_get_a_coded_error(value, code):
    with pytest.raises(ValidationError) as error:
        validate_resident_id(value)
    assert error.value.code == code


def test_wrong_check_digit():
    wrong = VALID[:17] + ("0" if VALID[17] != "0" else "1")
    with pytest.raises(ValidationError) as error:
        validate_resident_id(wrong)
    assert error.value.code == "checksum"
