"""Synthetic reference registries for the demo province and for benchmarks.

Flow of ``seed_registries()``:

1. a deterministic stream (``random.Random`` seeded with ``seed``) builds households
   of one to five persons in 示范省 - a head, a spouse, children and parents whose
   ages, sexes, surnames and relations fit each other - each with a checksum-valid
   resident ID agreeing with the record's birth date and sex (17th digit odd =
   male), and decides who holds a social security card (about 90%) and a resident
   health card (about 70%);
2. a second stream builds legal entities with valid credit codes (serials from
   20,000,000 up) whose legal representatives are adults of the first;
3. the caller's own persons and companies (``extra_persons`` / ``extra_companies``,
   e.g. seed_demo's demo accounts) are upserted by keyed hash / credit code, so
   they exist under the names the caller uses, each person with both cards;
4. synthetic rows already present are skipped (looked up by keyed hash / credit
   code, so nothing is encrypted twice) and the others inserted with
   ``bulk_create(ignore_conflicts=True)`` in batches: a second run with the same
   arguments adds nothing.

``bulk_population()`` inserts many persons of the same stream quickly, for the
sharing benchmark; each row is genuinely encrypted.

Every identifier is generated, never taken from real people. Nothing here imports
another app of this project (sharing is the bottom layer): check characters come
from ``stdnum`` and ``sharing.identifiers``; ``credit_code()`` gives the same codes
as ``identity.synthetic.credit_code``. No date depends on the day the data are
seeded (``REFERENCE_DATE``), so the same seed gives the same rows on any day.
"""

import datetime
import hashlib
import itertools
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from stdnum.cn import ric

from . import identifiers, protection
from .models import (
    HealthCardRecord,
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)

DEFAULT_SEED = 20261121
# The "today" of the synthetic province: no birth, card or company after it.
REFERENCE_DATE = datetime.date(2025, 6, 30)
# stdnum accepts a county code only for birth years in which it existed; this one
# (a county without a date range) is used for births before a district's code.
TIMELESS_REGION_CODE = "350121"
FIRST_ENTITY_SERIAL = 20_000_000
SOCIAL_SECURITY_ISSUER = "示范省人力资源和社会保障厅"
HEALTH_CARD_ISSUER = "示范省卫生健康委员会"
DEFAULT_ENTITY_TYPE = "有限责任公司（自然人投资或控股）"

MALE = PopulationRecord.Sex.MALE.value
FEMALE = PopulationRecord.Sex.FEMALE.value


@dataclass(frozen=True)
class District:
    code: str
    city: str
    name: str
    since: int  # first birth year for which stdnum accepts the code
    streets: tuple[str, ...]
    weight: int


DISTRICTS = tuple(
    District(code, city, name, since, tuple(streets.split()), weight)
    for code, city, name, since, weight, streets in (
        ("350102", "榕城市", "鼓楼区", 1983, 20,
         "五四路 东街 杨桥中路 温泉路 湖东路 华林路"),
        ("350103", "榕城市", "台江区", 1983, 15,
         "八一七中路 江滨中大道 工业路 群众路 宁化路"),
        ("350104", "榕城市", "仓山区", 1983, 18,
         "六一南路 首山路 则徐大道 金山大道 上渡路"),
        ("350105", "榕城市", "马尾区", 1983, 8,
         "罗星路 江滨东大道 儒江西路 君竹路"),
        ("350121", "榕城市", "闽侯县", 0, 11,
         "甘蔗街道昙石山路 上街镇高新大道 南屿镇南旗路"),
        ("350203", "鹭岛市", "思明区", 1983, 18,
         "中山路 厦禾路 湖滨南路 鹭江道 莲前西路 嘉禾路"),
        ("350206", "鹭岛市", "湖里区", 1987, 10,
         "湖里大道 枋湖路 县后路 江头北路"),
    )
)  # fmt: skip
_DISTRICT_WEIGHTS = list(itertools.accumulate(d.weight for d in DISTRICTS))
_DISTRICT_BY_CODE = {district.code: district for district in DISTRICTS}

