import datetime
import io
import itertools
from collections import Counter, defaultdict

import pytest
from django.core.management import call_command
from stdnum.cn import ric, uscc

from demo import registries as demo
from demo.registries import generate
from sharing import exchange, identifiers, protection, synthetic
from sharing.models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)

pytestmark = pytest.mark.django_db

PERSONS, COMPANIES = 300, 60
DEMO_PERSON = {
    "name": "王建国",
    "resident_id": synthetic.resident_id("350102", datetime.date(1984, 6, 15), 57),
}
DEMO_COMPANY = {
    "name": "示范数字科技有限公司",
    "credit_code": synthetic.credit_code("350102", 10_000_001),
    "legal_representative_name": "王建国",
    "legal_representative_id": DEMO_PERSON["resident_id"],
}


def seed(**kwargs):
    return demo.seed_registries(persons=PERSONS, companies=COMPANIES, **kwargs)


def test_seed_registries_creates_persons_cards_and_companies():
    counts = seed()
    assert counts["population"] == PopulationRecord.objects.count() == PERSONS
    assert counts["legal_entity"] == LegalEntityRecord.objects.count() == COMPANIES
    # About 90% and 70% of persons hold a card.
    assert 0.8 * PERSONS < SocialSecurityCardRecord.objects.count() < PERSONS
    assert 0.55 * PERSONS < HealthCardRecord.objects.count() < 0.85 * PERSONS
    assert counts["social_security_card"] == SocialSecurityCardRecord.objects.count()
    assert counts["health_card_total"] == HealthCardRecord.objects.count()


def test_seed_registries_twice_adds_nothing():
    first = seed(extra_persons=[DEMO_PERSON], extra_companies=[DEMO_COMPANY])
    second = seed(extra_persons=[DEMO_PERSON], extra_companies=[DEMO_COMPANY])
    for name in demo.REGISTRY_MODELS:
        assert second[name] == 0
        assert second[f"{name}_total"] == first[f"{name}_total"]


def test_seed_registries_is_deterministic():
    first = list(itertools.islice(demo.people(7), 50))
    again = list(itertools.islice(demo.people(7), 50))
    other = list(itertools.islice(demo.people(8), 50))
    assert first == again
    assert {p.resident_id for p in first}.isdisjoint({p.resident_id for p in other})


def test_a_larger_seed_extends_a_smaller_one():
    seed()
    counts = demo.seed_registries(persons=PERSONS * 2, companies=COMPANIES * 2)
    assert counts["population"] == PERSONS
    assert counts["legal_entity"] == COMPANIES
    serials = [
        code[8:16]
        for code in LegalEntityRecord.objects.values_list("credit_code", flat=True)
    ]
    assert len(set(serials)) == len(serials) == COMPANIES * 2


def test_resident_ids_are_valid_and_agree_with_birth_date_and_sex():
    seed()
    for record in PopulationRecord.objects.all():
        number = record.number
        assert identifiers.validate_resident_id(number) == number
        assert ric.get_birth_date(number) == record.birth_date
        male = int(number[16]) % 2 == 1
        assert record.sex == (
            PopulationRecord.Sex.MALE if male else PopulationRecord.Sex.FEMALE
        )
        assert record.number_hash == protection.keyed_hash(number)
        assert number not in record.number_encrypted


def test_households_have_one_head_and_up_to_five_members():
    seed()
    households = defaultdict(list)
    for record in PopulationRecord.objects.all():
        households[record.household_number].append(record)
    for members in households.values():
        assert 1 <= len(members) <= 5
        relations = Counter(m.relation_to_head for m in members)
        assert relations["户主"] == 1
        assert relations["配偶"] <= 1
        assert set(relations) <= {"户主", "配偶", "子", "女", "父亲", "母亲"}
        assert len({m.address for m in members}) == 1
        head = next(m for m in members if m.relation_to_head == "户主")
        for member in members:
            if member.relation_to_head in ("子", "女"):
                assert member.birth_date > head.birth_date
            if member.relation_to_head in ("父亲", "母亲"):
                assert member.birth_date < head.birth_date
    assert any(len(members) > 1 for members in households.values())


def test_cards_belong_to_seeded_persons():
    seed()
    people = dict(PopulationRecord.objects.values_list("number_hash", "name"))
    for model in (SocialSecurityCardRecord, HealthCardRecord):
        for card in model.objects.all():
            assert identifiers.validate_card_number(card.number) == card.number
            assert people[card.holder_id_hash] == card.holder_name
            assert protection.keyed_hash(card.holder_id) == card.holder_id_hash
    assert set(SocialSecurityCardRecord.objects.values_list("issuer", flat=True)) == {
        "示范省人力资源和社会保障厅"
    }
    assert all(
        card.number.startswith("A") and len(card.number) == 9
        for card in SocialSecurityCardRecord.objects.all()
    )


