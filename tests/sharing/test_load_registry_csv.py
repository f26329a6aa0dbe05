import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sharing.models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)
from sharing.protection import keyed_hash

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
LIN = "350102198804123159"
CHEN = "35010319920930428X"
HUANG = "350121196201050771"
BAD_CHECKSUM = "350102198804123150"


def load(registry, name, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "load_registry_csv",
        registry,
        str(FIXTURES / name),
        *args,
        stdout=out,
        stderr=err,
    )
    return out.getvalue(), err.getvalue()


def person(number):
    return PopulationRecord.objects.get(number_hash=keyed_hash(number))


def test_population_good_rows_are_imported_and_bad_rows_skipped():
    out, err = load("population", "population.csv")
    assert PopulationRecord.objects.count() == 3
    assert person(LIN).name == "林测试"
    assert person(LIN).number == LIN
    assert person(CHEN).sex == PopulationRecord.Sex.FEMALE
    assert person(CHEN).address == "示范省榕城市台江区工业路8号3座, 502室"
    assert person(HUANG).birth_date == datetime.date(1962, 1, 5)
    assert "6 row(s) read, 3 created, 0 updated, 0 unchanged, 3 skipped" in out


def test_population_bad_rows_are_reported_by_line_and_reason():
    _out, err = load("population", "population.csv")
    lines = err.splitlines()
    assert any(
        line.startswith("line 4: resident_id") and "check digit" in line
        for line in lines
    )
    assert any(line.startswith("line 5: birth_date") for line in lines)
    assert any(
        line.startswith("line 6:") and "expected 8 fields, found 7" in line
        for line in lines
    )
    assert len(lines) == 3


def test_identifiers_are_never_printed_in_clear():
    out, err = load("population", "population.csv")
    for number in (LIN, CHEN, HUANG, BAD_CHECKSUM):
        assert number not in out + err
    assert "350102********3150" in err
    out, err = load("social_security_card", "social_security_card.csv")
    assert "A90000001" not in out + err
    assert "350121196201050772" not in err
    assert "350121********0772" in err


def test_file_with_bom_reads_its_first_column():
    # population.csv starts with a UTF-8 byte-order mark.
    assert (FIXTURES / "population.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    load("population", "population.csv")
    assert PopulationRecord.objects.filter(number_hash=keyed_hash(LIN)).exists()


def test_strict_aborts_with_nothing_written():
    with pytest.raises(CommandError, match="3 bad row"):
        load("population", "population.csv", "--strict")
    assert PopulationRecord.objects.count() == 0


def test_strict_imports_a_clean_file():
    load("population", "population.csv")
    out, _err = load("legal_entity", "legal_entity.csv")
    assert "2 created" in out
    with pytest.raises(CommandError):
        load("legal_entity", "legal_entity.csv", "--strict")


def test_missing_column_rejects_the_file():
    with pytest.raises(CommandError, match="missing column.*household_number"):
        load("population", "population_missing_column.csv")
    assert PopulationRecord.objects.count() == 0


def test_second_import_updates_changed_rows_and_checks_sex():
    load("population", "population.csv")
    before = person(LIN).number_encrypted
    out, err = load("population", "population_update.csv")
    assert "3 row(s) read, 0 created, 1 updated, 1 unchanged, 1 skipped" in out
    assert person(LIN).address == "示范省鹭岛市思明区鹭江道9号"
    assert person(LIN).household_number == "350203900000009"
    assert person(LIN).number_encrypted == before
    assert "ignoring column(s) remark" in err
    assert "line 4: sex: does not agree with the resident ID" in err
    assert PopulationRecord.objects.count() == 3


def test_same_file_twice_changes_nothing():
    load("legal_entity", "legal_entity.csv")
    out, _err = load("legal_entity", "legal_entity.csv")
    assert "0 created, 0 updated, 2 unchanged, 2 skipped" in out


def test_legal_entities_are_imported_with_representative():
    _out, err = load("legal_entity", "legal_entity.csv")
    company = LegalEntityRecord.objects.get(credit_code="91350102300000010H")
    assert company.legal_representative_id == LIN
    assert company.status == LegalEntityRecord.Status.ACTIVE
    shop = LegalEntityRecord.objects.get(credit_code="92350203300000029Y")
    assert shop.entity_type == "个体工商户"
    assert shop.status == LegalEntityRecord.Status.ACTIVE
    assert shop.registered_capital == ""
    assert "line 4: credit_code 913501********0100" in err
    assert "line 5: established_on" in err


def test_social_security_cards_are_imported():
    out, err = load("social_security_card", "social_security_card.csv")
    assert "2 created" in out
    card = SocialSecurityCardRecord.objects.get(number_hash=keyed_hash("A90000001"))
    assert card.holder_id == LIN
    assert card.bank == "兴业银行"
    assert card.status == SocialSecurityCardRecord.Status.NORMAL
    lost = SocialSecurityCardRecord.objects.get(number_hash=keyed_hash("A90000002"))
    assert lost.status == SocialSecurityCardRecord.Status.LOST
    assert "line 4: card_number" in err
    assert "line 5: holder_id" in err


def test_health_cards_reject_future_dates_and_duplicates():
    out, err = load("health_card", "health_card.csv")
    assert HealthCardRecord.objects.count() == 1
    assert "line 3: issued_on" in err
    assert "line 4: same identifier as line 2" in err
    assert "3 row(s) read, 1 created" in out


def test_unknown_registry_is_refused():
    with pytest.raises(CommandError):
        load("criminal_record", "population.csv")


def test_missing_file_is_refused():
    with pytest.raises(CommandError, match="No such file"):
        load("population", "nowhere.csv")
