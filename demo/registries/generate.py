"""The deterministic synthetic population and legal-entity streams (households of
related persons with consistent ages, sexes and relations; companies whose legal
representatives are adults of the population). Pure generation: nothing here writes
to the database."""

import datetime
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sharing.models import (
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)
from sharing.synthetic import (
    TIMELESS_REGION_CODE,
    credit_code,
    health_card_number,
    resident_id,
    social_security_card_number,
)

DEFAULT_SEED = 20261121
# The "today" of the synthetic province: no birth, card or company after it.
REFERENCE_DATE = datetime.date(2025, 6, 30)
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
            return resident_id(region, birth, sequence)


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