# Common surnames, weighted towards those frequent in the south-east.
_SURNAMES = (
    ("陈", 10), ("林", 9), ("黄", 6), ("张", 5), ("李", 5), ("王", 5), ("吴", 4),
    ("刘", 4), ("郑", 4), ("杨", 3), ("蔡", 2), ("许", 2), ("何", 2), ("周", 2),
    ("谢", 2), ("叶", 2), ("邱", 1.5), ("罗", 1.5), ("苏", 1.5), ("洪", 1.5),
    ("曾", 1.5), ("郭", 1.5), ("游", 1), ("庄", 1), ("赖", 1), ("江", 1),
    ("方", 1), ("高", 1), ("朱", 1), ("徐", 1), ("赵", 1), ("孙", 1), ("胡", 1),
    ("卢", 1), ("魏", 1), ("余", 1), ("施", 1), ("潘", 1), ("詹", 0.5),
    ("傅", 0.5), ("范", 0.5), ("宋", 0.5), ("唐", 0.5), ("欧阳", 0.2),
    ("上官", 0.1), ("司马", 0.1),
)  # fmt: skip
_SURNAME_VALUES = [name for name, _weight in _SURNAMES]
_SURNAME_WEIGHTS = list(itertools.accumulate(weight for _name, weight in _SURNAMES))
_GIVEN_MALE = (
    "伟强磊军勇杰涛斌超明华建国辉鹏文浩宇俊峰志海东成宏亮晨凯毅翔彬旭嘉轩睿博泽航"
    "天铭荣福金春德清义永兴"
)
_GIVEN_FEMALE = (
    "芳娜敏静丽艳娟霞秀玲燕婷雪琳慧颖晶倩萍红梅兰月桂英欣怡悦涵雨诗思佳琪梦婧瑶璐蕾岚"
)
_ETHNICITIES = (
    ("汉族", 94), ("畲族", 3), ("回族", 1), ("满族", 1), ("壮族", 0.5),
    ("高山族", 0.5),
)  # fmt: skip
_ETHNICITY_VALUES = [name for name, _weight in _ETHNICITIES]
_ETHNICITY_WEIGHTS = list(
    itertools.accumulate(weight for _name, weight in _ETHNICITIES)
)
_BANKS = tuple(
    "中国工商银行 中国农业银行 中国银行 中国建设银行 中国邮政储蓄银行 兴业银行".split()
)
_HOUSEHOLD_SIZES = (1, 2, 3, 4, 5)
_HOUSEHOLD_SIZE_WEIGHTS = list(itertools.accumulate((22, 26, 28, 16, 8)))

_BRAND_CHARS = (
    "鑫达恒泰华盛宏远嘉瑞博信安兴源德海峰闽榕鹭新启明创智汇通联凯锦佳润优美天和宇辰星"
)
_INDUSTRIES = tuple(
    "科技 信息技术 网络科技 餐饮管理 贸易 建筑工程 装饰工程 物流 文化传媒 "
    "电子商务 教育咨询 医疗器械 食品 服装 物业管理 旅行社 环保科技 茶业".split()
)
_SHOPS = tuple(
    "小吃店 便利店 五金店 理发店 水果店 茶叶店 面馆 服装店 家电维修部 快餐店".split()
)
_COOPERATIVE_PRODUCTS = tuple(
    "茶叶种植 蔬菜种植 水果种植 食用菌 花卉苗木 水产养殖".split()
)
# (entity type, credit code kind, weight); all registered by market regulation (9).
_ENTITY_KINDS = (
    (DEFAULT_ENTITY_TYPE, "1", 55),
    ("股份有限公司", "1", 5),
    ("个体工商户", "2", 35),
    ("农民专业合作社", "3", 5),
)
_ENTITY_STATUSES = (
    (LegalEntityRecord.Status.ACTIVE.value, 90),
    (LegalEntityRecord.Status.REVOKED.value, 4),
    (LegalEntityRecord.Status.DEREGISTERED.value, 6),
)


# --- identifiers --------------------------------------------------------------------


def resident_id(region: str, birth: datetime.date, sequence: int) -> str:
    """An 18-character resident ID with a valid check digit (sequence 1..999)."""
    body = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")


