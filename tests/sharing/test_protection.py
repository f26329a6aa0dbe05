import datetime

import pytest

from identity.models import Person
from sharing import protection
from sharing.synthetic import credit_code, resident_id
from tests.factories import PersonFactory


def test_mask_keeps_region_and_last_four():
    assert protection.mask("350102199003072318") == "350102********2318"


def test_mask_name():
    assert protection.mask_name("林晓明") == "林**"
    assert protection.mask_name("林") == "林"


def test_encrypt_round_trip_and_randomised():
    token = protection.encrypt("350102199003072318")
    assert "350102199003072318" not in token
    assert protection.decrypt(token) == "350102199003072318"
    assert protection.encrypt("350102199003072318") != token


def test_decrypt_with_wrong_key_fails_cleanly(settings):
    token = protection.encrypt("x")
    settings.IDENTITY_ENCRYPTION_KEY = "Q2hhbmdlZEtleUNoYW5nZWRLZXlDaGFuZ2VkS2V5MDA="
    with pytest.raises(ValueError):
        protection.decrypt(token)


@pytest.mark.django_db
def test_person_is_found_by_keyed_hash_and_stored_without_plain_number():
    number = resident_id("350102", datetime.date(1988, 8, 8), 88)
    person = PersonFactory(resident_id=number)
    assert Person.objects.by_resident_id(number).get() == person
    row = Person.objects.filter(pk=person.pk).values().get()
    assert number not in str(row)
    assert person.reveal_identifier() == number


def test_synthetic_credit_code_is_valid():
    from stdnum.cn import uscc

    code = credit_code("350102", 10_000_001)
    assert uscc.is_valid(code)
    assert len(code) == 18
