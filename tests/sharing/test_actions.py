import datetime
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from identity import groups
from sharing import catalogue_cache, exchange, protection, selectors
from sharing.actions import (
    SharingActionError,
    discrepancy_report,
    discrepancy_resolve,
    grant_approve,
    grant_reject,
    grant_request,
    grant_revoke,
)
from sharing.errors import NoGrant
from sharing.models import Discrepancy, Grant, PopulationRecord, ShareClass
from sharing.synthetic import resident_id
from tests.factories import UserFactory
from tests.factories.sharing_ui import (
    DiscrepancyFactory,
    GrantFactory,
    RequesterSystemFactory,
    ResourceFactory,
)

pytestmark = pytest.mark.django_db

SUBJECT = resident_id("350102", datetime.date(1990, 3, 7), 231)


@pytest.fixture
def steward():
    return UserFactory()


@pytest.fixture
def operator():
    return UserFactory()


@pytest.fixture
def resource(steward):
    return ResourceFactory(provider__stewards=[steward])


@pytest.fixture
def system(operator):
    return RequesterSystemFactory(operators=[operator])


@pytest.fixture
def pending(resource, system, operator):
    return GrantFactory(resource=resource, requester=system, requested_by=operator)


def request_kwargs(resource, system, operator, **overrides):
    kwargs = {
        "requester": system,
        "resource": resource,
        "fields": ["name", "address"],
        "purpose": "预填居住证申请表",
        "legal_basis": "《居住证暂行条例》第九条",
        "expires_at": timezone.now() + datetime.timedelta(days=90),
        "requested_by": operator,
    }
    return {**kwargs, **overrides}


def error_keys(excinfo) -> set[str]:
    return set(excinfo.value.message_dict)


def test_staff_groups_mirror_identity():
    assert selectors.STAFF_GROUPS == groups.STAFF_GROUPS


# grant_request


def test_grant_request_by_operator_creates_pending_grant(resource, system, operator):
    grant = grant_request(**request_kwargs(resource, system, operator))
    assert grant.status == Grant.Status.PENDING
    assert grant.fields == ["name", "address"]
    assert grant.requested_by == operator
    assert not grant.is_in_force


def test_grant_request_by_non_operator_is_denied(resource, system):
    with pytest.raises(PermissionDenied):
        grant_request(**request_kwargs(resource, system, UserFactory()))


def test_grant_request_by_operator_of_another_system_is_denied(resource, operator):
    other_system = RequesterSystemFactory()
    with pytest.raises(PermissionDenied):
        grant_request(**request_kwargs(resource, other_system, operator))


@pytest.mark.parametrize("share_class", [ShareClass.UNCONDITIONAL, ShareClass.NONE])
def test_grant_request_only_for_conditional_resources(
    system, operator, steward, share_class
):
    resource = ResourceFactory(share_class=share_class, provider__stewards=[steward])
    with pytest.raises(SharingActionError) as excinfo:
        grant_request(**request_kwargs(resource, system, operator))
    assert error_keys(excinfo) == {"resource"}


@pytest.mark.parametrize("fields", [[], ["name", "salary"]], ids=["none", "unknown"])
def test_grant_request_needs_fields_of_the_resource(resource, system, operator, fields):
    kwargs = request_kwargs(resource, system, operator, fields=fields)
    with pytest.raises(SharingActionError) as excinfo:
        grant_request(**kwargs)
    assert error_keys(excinfo) == {"fields"}


def test_grant_request_needs_purpose_and_legal_basis(resource, system, operator):
    kwargs = request_kwargs(resource, system, operator, purpose=" ", legal_basis="")
    with pytest.raises(SharingActionError) as excinfo:
        grant_request(**kwargs)
    assert error_keys(excinfo) == {"purpose", "legal_basis"}


@pytest.mark.parametrize(
    "delta", [-1, 60 * 24 * (365 * 3 + 2)], ids=["past", "over-3-years"]
)
def test_grant_request_expiry_in_future_and_at_most_three_years(
    resource, system, operator, delta
):
    expires_at = timezone.now() + datetime.timedelta(minutes=delta)
    kwargs = request_kwargs(resource, system, operator, expires_at=expires_at)
    with pytest.raises(SharingActionError) as excinfo:
        grant_request(**kwargs)
    assert error_keys(excinfo) == {"expires_at"}


def test_grant_request_for_disabled_system_is_refused(resource, operator):
    system = RequesterSystemFactory(operators=[operator], is_active=False)
    with pytest.raises(PermissionDenied):
        grant_request(**request_kwargs(resource, system, operator))


