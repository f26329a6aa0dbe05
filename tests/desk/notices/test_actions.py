"""One-time notices, the actions: issue, further notice with approval,
supplement, lapse. (Over HTTP: ``test_views``.)"""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from applications.actions import application_supplement
from applications.lifecycle import ApplicationStateError
from applications.models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    OneTimeNotice,
)
from desk.actions import application_accept, notice_approve, notice_issue, notice_refuse
from desk.actions.notices import notice_lapse_due
from desk.tasks import notice_lapse_due_task
from tests.desk.notices.support import (
    ITEM,
    REAL_MATERIAL_STORE,
    REAL_NOTIFY,
    after_first_notice,
    issue,
    pdf_file,
    real_pdf_file,
    supplement,
)
from tests.factories import (
    ApplicationFactory,
    MaterialRequirementFactory,
    StaffUserFactory,
)
from workdays.calendar import add_working_days, working_days_between

pytestmark = pytest.mark.django_db

# --- first notice ------------------------------------------------------------------


def test_first_notice_puts_application_on_notice_and_tells_applicant(
    application, staff_user, notified
):
    notice = issue(application, staff_user)
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert notice.issued_at is not None
    assert application.status == Application.Status.NOTICE
    assert application.events.filter(
        action=ApplicationEvent.Action.NOTICE_ISSUED, from_status="submitted"
    ).exists()
    assert [call["user"] for call in notified] == [application.applicant]


def test_first_notice_writes_the_applicants_in_site_notification(
    application, staff_user, monkeypatch
):
    import notifications
    from notifications.models import Notification

    monkeypatch.setattr(notifications, "notify", REAL_NOTIFY)
    issue(application, staff_user)
    notification = Notification.objects.get(user=application.applicant)
    assert application.number in notification.subject
    assert notification.url == application.get_absolute_url()


def test_notice_lists_every_item_with_its_reason(application, staff_user):
    requirement = MaterialRequirementFactory(service=application.service)
    notice = issue(
        application,
        staff_user,
        items=[
            ITEM,
            {
                "requirement_id": requirement.pk,
                "name": requirement.name,
                "problem": "defective",
                "reason": "签名缺失",
            },
        ],
    )
    rows = list(notice.items.values_list("name", "problem", "reason", "requirement"))
    assert rows == [
        ("营业执照复印件", "missing", "未提交", None),
        ("申请书", "defective", "签名缺失", requirement.pk),
    ]


def test_notice_default_deadline_is_five_working_days(application, staff_user):
    notice = notice_issue(application=application, actor=staff_user, items=[ITEM])
    assert notice.deadline == add_working_days(timezone.localdate(), 5)


def test_notice_with_zero_items_is_refused(application, staff_user):
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, items=[])
    assert not OneTimeNotice.objects.exists()


def test_notice_item_without_reason_is_refused(application, staff_user):
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, items=[{**ITEM, "reason": " "}])


def test_notice_deadline_in_the_past_is_refused(application, staff_user):
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, deadline=timezone.localdate())


def test_notice_with_stale_expected_version_is_refused(application, staff_user):
    application_accept(application=application, actor=staff_user)
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, expected_version=1)
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED


def test_citizen_cannot_issue_a_notice(application, other_citizen):
    with pytest.raises(PermissionDenied):
        issue(application, other_citizen)


def test_notice_on_a_decided_application_is_refused(staff_user):
    application = ApplicationFactory(status=Application.Status.APPROVED)
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user)


# --- further notices ---------------------------------------------------------------


def test_second_notice_with_an_item_already_listed_is_refused(
    application, staff_user, citizen
):
    after_first_notice(application, staff_user, citizen)
    with pytest.raises(ApplicationStateError, match="营业执照复印件"):
        issue(application, staff_user, justification="复核发现")


def test_second_notice_needs_a_justification(application, staff_user, citizen):
    after_first_notice(application, staff_user, citizen)
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, items=[{**ITEM, "name": "章程"}])


def test_second_notice_waits_for_supervisor_approval(
    application, staff_user, citizen, supervisor, notified
):
    after_first_notice(application, staff_user, citizen)
    notified.clear()
    notice = issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.PENDING_APPROVAL
    assert application.status == Application.Status.SUBMITTED
    assert notified == []

    notice_approve(notice=notice, supervisor=supervisor)
    notice.refresh_from_db()
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert notice.approved_by == supervisor
    assert application.status == Application.Status.NOTICE
    assert [call["user"] for call in notified] == [citizen]


