"""Small registry fixtures shared by the exchange tests (synthetic identifiers)."""

import datetime

from sharing.models import (
    LegalEntityRecord,
    PopulationRecord,
    SocialSecurityCardRecord,
)
from sharing.synthetic import credit_code, resident_id

PERSON_ID = resident_id("350102", datetime.date(1990, 3, 7), 231)
UNKNOWN_ID = resident_id("350102", datetime.date(1991, 4, 8), 17)
COMPANY_CODE = credit_code("350102", 10_000_001)
CARD_NUMBER = "A12345678"


def person(resident=PERSON_ID, name="林晓明") -> PopulationRecord:
    record = PopulationRecord(
        name=name,
        sex=PopulationRecord.Sex.MALE,
        birth_date=datetime.date(1990, 3, 7),
        ethnicity="汉族",
        address="示范省榕城市鼓楼区政务路1号3幢201室",
        household_number="350102000123",
        relation_to_head="户主",
    )
    record.set_number(resident)
    record.save()
    return record


def company(code=COMPANY_CODE) -> LegalEntityRecord:
    record = LegalEntityRecord(
        credit_code=code,
        name="示范数字科技有限公司",
        entity_type="有限责任公司（自然人投资或控股）",
        legal_representative_name="王建国",
        address="示范省榕城市鼓楼区软件大道89号",
        registered_capital="100万元人民币",
        established_on=datetime.date(2015, 6, 1),
    )
    record.set_legal_representative_id(PERSON_ID)
    record.save()
    return record


def ss_card(number=CARD_NUMBER, holder=PERSON_ID) -> SocialSecurityCardRecord:
    record = SocialSecurityCardRecord(
        holder_name="林晓明",
        issued_on=datetime.date(2018, 5, 20),
        issuer="示范省人力资源和社会保障厅",
        bank="示范银行",
    )
    record.set_number(number)
    record.set_holder_id(holder)
    record.save()
    return record