# decisions


def test_steward_approves_pending_grant_with_unmasked_fields(pending, steward):
    grant = grant_approve(
        grant=pending, steward=steward, note="同意", unmasked_fields=["name"]
    )
    assert grant.status == Grant.Status.APPROVED
    assert grant.unmasked_fields == ["name"]
    assert grant.decided_by == steward
    assert grant.decided_at is not None
    assert grant.is_in_force


def test_approve_refuses_unmasking_fields_not_requested(pending, steward):
    with pytest.raises(SharingActionError) as excinfo:
        grant_approve(grant=pending, steward=steward, unmasked_fields=["address"])
    assert error_keys(excinfo) == {"unmasked_fields"}


@pytest.mark.parametrize("action", [grant_approve, grant_reject])
def test_steward_of_another_provider_cannot_decide(pending, action):
    outsider = ResourceFactory(provider__stewards=[UserFactory()]).provider
    with pytest.raises(PermissionDenied):
        action(grant=pending, steward=outsider.stewards.get(), note="x")
    pending.refresh_from_db()
    assert pending.status == Grant.Status.PENDING


def test_operator_cannot_approve_own_request(pending, operator):
    with pytest.raises(PermissionDenied):
        grant_approve(grant=pending, steward=operator)


def test_superuser_may_decide(pending):
    admin = UserFactory(is_superuser=True)
    assert grant_approve(grant=pending, steward=admin).status == "approved"


def test_reject_needs_a_note(pending, steward):
    with pytest.raises(SharingActionError) as excinfo:
        grant_reject(grant=pending, steward=steward, note="  ")
    assert error_keys(excinfo) == {"note"}


def test_steward_rejects_pending_grant(pending, steward):
    grant = grant_reject(grant=pending, steward=steward, note="用途与法律依据不符")
    assert grant.status == Grant.Status.REJECTED
    assert grant.decision_note == "用途与法律依据不符"


def test_rejected_grant_cannot_be_approved(pending, steward):
    grant_reject(grant=pending, steward=steward, note="不符")
    with pytest.raises(SharingActionError):
        grant_approve(grant=pending, steward=steward)


def test_approve_after_requested_expiry_is_refused(pending, steward):
    Grant.objects.filter(pk=pending.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    with pytest.raises(SharingActionError):
        grant_approve(grant=pending, steward=steward)


def test_pending_grant_cannot_be_revoked(pending, steward):
    with pytest.raises(SharingActionError):
        grant_revoke(grant=pending, steward=steward, note="x")


def test_revoke_keeps_the_approval_on_record(pending, steward):
    grant_approve(grant=pending, steward=steward, note="同意")
    grant = grant_revoke(grant=pending, steward=steward, note="系统已停用")
    assert grant.status == Grant.Status.REVOKED
    assert grant.decision_note == "同意"
    assert grant.revocation_note == "系统已停用"
    assert grant.revoked_by == steward


def test_revoke_needs_a_note(pending, steward):
    grant_approve(grant=pending, steward=steward)
    with pytest.raises(SharingActionError) as excinfo:
        grant_revoke(grant=pending, steward=steward, note="")
    assert error_keys(excinfo) == {"note"}


def test_operator_cannot_revoke(pending, steward, operator):
    grant_approve(grant=pending, steward=steward)
    with pytest.raises(PermissionDenied):
        grant_revoke(grant=pending, steward=operator, note="x")


# the exchange honours decisions at once


@pytest.fixture
def person():
    record = PopulationRecord(
        name="林晓明",
        sex="1",
        birth_date=datetime.date(1990, 3, 7),
        address="示范省福州市鼓楼区东街1号",
        household_number="H001",
        relation_to_head="户主",
    )
    record.set_number(SUBJECT)
    record.save()
    return record


def query(grant):
    return exchange.query(
        grant.resource.code,
        SUBJECT,
        requester=grant.requester.code,
        purpose=grant.purpose,
        fields=["name"],
    )


def test_exchange_refuses_a_pending_grant(pending, person):
    with pytest.raises(NoGrant):
        query(pending)


def test_exchange_stops_right_after_revoke(pending, steward, person):
    grant_approve(grant=pending, steward=steward)
    assert query(pending).data == {"name": "林晓明"}
    grant_revoke(grant=pending, steward=steward, note="停止共享")
    with pytest.raises(NoGrant):
        query(pending)


def test_revoke_invalidates_exchange_cache_after_commit(
    pending, steward, django_capture_on_commit_callbacks
):
    grant_approve(grant=pending, steward=steward)
    with django_capture_on_commit_callbacks() as callbacks:
        grant_revoke(grant=pending, steward=steward, note="停止共享")
    assert catalogue_cache.bump in callbacks


def test_exchange_stops_after_expiry(pending, steward, person):
    grant = grant_approve(grant=pending, steward=steward)
    assert query(grant).data == {"name": "林晓明"}
    later = grant.expires_at + datetime.timedelta(seconds=1)
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        pytest.raises(NoGrant),
    ):
        query(grant)