def test_legal_entities_have_valid_codes_and_seeded_representatives():
    seed()
    people = dict(PopulationRecord.objects.values_list("number_hash", "name"))
    for entity in LegalEntityRecord.objects.all():
        assert identifiers.validate_credit_code(entity.credit_code)
        assert uscc.is_valid(entity.credit_code)
        assert int(entity.credit_code[8:16]) >= generate.FIRST_ENTITY_SERIAL
        assert people[entity.legal_representative_id_hash] == (
            entity.legal_representative_name
        )
        kind = entity.credit_code[1]
        if entity.entity_type == "个体工商户":
            assert kind == "2"
        elif entity.entity_type == "农民专业合作社":
            assert kind == "3"
            assert entity.name.endswith("专业合作社")
        else:
            assert kind == "1"
            assert entity.name.endswith("公司")
    statuses = Counter(LegalEntityRecord.objects.values_list("status", flat=True))
    assert statuses.most_common(1)[0][0] == LegalEntityRecord.Status.ACTIVE


def test_extra_persons_exist_with_their_names_and_both_cards():
    seed(extra_persons=[DEMO_PERSON])
    number_hash = protection.keyed_hash(DEMO_PERSON["resident_id"])
    record = PopulationRecord.objects.get(number_hash=number_hash)
    assert record.name == "王建国"
    assert record.birth_date == datetime.date(1984, 6, 15)
    assert record.sex == PopulationRecord.Sex.MALE
    for model in (SocialSecurityCardRecord, HealthCardRecord):
        card = model.objects.get(holder_id_hash=number_hash)
        assert card.holder_name == "王建国"
        assert card.holder_id == DEMO_PERSON["resident_id"]


def test_extra_person_renamed_is_updated_in_place():
    seed(extra_persons=[DEMO_PERSON])
    seed(extra_persons=[{**DEMO_PERSON, "name": "王建民"}])
    number_hash = protection.keyed_hash(DEMO_PERSON["resident_id"])
    assert PopulationRecord.objects.get(number_hash=number_hash).name == "王建民"
    assert SocialSecurityCardRecord.objects.get(
        holder_id_hash=number_hash
    ).holder_name == ("王建民")


def test_extra_company_has_its_legal_representative():
    seed(extra_persons=[DEMO_PERSON], extra_companies=[DEMO_COMPANY])
    entity = LegalEntityRecord.objects.get(credit_code=DEMO_COMPANY["credit_code"])
    assert entity.name == "示范数字科技有限公司"
    assert entity.legal_representative_name == "王建国"
    assert entity.legal_representative_id == DEMO_PERSON["resident_id"]
    assert entity.status == LegalEntityRecord.Status.ACTIVE


def test_seeded_person_can_be_queried_through_the_exchange():
    seed(extra_persons=[DEMO_PERSON])
    result = exchange.query(
        "population.person",
        DEMO_PERSON["resident_id"],
        requester="citizen-portal",
        purpose="身份核验",
    )
    assert result.data["name"] == "王建国"
    assert result.data["birth_date"] == "1984-06-15"


def test_bulk_population_inserts_and_continues_from_start():
    assert demo.bulk_population(120, seed=5) == 120
    assert demo.bulk_population(120, seed=5) == 0
    assert demo.bulk_population(30, seed=5, start=120, batch_size=7) == 30
    assert PopulationRecord.objects.count() == 150
    first = next(demo.people(5))
    record = PopulationRecord.objects.get(
        number_hash=protection.keyed_hash(first.resident_id)
    )
    assert record.number == first.resident_id
    assert record.name == first.name


def test_seed_demo_puts_demo_accounts_into_the_registries():
    call_command("seed_demo", "--force", "--registry-size", "60", verbosity=0)
    for name, birth, sequence in (
        ("林晓明", datetime.date(1990, 3, 7), 231),
        ("陈思远", datetime.date(1985, 11, 20), 118),
        ("王建国", datetime.date(1984, 6, 15), 57),
    ):
        number_hash = protection.keyed_hash(
            synthetic.resident_id("350102", birth, sequence)
        )
        assert PopulationRecord.objects.get(number_hash=number_hash).name == name
        assert SocialSecurityCardRecord.objects.filter(holder_id_hash=number_hash)
        assert HealthCardRecord.objects.filter(holder_id_hash=number_hash)
    company = LegalEntityRecord.objects.get(
        credit_code=synthetic.credit_code("350102", 10_000_001)
    )
    assert company.name == "示范数字科技有限公司"
    assert company.legal_representative_name == "王建国"
    assert company.legal_representative_id == DEMO_PERSON["resident_id"]
    assert PopulationRecord.objects.count() == 63
    assert LegalEntityRecord.objects.count() == 11


def test_seed_demo_prints_registry_counts():
    out = io.StringIO()
    call_command("seed_demo", "--force", "--registry-size", "0", stdout=out)
    assert "Reference registries: 3 persons (3 new)" in out.getvalue()
    assert "1 legal entities (1 new)" in out.getvalue()
