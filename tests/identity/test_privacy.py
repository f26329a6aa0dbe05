import pytest
from django.core.exceptions import PermissionDenied

from identity.actions import privacy
from identity.models import Consent, CorrectionRequest
from sharing import actions as sharing_actions
from sharing import protection
from sharing.models import Discrepancy, Resource

from .business_support import COMPANY_CODE, organisation_with_admin, verified_user

pytestmark = pytest.mark.django_db


def _consent(user):
    return privacy.consent_record(
        user=user,
        data="人口基础信息：姓名、户籍地址",
        purpose="居住证申领表单预填",
        recipient="示范省公安厅",
        recipient_code="public-security",
    )


def test_consent_records_what_to_whom_and_when():
    user = verified_user()
    consent = _consent(user)
    assert consent.person == user.person
    assert consent.recipient == "示范省公安厅"
    assert consent.given_at is not None
    assert consent.is_active


def test_consent_needs_what_purpose_and_recipient():
    with pytest.raises(privacy.PrivacyError) as error:
        privacy.consent_record(
            user=verified_user(), data="", purpose=" ", recipient="示范省公安厅"
        )
    assert set(error.value.message_dict) == {"data", "purpose"}


def test_consent_withdrawal_keeps_the_record():
    user = verified_user()
    consent = privacy.consent_withdraw(consent=_consent(user), user=user)
    assert consent.withdrawn_at is not None
    assert not Consent.objects.get(pk=consent.pk).is_active


def test_consent_cannot_be_withdrawn_twice():
    user = verified_user()
    consent = _consent(user)
    privacy.consent_withdraw(consent=consent, user=user)
    with pytest.raises(privacy.PrivacyError):
        privacy.consent_withdraw(consent=consent, user=user)


def test_another_user_cannot_withdraw_a_consent():
    consent = _consent(verified_user())
    with pytest.raises(PermissionDenied):
        privacy.consent_withdraw(consent=consent, user=verified_user())


def test_correction_goes_to_the_providers_discrepancy_queue():
    user = verified_user()
    resource = Resource.objects.get(code="population.person")
    correction = privacy.correction_request(
        user=user,
        resource=resource,
        field_name="address",
        kind=CorrectionRequest.Kind.CORRECTION,
        reported_value="示范省榕城市鼓楼区新路2号",
        note="已搬迁",
    )
    discrepancy = correction.discrepancy
    assert discrepancy.status == Discrepancy.Status.OPEN
    assert discrepancy.reporter_system.code == "citizen-portal"
    assert discrepancy.reported_by == user
    assert discrepancy.subject_hash == user.person.identifier_hash
    assert discrepancy.reported_value == "示范省榕城市鼓楼区新路2号"


def test_deletion_request_needs_no_value():
    correction = privacy.correction_request(
        user=verified_user(),
        resource=Resource.objects.get(code="population.person"),
        field_name="address",
        kind=CorrectionRequest.Kind.DELETION,
    )
    assert correction.discrepancy.reported_value == privacy.DELETION_VALUE


def test_correction_outcome_is_the_stewards_resolution(django_user_model):
    correction = privacy.correction_request(
        user=verified_user(),
        resource=Resource.objects.get(code="population.person"),
        field_name="address",
        kind=CorrectionRequest.Kind.CORRECTION,
        reported_value="新地址",
    )
    steward = django_user_model.objects.create_superuser("steward", "s@example.com")
    sharing_actions.discrepancy_resolve(
        discrepancy=correction.discrepancy,
        steward=steward,
        status=Discrepancy.Status.CORRECTED,
        resolution="已更正户籍地址。",
    )
    correction.refresh_from_db()
    correction.discrepancy.refresh_from_db()
    assert correction.discrepancy.status == Discrepancy.Status.CORRECTED
    assert correction.discrepancy.resolution == "已更正户籍地址。"


def test_user_without_person_cannot_report_on_population():
    from .business_support import unverified_user

    with pytest.raises(privacy.PrivacyError):
        privacy.correction_request(
            user=unverified_user(),
            resource=Resource.objects.get(code="population.person"),
            field_name="address",
            kind=CorrectionRequest.Kind.DELETION,
        )


def test_company_data_only_when_acting_for_it():
    organisation, admin = organisation_with_admin()
    resource = Resource.objects.get(code="legal-entity.basic")
    with pytest.raises(privacy.PrivacyError):
        privacy.correction_request(
            user=admin,
            resource=resource,
            field_name="address",
            kind=CorrectionRequest.Kind.DELETION,
        )
    correction = privacy.correction_request(
        user=admin,
        resource=resource,
        field_name="address",
        kind=CorrectionRequest.Kind.CORRECTION,
        reported_value="示范省榕城市鼓楼区软件大道90号",
        on_behalf_of=organisation,
        on_behalf_label="代表示范数字科技有限公司",
    )
    assert correction.on_behalf_of == organisation
    assert correction.discrepancy.subject_hash == protection.keyed_hash(COMPANY_CODE)