def credit_code(
    region: str, serial: int, *, authority: str = "9", kind: str = "1"
) -> str:
    """An 18-character unified social credit code with a valid embedded
    organisation code and check character."""
    org = f"{serial:08d}"
    check = identifiers.organisation_code_check_character(org)
    body = f"{authority}{kind}{region}{org}{check}"
    return body + identifiers.credit_code_check_character(body)


def social_security_card_number(index: int) -> str:
    """'A' + 8 digits, distinct for every index below 10**8."""
    return f"A{(index * 48_271 + 12_345_678) % 10**8:08d}"


def health_card_number(index: int) -> str:
    """'H35' + 15 digits, distinct for every index below 10**15."""
    return f"H35{(index * 7_919 + 400_000_000_009) % 10**15:015d}"


# Card numbers of the caller's own persons come from this index range up, clear of
# the synthetic persons' indexes.
_EXTRA_CARD_INDEX = 99_000_000


# --- the population stream ----------------------------------------------------------


@dataclass(frozen=True)
class Card:
    number: str
    issued_on: datetime.date
    status: str = SocialSecurityCardRecord.Status.NORMAL.value
    bank: str = ""


@dataclass(frozen=True)
class SyntheticPerson:
    index: int
    resident_id: str
    name: str
    surname: str
    sex: str
    birth_date: datetime.date
    ethnicity: str
    address: str
    household_number: str
    relation_to_head: str
    social_security_card: Card | None = None
    health_card: Card | None = None


def _add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _date_between(
    rng: random.Random, first: datetime.date, last: datetime.date
) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def _surname(rng: random.Random) -> str:
    return rng.choices(_SURNAME_VALUES, cum_weights=_SURNAME_WEIGHTS)[0]


def _given_name(rng: random.Random, sex: str) -> str:
    chars = _GIVEN_MALE if sex == MALE else _GIVEN_FEMALE
    return "".join(rng.sample(chars, 1 if rng.random() < 0.25 else 2))


def _other(sex: str) -> str:
    return FEMALE if sex == MALE else MALE


def _members(rng: random.Random) -> list[tuple[str, str, datetime.date, str]]:
    """(relation to head, sex, birth date, surname) of one household's members."""
    size = rng.choices(_HOUSEHOLD_SIZES, cum_weights=_HOUSEHOLD_SIZE_WEIGHTS)[0]
    head_sex = MALE if rng.random() < 0.62 else FEMALE
    head_birth = _date_between(
        rng, datetime.date(1940, 1, 1), datetime.date(2003, 12, 31)
    )
    head_surname = _surname(rng)
    members = [("户主", head_sex, head_birth, head_surname)]
    father_surname = head_surname if head_sex == MALE else ""
    if size > 1 and rng.random() < 0.8:
        spouse_sex = _other(head_sex)
        spouse_birth = min(
            head_birth + datetime.timedelta(days=rng.randint(-6 * 365, 6 * 365)),
            _add_years(REFERENCE_DATE, -20),
        )
        spouse_surname = _surname(rng)
        if spouse_sex == MALE:
            father_surname = spouse_surname
        members.append(("配偶", spouse_sex, spouse_birth, spouse_surname))
    parents = [("父亲", MALE), ("母亲", FEMALE)]
    oldest_parent_birth = max(datetime.date(1925, 1, 1), _add_years(head_birth, -40))
    youngest_parent_birth = _add_years(head_birth, -20)
    while len(members) < size:
        can_parent = parents and oldest_parent_birth < youngest_parent_birth
        if not can_parent or rng.random() < 0.8:
            # Heads are born by 2003, so a child born at 20 or later is possible.
            sex = MALE if rng.random() < 0.52 else FEMALE
            birth = _date_between(
                rng,
                _add_years(head_birth, 20),
                min(_add_years(head_birth, 42), REFERENCE_DATE),
            )
            relation = "子" if sex == MALE else "女"
            members.append((relation, sex, birth, father_surname or head_surname))
        else:
            relation, sex = parents.pop(rng.randrange(len(parents)))
            birth = _date_between(rng, oldest_parent_birth, youngest_parent_birth)
            surname = head_surname if sex == MALE else _surname(rng)
            members.append((relation, sex, birth, surname))
    return members


