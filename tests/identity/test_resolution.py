import pytest

from identity.actions import identity_link_resident_id
from identity.models import Organisation
from identity.selectors import (
    IdentifierNotFound,
    InvalidIdentifier,
    ResolutionError,
    resolve_identifier,
)
from sharing import protection
from sharing.models import AccessRecord
from tests.factories import PersonFactory, UserFactory
from tests.identity.support import (
    HEALTH_CARD,
    PERSON_ID,
    PERSON_NAME,
    SS_CARD,
    UNKNOWN_ID,
    health_card,
    seed_person,
)
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

PURPOSE = "一证通办：窗口受理识别申请人"


@pytest.fixture
def linked_user():
    seed_person()
    user = UserFactory()
    identity_link_resident_id(user=user, resident_id=PERSON_ID, name=PERSON_NAME)
    return user


def resolve(identifier, **kwargs):
    kwargs.setdefault("purpose", PURPOSE)
    return resolve_identifier(identifier, **kwargs)


def test_resident_id_resolves_to_the_linked_person_with_masked_links(linked_user):
    result = resolve(PERSON_ID)
    assert result.kind == "resident_id"
    assert result.person.user == linked_user
    assert result.name == PERSON_NAME
    assert {item.kind for item in result.links} == {
        "resident_id",
        "social_security_card",
        "health_card",
    }
    for item in result.links:
        assert "*" in item.masked
    assert PERSON_ID not in repr(result.links)


def test_social_security_card_resolves_the_holder_through_the_audited_registry(
    linked_user, staff_user
):
    result = resolve(SS_CARD, requester_user=staff_user)
    assert result.kind == "social_security_card"
    assert result.person.user == linked_user
    assert result.source == "registry"
    record = AccessRecord.objects.get(pk=result.audit_ids[-1])
    assert record.resource_code == "social-security.card"
    assert record.purpose == PURPOSE
    assert record.user == staff_user


def test_health_card_resolves_the_holder(linked_user):
    result = resolve(HEALTH_CARD)
    assert result.kind == "health_card"
    assert result.person.user == linked_user


def test_card_of_a_person_not_linked_locally_resolves_to_the_registry_holder():
    seed_person()
    person = PersonFactory(resident_id=PERSON_ID, name=PERSON_NAME)
    result = resolve(SS_CARD)
    assert result.person == person
    assert result.links == []


def test_card_unknown_everywhere_names_no_one_but_is_audited():
    seed_person(cards=False)
    with pytest.raises(IdentifierNotFound):
        resolve("A99999999")
    assert (
        AccessRecord.objects.filter(
            resource_code__in=["social-security.card", "health.card"],
            outcome=AccessRecord.Outcome.NOT_FOUND,
        ).count()
        == 2
    )


def test_card_holder_without_a_local_person_gives_the_registry_name():
    registry_data.person()
    health_card()
    result = resolve(HEALTH_CARD)
    assert result.person is None
    assert result.name == PERSON_NAME
    assert result.kind == "health_card"


def test_resident_id_unknown_locally_is_read_from_the_population_registry():
    seed_person()
    result = resolve(PERSON_ID)
    assert result.person is None
    assert result.name == PERSON_NAME
    assert result.source == "registry"
    assert AccessRecord.objects.get(pk=result.audit_ids[0]).purpose == PURPOSE


def test_resident_id_unknown_everywhere_is_not_found():
    with pytest.raises(IdentifierNotFound):
        resolve(UNKNOWN_ID)


def test_credit_code_resolves_a_local_organisation():
    representative = PersonFactory()
    organisation = Organisation(
        name="示范数字科技有限公司", legal_representative=representative
    )
    organisation.set_identifier(registry_data.COMPANY_CODE)
    organisation.save()
    result = resolve(registry_data.COMPANY_CODE)
    assert result.kind == "credit_code"
    assert result.organisation == organisation
    assert result.person == representative
    assert not result.is_person


def test_credit_code_unknown_locally_is_read_from_the_legal_entity_registry():
    registry_data.company()
    result = resolve(registry_data.COMPANY_CODE)
    assert result.organisation is None
    assert result.name == "示范数字科技有限公司"
    assert PERSON_ID not in str(result.registry)


@pytest.mark.parametrize(
    "identifier",
    [
        "",
        "   ",
        PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1"),
        "350102900307231",
        "not an identifier!",
        "12",
        "91350102MA2XXXXX-0",
        "A" * 30,
    ],
)
def test_malformed_identifiers_raise_a_clear_error(identifier):
    with pytest.raises(InvalidIdentifier) as error:
        resolve(identifier)
    assert error.value.message


def test_spaces_and_lowercase_are_normalised(linked_user):
    spaced = " ".join([PERSON_ID[:6], PERSON_ID[6:]]).lower()
    assert resolve(spaced).person.user == linked_user


def test_a_purpose_is_required():
    with pytest.raises(ResolutionError) as error:
        resolve_identifier(PERSON_ID, purpose=" ")
    assert error.value.code == "purpose"


def test_resolution_looks_up_by_keyed_hash_only(
    linked_user, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        resolve(PERSON_ID)
    assert protection.keyed_hash(PERSON_ID)
