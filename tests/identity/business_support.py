"""Companies in the legal-entity registry and linked organisations for the
business, acting and privacy tests (synthetic identifiers)."""

import datetime

from django.utils import timezone

from identity.actions import business
from identity.models import Person
from sharing.models import LegalEntityRecord
from sharing.synthetic import credit_code
from tests.factories import PersonFactory, UserFactory

COMPANY_CODE = credit_code("350102", 10_000_001)
OTHER_CODE = credit_code("350102", 10_000_002)


def registry_company(
    representative: Person, code: str = COMPANY_CODE, name: str = "示范数字科技有限公司"
) -> LegalEntityRecord:
    record = LegalEntityRecord(
        credit_code=code,
        name=name,
        entity_type="有限责任公司（自然人投资或控股）",
        legal_representative_name=representative.name,
        address="示范省榕城市鼓楼区软件大道89号",
        registered_capital="100万元人民币",
        established_on=datetime.date(2015, 6, 1),
    )
    record.set_legal_representative_id(representative.reveal_identifier())
    record.save()
    return record


def representative(name: str = "王建国") -> Person:
    return PersonFactory(name=name)


def organisation_with_admin(code: str = COMPANY_CODE):
    """A company whose legal representative linked it: (organisation, admin)."""
    person = representative()
    registry_company(person, code)
    link = business.link_credit_code(user=person.user, credit_code=code)
    return link.organisation, person.user


def verified_user():
    return PersonFactory().user


def unverified_user():
    return UserFactory()


def in_days(days: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)