def _address(rng: random.Random, district: District) -> str:
    street = rng.choice(district.streets)
    number = rng.randint(1, 399)
    if rng.random() < 0.7:
        return (
            f"示范省{district.city}{district.name}{street}{number}号"
            f"{rng.randint(1, 12)}座{rng.randint(1, 32)}{rng.randint(1, 6):02d}室"
        )
    return f"示范省{district.city}{district.name}{street}{number}号"


def _unique_resident_id(
    rng: random.Random,
    district: District,
    birth: datetime.date,
    sex: str,
    used: set[int],
) -> str:
    region = district.code if birth.year >= district.since else TIMELESS_REGION_CODE
    digits = "13579" if sex == MALE else "02468"
    while True:
        sequence = rng.randrange(100) * 10 + int(rng.choice(digits))
        if sequence == 0:
            continue
        body = f"{region}{birth:%Y%m%d}{sequence:03d}"
        if int(body) not in used:
            used.add(int(body))
            return body + ric.calc_check_digit(body + "0")


def people(seed: int = DEFAULT_SEED) -> Iterator[SyntheticPerson]:
    """The endless, deterministic stream of synthetic persons for ``seed``."""
    rng = random.Random(f"population:{seed}")  # noqa: S311 (synthetic data)
    used: set[int] = set()
    index = 0
    for household in itertools.count(1):
        district = rng.choices(DISTRICTS, cum_weights=_DISTRICT_WEIGHTS)[0]
        address = _address(rng, district)
        household_number = f"{district.code}{household:09d}"
        ethnicity = rng.choices(_ETHNICITY_VALUES, cum_weights=_ETHNICITY_WEIGHTS)[0]
        for relation, sex, birth, surname in _members(rng):
            number = _unique_resident_id(rng, district, birth, sex, used)
            social_security = health = None
            if rng.random() < 0.9:
                social_security = Card(
                    social_security_card_number(index),
                    _date_between(
                        rng, max(birth, datetime.date(2008, 1, 1)), REFERENCE_DATE
                    ),
                    bank=rng.choice(_BANKS),
                    status=SocialSecurityCardRecord.Status.LOST.value
                    if rng.random() < 0.02
                    else SocialSecurityCardRecord.Status.NORMAL.value,
                )
            if rng.random() < 0.7:
                health = Card(
                    health_card_number(index),
                    _date_between(
                        rng, max(birth, datetime.date(2016, 1, 1)), REFERENCE_DATE
                    ),
                )
            yield SyntheticPerson(
                index=index,
                resident_id=number,
                name=surname + _given_name(rng, sex),
                surname=surname,
                sex=sex,
                birth_date=birth,
                ethnicity=ethnicity if rng.random() < 0.95 else "汉族",
                address=address,
                household_number=household_number,
                relation_to_head=relation,
                social_security_card=social_security,
                health_card=health,
            )
            index += 1


# --- the legal entity stream --------------------------------------------------------


