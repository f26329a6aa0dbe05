import datetime

import pytest
from django.utils import timezone

from sharing import exchange
from sharing.errors import (
    InvalidSubject,
    MissingPurpose,
    NoGrant,
    NotShared,
    ProviderUnavailable,
    SubjectNotFound,
    UnknownField,
    UnknownRequester,
    UnknownResource,
)
from sharing.models import AccessRecord, Grant, RequesterSystem, Resource, ShareClass
from sharing.protection import keyed_hash
from tests.sharing import registry_data
from tests.sharing.registry_data import COMPANY_CODE, PERSON_ID, UNKNOWN_ID

pytestmark = pytest.mark.django_db

PORTAL = "citizen-portal"


def ask(resource="population.person", subject=PERSON_ID, **kwargs):
    kwargs.setdefault("requester", PORTAL)
    kwargs.setdefault("purpose", "身份核验")
    return exchange.query(resource, subject, **kwargs)


def last_record() -> AccessRecord:
    return AccessRecord.objects.order_by("-pk").first()


def person_grant(
    requester,
    *,
    fields,
    purpose="x",
    legal_basis="y",
    expires_in=datetime.timedelta(days=30),
    status=Grant.Status.APPROVED,
) -> Grant:
    """A grant to ``requester`` on population.person (approved unless told)."""
    return Grant.objects.create(
        requester=requester,
        resource=Resource.objects.get(code="population.person"),
        fields=fields,
        purpose=purpose,
        legal_basis=legal_basis,
        expires_at=timezone.now() + expires_in,
        status=status,
    )


@pytest.fixture
def other_system():
    return RequesterSystem.objects.create(
        code="tax-system", name="税务征管系统", agency="示范省税务局"
    )


def test_unconditional_resource_is_open_to_any_registered_requester(other_system):
    registry_data.company()
    result = ask("legal-entity.basic", COMPANY_CODE, requester=other_system)
    assert result.data["name"] == "示范数字科技有限公司"
    assert result.data["legal_representative_id"] == "350102********" + PERSON_ID[-4:]
    assert result.masked == {"legal_representative_id": "id_number"}
    assert last_record().outcome == AccessRecord.Outcome.ALLOWED


def test_conditional_resource_needs_a_grant(other_system):
    registry_data.person()
    with pytest.raises(NoGrant) as error:
        ask(requester=other_system)
    record = last_record()
    assert record.pk == error.value.audit_id
    assert record.outcome == AccessRecord.Outcome.REFUSED
    assert record.fields_returned == []


def test_conditional_resource_with_grant_returns_granted_fields_only(other_system):
    registry_data.person()
    person_grant(
        other_system,
        fields=["name", "address"],
        purpose="纳税人身份核验",
        legal_basis="《中华人民共和国税收征收管理法》",
    )
    result = ask(requester=other_system, fields=["name", "address", "birth_date"])
    assert result.data == {"name": "林晓明", "address": "示范省榕城市鼓楼区****"}
    assert result.masked == {"address": "address"}
    assert result.withheld == {"birth_date": "not_granted"}
    record = last_record()
    assert record.grant.requester == other_system
    assert record.fields_withheld == ["birth_date"]


def test_portal_grant_returns_unmasked_fields_it_names():
    registry_data.person()
    result = ask()
    assert result.data["resident_id"] == PERSON_ID
    assert result.data["name"] == "林晓明"
    assert "ethnicity" in result.withheld  # not in the portal's grant


def test_withhold_rule_hides_sensitive_field_even_when_granted(other_system):
    registry_data.person()
    person_grant(
        other_system,
        fields=["name", "ethnicity"],
        purpose="统计",
        legal_basis="《统计法》",
    )
    result = ask(requester=other_system, fields=["name", "ethnicity"])
    assert result.withheld == {"ethnicity": "sensitive"}


@pytest.mark.parametrize("status", [Grant.Status.REVOKED, Grant.Status.PENDING])
def test_grant_that_is_not_approved_gives_no_access(other_system, status):
    registry_data.person()
    person_grant(other_system, fields=["name"], status=status)
    with pytest.raises(NoGrant):
        ask(requester=other_system)


def test_expired_grant_stops_access_at_once(other_system):
    registry_data.person()
    grant = person_grant(other_system, fields=["name"])
    assert ask(requester=other_system, fields=["name"]).data == {"name": "林晓明"}
    grant.expires_at = timezone.now()
    grant.save()
    with pytest.raises(NoGrant):
        ask(requester=other_system, fields=["name"])