# discrepancies


def report_kwargs(resource, system, **overrides):
    kwargs = {
        "resource": resource,
        "subject": SUBJECT,
        "field_name": "address",
        "reported_value": "示范省福州市鼓楼区东街2号",
        "note": "户籍地址已迁移",
        "reporter_system": system,
        "reported_by": UserFactory(),
    }
    return {**kwargs, **overrides}


def test_discrepancy_report_stores_subject_hashed_and_masked(resource, system):
    discrepancy = discrepancy_report(**report_kwargs(resource, system))
    assert discrepancy.status == Discrepancy.Status.OPEN
    assert discrepancy.subject_hash == protection.keyed_hash(SUBJECT)
    assert discrepancy.subject_masked == protection.mask(SUBJECT)
    row = Discrepancy.objects.filter(pk=discrepancy.pk).values().get()
    assert SUBJECT not in str(row)


def test_discrepancy_report_validates_subject_like_the_exchange(resource, system):
    bad = SUBJECT[:-1] + ("0" if SUBJECT[-1] != "0" else "1")
    with pytest.raises(SharingActionError) as excinfo:
        discrepancy_report(**report_kwargs(resource, system, subject=bad))
    assert error_keys(excinfo) == {"subject"}


def test_discrepancy_report_normalises_the_subject(resource, system):
    spaced = f" {SUBJECT[:6]} {SUBJECT[6:]} ".lower()
    discrepancy = discrepancy_report(**report_kwargs(resource, system, subject=spaced))
    assert discrepancy.subject_hash == protection.keyed_hash(SUBJECT)


def test_discrepancy_report_field_must_belong_to_resource(resource, system):
    with pytest.raises(SharingActionError) as excinfo:
        discrepancy_report(**report_kwargs(resource, system, field_name="salary"))
    assert error_keys(excinfo) == {"field_name"}


def test_discrepancy_report_needs_a_value(resource, system):
    with pytest.raises(SharingActionError) as excinfo:
        discrepancy_report(**report_kwargs(resource, system, reported_value=""))
    assert error_keys(excinfo) == {"reported_value"}


def test_steward_resolves_discrepancy_with_feedback(resource, steward):
    discrepancy = DiscrepancyFactory(resource=resource)
    resolved = discrepancy_resolve(
        discrepancy=discrepancy,
        steward=steward,
        status=Discrepancy.Status.CORRECTED,
        resolution="已核实并更正户籍地址。",
    )
    assert resolved.status == Discrepancy.Status.CORRECTED
    assert resolved.resolved_by == steward
    assert resolved.resolved_at is not None


def test_resolve_by_someone_else_is_denied(resource):
    discrepancy = DiscrepancyFactory(resource=resource)
    with pytest.raises(PermissionDenied):
        discrepancy_resolve(
            discrepancy=discrepancy,
            steward=discrepancy.reported_by,
            status=Discrepancy.Status.REJECTED,
            resolution="x",
        )


@pytest.mark.parametrize(
    "status,resolution,key",
    [("open", "已处理", "status"), ("corrected", " ", "resolution")],
)
def test_resolve_needs_a_final_status_and_resolution(
    resource, steward, status, resolution, key
):
    discrepancy = DiscrepancyFactory(resource=resource)
    with pytest.raises(SharingActionError) as excinfo:
        discrepancy_resolve(
            discrepancy=discrepancy,
            steward=steward,
            status=status,
            resolution=resolution,
        )
    assert error_keys(excinfo) == {key}


def test_resolved_discrepancy_cannot_be_resolved_again(resource, steward):
    discrepancy = DiscrepancyFactory(resource=resource)
    kwargs = {"discrepancy": discrepancy, "steward": steward, "resolution": "已核实"}
    discrepancy_resolve(status=Discrepancy.Status.CONFIRMED, **kwargs)
    with pytest.raises(SharingActionError):
        discrepancy_resolve(status=Discrepancy.Status.CORRECTED, **kwargs)