def legal_entities(
    seed: int, count: int, candidates: list[SyntheticPerson]
) -> Iterator[dict[str, Any]]:
    """``count`` synthetic legal entities whose representatives are adults among
    ``candidates`` (field values of LegalEntityRecord, legal_representative_id in
    clear)."""
    adults = [p for p in candidates if p.birth_date <= _add_years(REFERENCE_DATE, -20)]
    if count and not adults:
        raise ValueError("legal entities need at least one adult person")
    kinds = [(entity_type, kind) for entity_type, kind, _w in _ENTITY_KINDS]
    kind_weights = [weight for _t, _k, weight in _ENTITY_KINDS]
    statuses = [status for status, _w in _ENTITY_STATUSES]
    status_weights = [weight for _s, weight in _ENTITY_STATUSES]
    for serial in range(FIRST_ENTITY_SERIAL, FIRST_ENTITY_SERIAL + count):
        # One generator per entity: its credit code depends on seed and serial
        # only, whatever the count or the candidates.
        rng = random.Random(f"legal-entity:{seed}:{serial}")  # noqa: S311
        entity_type, kind = rng.choices(kinds, weights=kind_weights)[0]
        district = rng.choices(DISTRICTS, cum_weights=_DISTRICT_WEIGHTS)[0]
        representative = rng.choice(adults)
        brand = "".join(rng.sample(_BRAND_CHARS, 2))
        place = f"{district.city}{district.name}"
        street = f"{rng.choice(district.streets)}{rng.randint(1, 399)}号"
        if kind == "2":
            shop = rng.choice(_SHOPS)
            trade_name = f"{representative.surname}记" if rng.random() < 0.5 else brand
            name = f"{place}{trade_name}{shop}"
            capital = f"{rng.choice((1, 2, 3, 5, 10))}万元"
            address = f"示范省{place}{street}一层店面"
        elif kind == "3":
            name = f"{place}{brand}{rng.choice(_COOPERATIVE_PRODUCTS)}专业合作社"
            capital = f"{rng.choice((10, 30, 50, 100, 200))}万元"
            address = f"示范省{place}{street}"
        else:
            city = district.city.removesuffix("市")
            industry = rng.choice(_INDUSTRIES)
            if entity_type == "股份有限公司":
                name = f"示范{brand}{industry}股份有限公司"
                capital = f"{rng.choice((1000, 3000, 5000, 10000))}万元人民币"
            else:
                name = f"{city}{brand}{industry}有限公司"
                capital = f"{rng.choice((10, 50, 100, 200, 500, 1000))}万元人民币"
            address = f"示范省{place}{street}{rng.randint(2, 28)}层"
        established = _date_between(
            rng,
            max(_add_years(representative.birth_date, 20), datetime.date(1995, 1, 1)),
            REFERENCE_DATE,
        )
        yield {
            "credit_code": credit_code(district.code, serial, kind=kind),
            "name": name,
            "entity_type": entity_type,
            "legal_representative_name": representative.name,
            "legal_representative_id": representative.resident_id,
            "address": address,
            "registered_capital": capital,
            "established_on": established,
            "status": rng.choices(statuses, weights=status_weights)[0],
        }


# --- writing ------------------------------------------------------------------------


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _population_record(
    person: SyntheticPerson, number_hash: str, encrypted: str
) -> PopulationRecord:
    return PopulationRecord(
        number_hash=number_hash,
        number_encrypted=encrypted,
        name=person.name,
        sex=person.sex,
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        address=person.address,
        household_number=person.household_number,
        relation_to_head=person.relation_to_head,
    )


def _existing(model, field: str, keys: list[str]) -> set[str]:
    return set(
        model.objects.filter(**{f"{field}__in": keys}).values_list(field, flat=True)
    )


def _card_record(
    model, card: Card, *, holder_name: str, holder_hash: str, holder_encrypted: str
):
    row = model(
        number_hash=protection.keyed_hash(card.number),
        number_encrypted=protection.encrypt(card.number),
        holder_id_hash=holder_hash,
        holder_id_encrypted=holder_encrypted,
        holder_name=holder_name,
        issued_on=card.issued_on,
        status=card.status,
        issuer=SOCIAL_SECURITY_ISSUER
        if model is SocialSecurityCardRecord
        else HEALTH_CARD_ISSUER,
    )
    if model is SocialSecurityCardRecord:
        row.bank = card.bank
    return row


