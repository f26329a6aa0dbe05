import pytest

from licences import numbering
from tests.factories import LicenceTypeFactory

pytestmark = pytest.mark.django_db


def test_licence_number_follows_documented_scheme(settings):
    settings.LICENCE_ISSUING_AUTHORITY_CODE = "350000"
    licence_type = LicenceTypeFactory(code="JYXK")
    assert numbering.licence_number(licence_type, 2026, 123) == "JYXK35000020260000123T"


def test_sequence_increments_per_type_and_year():
    licence_type = LicenceTypeFactory()
    assert numbering.next_sequence(licence_type, 2026) == 1
    assert numbering.next_sequence(licence_type, 2026) == 2
    assert numbering.next_sequence(licence_type, 2027) == 1


def test_mistyped_number_fails_the_check_character():
    assert numbering.is_well_formed("JYXK35000020260000123T")
    assert not numbering.is_well_formed("JYXK35000020260000132T")
    assert not numbering.is_well_formed("JYXK-3500")


def test_verification_code_avoids_ambiguous_characters():
    code = numbering.verification_code()
    assert len(code) == 8
    assert not set(code) & set("01IO")