def test_grant_expiring_while_cached_stops_access(other_system, monkeypatch):
    registry_data.person()
    person_grant(
        other_system, fields=["name"], expires_in=datetime.timedelta(minutes=5)
    )
    assert ask(requester=other_system, fields=["name"]).data == {"name": "林晓明"}
    later = timezone.now() + datetime.timedelta(minutes=6)
    monkeypatch.setattr("sharing.catalogue_cache.timezone.now", lambda: later)
    with pytest.raises(NoGrant):
        ask(requester=other_system, fields=["name"])


def test_revoking_a_cached_grant_stops_access_at_once(other_system):
    registry_data.person()
    grant = person_grant(other_system, fields=["name"])
    assert ask(requester=other_system, fields=["name"]).data == {"name": "林晓明"}
    grant.status = Grant.Status.REVOKED
    grant.save()
    with pytest.raises(NoGrant):
        ask(requester=other_system, fields=["name"])


def test_metadata_is_cached_between_queries(other_system, django_assert_num_queries):
    registry_data.company()
    ask("legal-entity.basic", COMPANY_CODE, requester=other_system)
    # registry lookup + audit insert only
    with django_assert_num_queries(2):
        ask("legal-entity.basic", COMPANY_CODE, requester=other_system)


def test_not_shared_resource_is_never_returned():
    with pytest.raises(NotShared):
        ask("population.criminal-record")
    assert last_record().outcome == AccessRecord.Outcome.REFUSED


def test_unknown_resource_is_refused_and_audited():
    with pytest.raises(UnknownResource):
        ask("no.such-resource")
    record = last_record()
    assert record.resource is None
    assert record.resource_code == "no.such-resource"
    assert record.outcome == AccessRecord.Outcome.INVALID


@pytest.mark.parametrize("subject", ["350102199003072310", "12345", "", "３５０１０２"])
def test_malformed_resident_id_is_refused(subject):
    with pytest.raises(InvalidSubject):
        ask(subject=subject)
    assert last_record().outcome == AccessRecord.Outcome.INVALID


def test_malformed_credit_code_is_refused():
    with pytest.raises(InvalidSubject):
        ask("legal-entity.basic", COMPANY_CODE[:-1] + "0")


@pytest.mark.parametrize("purpose", ["", "   ", None])
def test_missing_purpose_is_refused(purpose):
    with pytest.raises(MissingPurpose):
        ask(purpose=purpose)
    assert last_record().outcome == AccessRecord.Outcome.INVALID


def test_unknown_subject_is_not_found():
    with pytest.raises(SubjectNotFound):
        ask(subject=UNKNOWN_ID)
    record = last_record()
    assert record.outcome == AccessRecord.Outcome.NOT_FOUND
    assert record.subject_hash == keyed_hash(UNKNOWN_ID)


def test_unknown_field_is_refused():
    registry_data.person()
    with pytest.raises(UnknownField):
        ask(fields=["name", "salary"])


def test_unknown_or_disabled_requester_is_refused(other_system):
    with pytest.raises(UnknownRequester):
        ask(requester="nobody")
    other_system.is_active = False
    other_system.save()
    with pytest.raises(UnknownRequester):
        ask(requester=other_system)


def test_unavailable_provider_is_reported_and_audited():
    resource = Resource.objects.get(code="legal-entity.basic")
    resource.backend = Resource.Backend.UNAVAILABLE
    resource.save()
    with pytest.raises(ProviderUnavailable):
        ask("legal-entity.basic", COMPANY_CODE)
    assert last_record().outcome == AccessRecord.Outcome.ERROR


def test_audit_row_never_contains_the_plain_subject():
    registry_data.person()
    ask()
    with pytest.raises(NoGrant):
        ask(requester=RequesterSystem.objects.create(code="x", name="x", agency="x"))
    for row in AccessRecord.objects.values():
        assert PERSON_ID not in str(row)


def test_card_lookup_by_card_number():
    registry_data.ss_card()
    result = ask("social-security.card", "a1234 5678")
    assert result.data["holder_id"] == PERSON_ID
    assert result.data["status"] == "normal"


def test_card_lookup_by_holder():
    registry_data.ss_card()
    result = ask("social-security.card-of-person", PERSON_ID)
    assert result.data["card_number"] == "A12345678"


def test_default_catalogue_declares_legal_basis_where_required():
    for resource in Resource.objects.exclude(share_class=ShareClass.UNCONDITIONAL):
        assert resource.legal_basis.strip()
        resource.full_clean()


def test_grant_on_unconditional_resource_unmasks_only_what_it_names():
    registry_data.company()
    result = ask("legal-entity.basic", COMPANY_CODE)  # the portal holds such a grant
    assert result.data["legal_representative_id"] == PERSON_ID
    assert "legal_representative_id" not in result.masked
    assert last_record().grant.purpose.startswith("法人身份核验")