def _insert_people(persons: list[SyntheticPerson], batch_size: int) -> None:
    """Insert the persons and their cards that are not there yet."""
    for chunk in _chunks(persons, batch_size):
        hashes = [protection.keyed_hash(p.resident_id) for p in chunk]
        # The resident ID is encrypted once per person, its ciphertext shared by
        # the population row and the cards' holder column (same key, same value).
        encrypted: dict[str, str] = {}
        present = _existing(PopulationRecord, "number_hash", hashes)
        new_people = []
        for person, number_hash in zip(chunk, hashes, strict=True):
            if number_hash in present:
                continue
            encrypted[number_hash] = protection.encrypt(person.resident_id)
            new_people.append(
                _population_record(person, number_hash, encrypted[number_hash])
            )
        PopulationRecord.objects.bulk_create(new_people, ignore_conflicts=True)
        for model, attribute in (
            (SocialSecurityCardRecord, "social_security_card"),
            (HealthCardRecord, "health_card"),
        ):
            cards = [
                (person, holder_hash, getattr(person, attribute))
                for person, holder_hash in zip(chunk, hashes, strict=True)
                if getattr(person, attribute) is not None
            ]
            present = _existing(
                model,
                "number_hash",
                [protection.keyed_hash(card.number) for _p, _h, card in cards],
            )
            rows = [
                _card_record(
                    model,
                    card,
                    holder_name=person.name,
                    holder_hash=holder_hash,
                    holder_encrypted=encrypted.get(holder_hash)
                    or protection.encrypt(person.resident_id),
                )
                for person, holder_hash, card in cards
                if protection.keyed_hash(card.number) not in present
            ]
            model.objects.bulk_create(rows, ignore_conflicts=True)


def _insert_entities(entities: list[dict[str, Any]], batch_size: int) -> None:
    for chunk in _chunks(entities, batch_size):
        present = _existing(
            LegalEntityRecord, "credit_code", [row["credit_code"] for row in chunk]
        )
        rows = []
        for values in chunk:
            if values["credit_code"] in present:
                continue
            values = dict(values)
            representative_id = values.pop("legal_representative_id")
            row = LegalEntityRecord(**values)
            row.set_legal_representative_id(representative_id)
            rows.append(row)
        LegalEntityRecord.objects.bulk_create(rows, ignore_conflicts=True)


def _extra_person(row: dict[str, Any]) -> SyntheticPerson:
    """A caller's person (keys: resident_id, name; optional address, ethnicity,
    household_number, relation_to_head) with both cards."""
    number = identifiers.validate_resident_id(row["resident_id"])
    birth = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    district = _DISTRICT_BY_CODE.get(number[:6], DISTRICTS[0])
    digest = int(hashlib.sha256(number.encode()).hexdigest(), 16)
    card_index = _EXTRA_CARD_INDEX + digest % 1_000_000
    return SyntheticPerson(
        index=card_index,
        resident_id=number,
        name=row["name"],
        surname=row["name"][:1],
        sex=MALE if int(number[16]) % 2 else FEMALE,
        birth_date=birth,
        ethnicity=row.get("ethnicity", "汉族"),
        address=row.get("address")
        or f"示范省{district.city}{district.name}{district.streets[0]}"
        f"{digest % 300 + 1}号",
        # Synthetic household numbers count up from 1; these start with 9.
        household_number=row.get("household_number")
        or f"{number[:6]}9{digest % 10**8:08d}",
        relation_to_head=row.get("relation_to_head", "户主"),
        social_security_card=Card(
            social_security_card_number(card_index),
            max(birth, datetime.date(2015, 3, 1)),
            bank=_BANKS[digest % len(_BANKS)],
        ),
        health_card=Card(
            health_card_number(card_index),
            max(birth, datetime.date(2018, 9, 1)),
        ),
    )


def _save_changed(obj, values: dict[str, Any]) -> None:
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=[*changed, "updated_at"])


def _upsert_extra_person(person: SyntheticPerson) -> None:
    number_hash = protection.keyed_hash(person.resident_id)
    values = {
        "name": person.name,
        "sex": person.sex,
        "birth_date": person.birth_date,
        "ethnicity": person.ethnicity,
        "address": person.address,
        "household_number": person.household_number,
        "relation_to_head": person.relation_to_head,
    }
    record = PopulationRecord.objects.filter(number_hash=number_hash).first()
    if record is None:
        record = PopulationRecord(**values)
        record.set_number(person.resident_id)
        record.save()
    else:
        _save_changed(record, values)
    for model, card in (
        (SocialSecurityCardRecord, person.social_security_card),
        (HealthCardRecord, person.health_card),
    ):
        existing = (
            model.objects.filter(holder_id_hash=number_hash)
            .exclude(status=model.Status.CANCELLED)
            .first()
        )
        if existing is not None:
            _save_changed(existing, {"holder_name": person.name})
            continue
        _card_record(
            model,
            card,
            holder_name=person.name,
            holder_hash=number_hash,
            holder_encrypted=protection.encrypt(person.resident_id),
        ).save()


