import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation

from identity import assurance
from identity.actions import (
    LinkError,
    identity_link_reassign_at_desk,
    identity_link_resident_id,
)
from identity.models import IdentityLink, Person
from sharing.models import AccessRecord
from tests.factories import PersonFactory, UserFactory
from tests.identity.support import (
    HEALTH_CARD,
    PERSON_ID,
    PERSON_NAME,
    SS_CARD,
    UNKNOWN_ID,
    seed_person,
)

pytestmark = pytest.mark.django_db


def link(user, resident_id=PERSON_ID, name=PERSON_NAME):
    return identity_link_resident_id(user=user, resident_id=resident_id, name=name)


def test_linking_a_valid_number_binds_the_person_and_reaches_level_2():
    seed_person()
    user = UserFactory()
    result = link(user)
    assert result.method == IdentityLink.Method.REGISTRY
    assert result.kind == IdentityLink.Kind.RESIDENT_ID
    assert result.person.user == user
    assert result.person.name == PERSON_NAME
    assert result.identifier_masked == PERSON_ID[:6] + "********" + PERSON_ID[-4:]
    assert result.reveal_identifier() == PERSON_ID
    assert assurance.assurance_level(user) == assurance.REGISTRY_VERIFIED


def test_linking_records_the_audited_registry_read():
    seed_person()
    result = link(UserFactory())
    record = AccessRecord.objects.get(pk=result.source_access_record)
    assert record.resource_code == "population.person"
    assert record.purpose == "身份核验"
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert result.source_resource == "population.person"


def test_linking_discovers_both_cards_as_registry_verified():
    seed_person()
    user = UserFactory()
    link(user)
    cards = {
        item.kind: item
        for item in IdentityLink.objects.filter(person__user=user).exclude(
            kind=IdentityLink.Kind.RESIDENT_ID
        )
    }
    assert set(cards) == {
        IdentityLink.Kind.SOCIAL_SECURITY_CARD,
        IdentityLink.Kind.HEALTH_CARD,
    }
    assert cards[IdentityLink.Kind.SOCIAL_SECURITY_CARD].reveal_identifier() == SS_CARD
    assert cards[IdentityLink.Kind.HEALTH_CARD].reveal_identifier() == HEALTH_CARD
    assert all(c.method == IdentityLink.Method.REGISTRY for c in cards.values())
    assert all(c.source_access_record for c in cards.values())


def test_linking_without_cards_links_only_the_resident_id():
    seed_person(cards=False)
    user = UserFactory()
    link(user)
    assert list(
        IdentityLink.objects.filter(person__user=user).values_list("kind", flat=True)
    ) == [IdentityLink.Kind.RESIDENT_ID]


def test_name_with_spaces_matches():
    seed_person()
    assert link(UserFactory(), name=" 林 晓明 ").method == IdentityLink.Method.REGISTRY


def test_lowercase_x_and_spaces_in_the_number_are_normalised():
    seed_person()
    spaced = f"{PERSON_ID[:6]} {PERSON_ID[6:14]} {PERSON_ID[14:].lower()}"
    assert link(UserFactory(), resident_id=spaced).reveal_identifier() == PERSON_ID


def test_name_mismatch_is_refused_and_nothing_is_saved():
    seed_person()
    user = UserFactory()
    persons = Person.objects.count()
    with pytest.raises(LinkError) as error:
        link(user, name="林晓红")
    assert error.value.code == "name_mismatch"
    assert IdentityLink.objects.count() == 0
    assert Person.objects.count() == persons
    assert assurance.assurance_level(user) == assurance.NONE
    # The refusal's registry read is still on record for the provider.
    assert AccessRecord.objects.filter(pk=error.value.audit_id).exists()


@pytest.mark.parametrize(
    "number",
    [
        PERSON_ID[:-1] + ("0" if PERSON_ID[-1] != "0" else "1"),  # bad checksum
        "35010219901307231X",  # impossible date
        "990102199003072315",  # unknown region
        "3501021990030723",  # wrong length
        "35010219900307A231",  # forbidden letter
        "350102900307231",  # 15-digit old number
        "",
    ],
)
def test_invalid_numbers_are_refused_with_a_message(number):
    seed_person()
    with pytest.raises(LinkError) as error:
        link(UserFactory(), resident_id=number)
    assert error.value.code in {"invalid", "name"}
    assert error.value.message
    assert IdentityLink.objects.count() == 0


def test_number_unknown_to_the_registry_is_refused():
    seed_person()
    with pytest.raises(LinkError) as error:
        link(UserFactory(), resident_id=UNKNOWN_ID)
    assert error.value.code == "not_found"
    assert IdentityLink.objects.count() == 0