def test_non_supervisor_cannot_approve_a_further_notice(
    application, staff_user, citizen
):
    after_first_notice(application, staff_user, citizen)
    notice = issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    with pytest.raises(PermissionDenied):
        notice_approve(notice=notice, supervisor=StaffUserFactory())


def test_supervisor_cannot_approve_own_notice(application, supervisor, citizen):
    after_first_notice(application, supervisor, citizen)
    notice = issue(
        application, supervisor, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    with pytest.raises(ApplicationStateError):
        notice_approve(notice=notice, supervisor=supervisor)


def test_refused_further_notice_leaves_application_unchanged(
    application, staff_user, citizen, supervisor
):
    after_first_notice(application, staff_user, citizen)
    notice = issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    notice_refuse(notice=notice, supervisor=supervisor, reason="材料已齐全")
    notice.refresh_from_db()
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.REFUSED
    assert notice.decision_reason == "材料已齐全"
    assert application.status == Application.Status.SUBMITTED


# --- supplement --------------------------------------------------------------------


def test_supplement_returns_to_same_handler_and_status_with_due_date_extended(
    application, staff_user, citizen, notified, monkeypatch
):
    application = application_accept(application=application, actor=staff_user)
    due = application.due_date
    notice = issue(application, staff_user)
    # The applicant answers three calendar days later.
    later = timezone.now() + datetime.timedelta(days=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    notified.clear()
    supplement(application, citizen, notice)
    application.refresh_from_db()
    notice.refresh_from_db()
    paused = working_days_between(
        timezone.localdate(notice.issued_at), timezone.localdate(later)
    )
    assert application.status == Application.Status.ACCEPTED
    assert application.handler == staff_user
    assert application.due_date == add_working_days(due, paused)
    assert notice.status == OneTimeNotice.Status.SUPPLEMENTED
    assert [call["user"] for call in notified] == [staff_user]
    assert application.events.filter(
        action=ApplicationEvent.Action.SUPPLEMENTED, to_status="accepted"
    ).exists()


def test_supplement_stores_uploaded_materials(application, staff_user, citizen):
    notice = issue(application, staff_user)
    supplement(application, citizen, notice)
    material = ApplicationMaterial.objects.get(application=application)
    assert material.source == ApplicationMaterial.Source.UPLOADED
    assert material.name == "营业执照复印件"
    assert material.material.owner == citizen


def test_supplement_through_the_real_material_store(
    application, staff_user, citizen, monkeypatch
):
    import applications.actions.materials

    monkeypatch.setattr(
        applications.actions.materials, "material_store", REAL_MATERIAL_STORE
    )
    notice = issue(application, staff_user)
    application_supplement(
        application=application,
        applicant=citizen,
        files={notice.items.get().pk: real_pdf_file()},
    )
    material = ApplicationMaterial.objects.get(application=application).material
    assert material.owner == citizen
    assert material.content_type == "application/pdf"


def test_supplement_missing_an_item_is_refused(application, staff_user, citizen):
    notice = issue(application, staff_user, items=[ITEM, {**ITEM, "name": "章程"}])
    first = notice.items.first()
    with pytest.raises(ApplicationStateError, match="章程"):
        application_supplement(
            application=application, applicant=citizen, files={first.pk: pdf_file()}
        )
    application.refresh_from_db()
    assert application.status == Application.Status.NOTICE
    assert not ApplicationMaterial.objects.exists()


def test_double_supplement_is_refused(application, staff_user, citizen):
    notice = issue(application, staff_user)
    supplement(application, citizen, notice)
    with pytest.raises(ApplicationStateError):
        supplement(application, citizen, notice)
    assert application.events.filter(action="supplemented").count() == 1


def test_another_user_cannot_supplement(application, staff_user, other_citizen):
    notice = issue(application, staff_user)
    with pytest.raises(PermissionDenied):
        supplement(application, other_citizen, notice)


# --- lapse -------------------------------------------------------------------------


def test_notice_past_its_deadline_lapses_and_application_stays_on_notice(
    application, staff_user
):
    notice = issue(application, staff_user)
    assert notice_lapse_due(today=notice.deadline + datetime.timedelta(days=1)) == 1
    notice.refresh_from_db()
    application.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.LAPSED
    assert application.status == Application.Status.NOTICE


def test_lapse_task_is_idempotent_and_spares_open_notices(application, staff_user):
    notice = issue(application, staff_user)
    assert notice_lapse_due_task.delay().get() == 0
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED


def test_lapsed_notice_cannot_be_supplemented(application, staff_user, citizen):
    notice = issue(application, staff_user)
    notice_lapse_due(today=notice.deadline + datetime.timedelta(days=1))
    with pytest.raises(ApplicationStateError):
        supplement(application, citizen, notice)