def _upsert_extra_company(row: dict[str, Any]) -> None:
    """A caller's company (keys: credit_code, name, legal_representative_id,
    legal_representative_name; optional entity_type, address, registered_capital,
    established_on, status)."""
    code = identifiers.validate_credit_code(row["credit_code"])
    representative_id = identifiers.validate_resident_id(row["legal_representative_id"])
    district = _DISTRICT_BY_CODE.get(code[2:8], DISTRICTS[0])
    values = {
        "name": row["name"],
        "entity_type": row.get("entity_type", DEFAULT_ENTITY_TYPE),
        "legal_representative_name": row["legal_representative_name"],
        "address": row.get("address")
        or f"示范省{district.city}{district.name}{district.streets[0]}1号",
        "registered_capital": row.get("registered_capital", ""),
        "established_on": row.get("established_on", datetime.date(2020, 1, 1)),
        "status": row.get("status", LegalEntityRecord.Status.ACTIVE),
    }
    record = LegalEntityRecord.objects.filter(credit_code=code).first()
    if record is None:
        record = LegalEntityRecord(credit_code=code, **values)
        record.set_legal_representative_id(representative_id)
        record.save()
        return
    if record.legal_representative_id_hash != protection.keyed_hash(representative_id):
        record.set_legal_representative_id(representative_id)
        values["legal_representative_id_hash"] = record.legal_representative_id_hash
        values["legal_representative_id_encrypted"] = (
            record.legal_representative_id_encrypted
        )
    _save_changed(record, values)


REGISTRY_MODELS = {
    "population": PopulationRecord,
    "legal_entity": LegalEntityRecord,
    "social_security_card": SocialSecurityCardRecord,
    "health_card": HealthCardRecord,
}


def registry_counts() -> dict[str, int]:
    return {name: model.objects.count() for name, model in REGISTRY_MODELS.items()}


def seed_registries(
    *,
    persons: int = 3000,
    companies: int = 500,
    seed: int = DEFAULT_SEED,
    extra_persons: list[dict[str, Any]] | None = None,
    extra_companies: list[dict[str, Any]] | None = None,
    batch_size: int = 1000,
) -> dict[str, int]:
    """Seed the four reference registries (idempotent).

    Returns, per registry, the rows this run created (``population``, ...) and the
    rows there are now (``population_total``, ...).
    """
    extras = [_extra_person(row) for row in extra_persons or []]
    extra_ids = {person.resident_id for person in extras}
    synthetic = [
        person
        for person in itertools.islice(people(seed), persons)
        if person.resident_id not in extra_ids
    ]
    entities = list(legal_entities(seed, companies, synthetic or extras))
    before = registry_counts()
    with transaction.atomic():
        for person in extras:
            _upsert_extra_person(person)
        for row in extra_companies or []:
            _upsert_extra_company(row)
        _insert_people(synthetic, batch_size)
        _insert_entities(entities, batch_size)
    after = registry_counts()
    result = {name: after[name] - before[name] for name in REGISTRY_MODELS}
    result.update({f"{name}_total": after[name] for name in REGISTRY_MODELS})
    return result


def bulk_population(
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    start: int = 0,
    batch_size: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert persons ``start`` to ``start + count`` of the stream for ``seed``
    (population rows only, each encrypted) and return how many were new."""
    before = PopulationRecord.objects.count()
    done = 0
    for chunk in _chunks(
        itertools.islice(people(seed), start, start + count), batch_size
    ):
        PopulationRecord.objects.bulk_create(
            [
                _population_record(
                    person,
                    protection.keyed_hash(person.resident_id),
                    protection.encrypt(person.resident_id),
                )
                for person in chunk
            ],
            ignore_conflicts=True,
        )
        done += len(chunk)
        if progress is not None:
            progress(done)
    return PopulationRecord.objects.count() - before
