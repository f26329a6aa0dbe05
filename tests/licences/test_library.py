import pytest
from django.utils import timezone

from licences.models import Licence
from sharing import exchange
from sharing.errors import NoGrant, SubjectNotFound
from sharing.models import AccessRecord
from tests.factories import (
    LicenceFactory,
    LicenceTypeFactory,
    PersonFactory,
    next_resident_id,
)
from tests.factories.sharing import RequesterSystemFactory

pytestmark = pytest.mark.django_db

RESOURCE = "licences.by-holder"
PURPOSE = "办件材料：调取申请人电子证照"


def query(subject, requester="citizen-portal"):
    return exchange.query(RESOURCE, subject, requester=requester, purpose=PURPOSE)


def test_portal_reads_the_persons_licences_with_an_access_record():
    resident_id = next_resident_id()
    person = PersonFactory(resident_id=resident_id)
    licence = LicenceFactory(holder=person.user, licence_type=LicenceTypeFactory())
    LicenceFactory(holder=PersonFactory().user)  # somebody else's

    result = query(resident_id)

    assert result.data == {
        "licences": [
            {
                "type_code": "JZZ",
                "type_name": "居住证",
                "number": licence.number,
                "status": "valid",
                "issued_on": timezone.localdate(licence.issued_at).isoformat(),
                "valid_until": None,
                "issuing_authority": "示范省公安厅",
            }
        ]
    }
    record = AccessRecord.objects.get(pk=result.audit_id)
    assert record.outcome == AccessRecord.Outcome.ALLOWED
    assert record.resource_code == RESOURCE
    assert record.requester_code == "citizen-portal"
    assert record.fields_returned == ["licences"]
    assert record.provider.code == "licence-library"


def test_revoked_licence_is_listed_as_revoked():
    resident_id = next_resident_id()
    person = PersonFactory(resident_id=resident_id)
    LicenceFactory(holder=person.user, status=Licence.Status.REVOKED)
    assert query(resident_id).data["licences"][0]["status"] == "revoked"


def test_requester_without_grant_is_refused():
    resident_id = next_resident_id()
    LicenceFactory(holder=PersonFactory(resident_id=resident_id).user)
    other = RequesterSystemFactory()
    with pytest.raises(NoGrant) as refused:
        query(resident_id, requester=other.code)
    record = AccessRecord.objects.get(pk=refused.value.audit_id)
    assert record.outcome == AccessRecord.Outcome.REFUSED


def test_person_without_licences_gets_an_empty_list():
    resident_id = next_resident_id()
    PersonFactory(resident_id=resident_id)
    assert query(resident_id).data == {"licences": []}


def test_person_without_account_gets_an_empty_list():
    resident_id = next_resident_id()
    PersonFactory(resident_id=resident_id, user=None)
    assert query(resident_id).data == {"licences": []}


def test_unknown_resident_is_subject_not_found():
    with pytest.raises(SubjectNotFound) as refused:
        query(next_resident_id())
    record = AccessRecord.objects.get(pk=refused.value.audit_id)
    assert record.outcome == AccessRecord.Outcome.NOT_FOUND