def test_number_linked_to_another_account_is_refused_with_the_counter_route():
    seed_person()
    first = UserFactory()
    link(first)
    second = UserFactory()
    with translation.override("en"), pytest.raises(LinkError) as error:
        link(second)
    assert error.value.code == "already_linked"
    assert "service counter" in error.value.message
    assert PERSON_ID not in error.value.message
    assert Person.objects.by_resident_id(PERSON_ID).get().user == first
    assert assurance.assurance_level(second) == assurance.NONE


def test_refusal_message_is_chinese_by_default():
    seed_person()
    link(UserFactory())
    with pytest.raises(LinkError) as error:
        link(UserFactory())
    assert "窗口" in error.value.message


def test_linking_twice_is_idempotent():
    seed_person()
    user = UserFactory()
    first = link(user)
    assert link(user).pk == first.pk
    assert IdentityLink.objects.filter(kind=IdentityLink.Kind.RESIDENT_ID).count() == 1


def test_account_with_an_unverified_declared_number_gets_the_verified_one():
    seed_person()
    person = PersonFactory(name="林晓明")
    user = person.user
    assert assurance.assurance_level(user) == assurance.SELF_ASSERTED
    link(user)
    person.refresh_from_db()
    assert person.reveal_identifier() == PERSON_ID
    assert assurance.assurance_level(user) == assurance.REGISTRY_VERIFIED


def test_account_with_a_verified_number_cannot_link_another():
    seed_person()
    from tests.sharing import registry_data

    registry_data.person(resident=UNKNOWN_ID, name="陈思远")
    user = UserFactory()
    link(user)
    with pytest.raises(LinkError) as error:
        link(user, resident_id=UNKNOWN_ID, name="陈思远")
    assert error.value.code == "different_id"


def test_window_staff_reassign_the_number_to_the_rightful_account(staff_user):
    seed_person()
    squatter = UserFactory()
    link(squatter)
    owner = UserFactory()
    result = identity_link_reassign_at_desk(
        staff=staff_user, resident_id=PERSON_ID, user=owner
    )
    assert result.method == IdentityLink.Method.COUNTER
    assert result.verified_by == staff_user
    assert result.person.user == owner
    assert assurance.assurance_level(owner) == assurance.STRONG
    assert assurance.assurance_level(squatter) == assurance.NONE
    revoked = IdentityLink.objects.get(
        kind=IdentityLink.Kind.RESIDENT_ID, revoked_at__isnull=False
    )
    assert "staff" in revoked.revoked_reason
    record = AccessRecord.objects.get(pk=result.source_access_record)
    assert record.user == staff_user


def test_counter_verification_of_the_own_account_reaches_level_3(staff_user):
    seed_person()
    user = UserFactory()
    link(user)
    identity_link_reassign_at_desk(staff=staff_user, resident_id=PERSON_ID, user=user)
    assert assurance.assurance_level(user) == assurance.STRONG
    assert (
        IdentityLink.objects.active().filter(kind=IdentityLink.Kind.RESIDENT_ID).count()
        == 1
    )


def test_only_window_staff_may_reassign():
    seed_person()
    with pytest.raises(PermissionDenied):
        identity_link_reassign_at_desk(
            staff=UserFactory(), resident_id=PERSON_ID, user=UserFactory()
        )


def test_assurance_level_is_0_without_a_person():
    assert assurance.assurance_level(UserFactory()) == assurance.NONE


def test_assurance_level_of_anonymous_is_0():
    from django.contrib.auth.models import AnonymousUser

    assert assurance.assurance_level(AnonymousUser()) == assurance.NONE


def test_require_level_refuses_below_and_passes_at_the_level():
    seed_person()
    user = UserFactory()
    with pytest.raises(assurance.InsufficientAssurance) as error:
        assurance.require_level(user, 2)
    assert error.value.required == 2
    assert error.value.current == 0
    link(user)
    assert assurance.require_level(user, 2) == 2
    assert assurance.has_level(user, 2)
    assert not assurance.has_level(user, 3)


def test_revoked_links_do_not_count():
    seed_person()
    user = UserFactory()
    result = link(user)
    IdentityLink.objects.filter(pk=result.pk).update(revoked_at=result.verified_at)
    assert assurance.assurance_level(user) == assurance.SELF_ASSERTED


def test_revoked_or_expired_links_no_longer_count():
    seed_person()
    user = UserFactory()
    linked = link(user)
    assert assurance.assurance_level(user) == assurance.REGISTRY_VERIFIED
    IdentityLink.objects.filter(pk=linked.pk).update(
        valid_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    # The person stays, with its declared number: self-asserted.
    assert assurance.assurance_level(user) == assurance.SELF_ASSERTED
    IdentityLink.objects.filter(pk=linked.pk).update(
        valid_until=None, revoked_at=timezone.now()
    )
    assert assurance.assurance_level(user) == assurance.SELF_ASSERTED
    IdentityLink.objects.filter(pk=linked.pk).update(revoked_at=None)
    assert assurance.assurance_level(user) == assurance.REGISTRY_VERIFIED
