"""One-time notices: issue, further notice with approval, supplement, lapse, views."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from services.actions import (
    ApplicationStateError,
    application_accept,
    application_supplement,
    notice_approve,
    notice_issue,
    notice_refuse,
)
from services.actions.notices import notice_lapse_due
from services.models import (
    Application,
    ApplicationEvent,
    ApplicationMaterial,
    OneTimeNotice,
)
from services.tasks import notice_lapse_due_task
from services.workdays import add_working_days, working_days_between
from tests.factories import (
    ApplicationFactory,
    MaterialRequirementFactory,
    StaffUserFactory,
)

from .notice_support import (
    REAL_MATERIAL_STORE,
    REAL_NOTIFY,
    install_stubs,
    make_supervisor,
    pdf_file,
    real_pdf_file,
)

pytestmark = pytest.mark.django_db

ITEM = {"name": "营业执照复印件", "problem": "missing", "reason": "未提交"}


@pytest.fixture(autouse=True)
def notified(monkeypatch):
    return install_stubs(monkeypatch)


@pytest.fixture
def application(citizen):
    return ApplicationFactory(applicant=citizen)


@pytest.fixture
def supervisor(db):
    return make_supervisor(StaffUserFactory())


def future(days: int = 5) -> datetime.date:
    return add_working_days(timezone.localdate(), days)


def issue(application, actor, items=None, **kwargs):
    return notice_issue(
        application=application,
        actor=actor,
        items=items if items is not None else [ITEM],
        deadline=kwargs.pop("deadline", future()),
        **kwargs,
    )


def supplement(application, applicant, notice):
    return application_supplement(
        application=application,
        applicant=applicant,
        files={item.pk: pdf_file() for item in notice.items.all()},
    )


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


def _after_first_notice(application, staff_user, citizen):
    notice = issue(application, staff_user)
    supplement(application, citizen, notice)
    application.refresh_from_db()
    return application


def test_second_notice_with_an_item_already_listed_is_refused(
    application, staff_user, citizen
):
    _after_first_notice(application, staff_user, citizen)
    with pytest.raises(ApplicationStateError, match="营业执照复印件"):
        issue(application, staff_user, justification="复核发现")


def test_second_notice_needs_a_justification(application, staff_user, citizen):
    _after_first_notice(application, staff_user, citizen)
    with pytest.raises(ApplicationStateError):
        issue(application, staff_user, items=[{**ITEM, "name": "章程"}])


def test_second_notice_waits_for_supervisor_approval(
    application, staff_user, citizen, supervisor, notified
):
    _after_first_notice(application, staff_user, citizen)
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
    _after_first_notice(application, staff_user, citizen)
    notice = issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    with pytest.raises(PermissionDenied):
        notice_approve(notice=notice, supervisor=StaffUserFactory())


def test_supervisor_cannot_approve_own_notice(application, supervisor, citizen):
    _after_first_notice(application, supervisor, citizen)
    notice = issue(
        application, supervisor, items=[{**ITEM, "name": "章程"}], justification="x"
    )
    with pytest.raises(ApplicationStateError):
        notice_approve(notice=notice, supervisor=supervisor)


def test_refused_further_notice_leaves_application_unchanged(
    application, staff_user, citizen, supervisor
):
    _after_first_notice(application, staff_user, citizen)
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
    import services.material_library

    monkeypatch.setattr(
        services.material_library, "material_store", REAL_MATERIAL_STORE
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


# --- views -------------------------------------------------------------------------


def notice_post(application, **extra):
    data = {
        "version": application.version,
        "deadline": future().isoformat(),
        "item_1_name": "营业执照复印件",
        "item_1_problem": "missing",
        "item_1_reason": "未提交",
        "item_2_problem": "missing",
        "item_3_problem": "missing",
    }
    data.update(extra)
    return data


def test_staff_issues_a_notice_from_the_desk_page(client, staff_user, application):
    requirement = MaterialRequirementFactory(service=application.service)
    client.force_login(staff_user)
    page = client.get(reverse("services:desk_detail", args=[application.number]))
    assert f'name="req_{requirement.pk}"' in page.content.decode()
    response = client.post(
        reverse("services:desk_notice_issue", args=[application.number]),
        notice_post(
            application,
            **{
                f"req_{requirement.pk}": "on",
                f"req_{requirement.pk}_problem": "defective",
                f"req_{requirement.pk}_reason": "模糊",
            },
        ),
    )
    assert response.status_code == 302
    notice = OneTimeNotice.objects.get(application=application)
    assert sorted(notice.items.values_list("name", flat=True)) == [
        "申请书",
        "营业执照复印件",
    ]


def test_citizen_cannot_post_a_notice(client, citizen, application):
    client.force_login(citizen)
    response = client.post(
        reverse("services:desk_notice_issue", args=[application.number]),
        notice_post(application),
    )
    assert response.status_code == 403
    assert not OneTimeNotice.objects.exists()


def test_applicant_sees_the_notice_and_supplements_online(
    client, citizen, staff_user, application
):
    notice = issue(application, staff_user)
    item = notice.items.get()
    client.force_login(citizen)
    page = client.get(application.get_absolute_url()).content.decode()
    assert "营业执照复印件" in page and "未提交" in page
    assert notice.deadline.isoformat() in page
    assert f'name="item_{item.pk}"' in page
    response = client.post(
        reverse("services:application_supplement", args=[application.number]),
        {f"item_{item.pk}": pdf_file()},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.SUBMITTED


def test_another_citizen_gets_404_on_supplement(
    client, other_citizen, staff_user, application
):
    notice = issue(application, staff_user)
    client.force_login(other_citizen)
    response = client.post(
        reverse("services:application_supplement", args=[application.number]),
        {f"item_{notice.items.get().pk}": pdf_file()},
    )
    assert response.status_code == 404


def _pending_notice(application, staff_user, citizen):
    _after_first_notice(application, staff_user, citizen)
    return issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="复核"
    )


def test_non_supervisor_staff_gets_403_on_approve(
    client, application, staff_user, citizen
):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login(StaffUserFactory())
    response = client.post(reverse("services:desk_notice_approve", args=[notice.pk]))
    assert response.status_code == 403
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.PENDING_APPROVAL


def test_citizen_gets_403_on_refuse(client, application, staff_user, citizen):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login(citizen)
    response = client.post(
        reverse("services:desk_notice_refuse", args=[notice.pk]), {"reason": "x"}
    )
    assert response.status_code == 403


def test_supervisor_approves_from_the_desk(
    client, application, staff_user, citizen, supervisor
):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login(supervisor)
    page = client.get(reverse("services:desk_detail", args=[application.number]))
    approve_url = reverse("services:desk_notice_approve", args=[notice.pk])
    assert approve_url in page.content.decode()
    client.post(approve_url)
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED


def test_further_notices_are_reported(client, application, staff_user, citizen):
    _pending_notice(application, staff_user, citizen)
    client.force_login(staff_user)
    response = client.get(reverse("services:desk_notice_report"))
    content = response.content.decode()
    assert response.status_code == 200
    assert application.number in content
    assert "复核" in content


def test_citizen_gets_403_on_the_report(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("services:desk_notice_report")).status_code == 403


def test_timeline_shows_working_days_left(client, citizen, staff_user, application):
    application_accept(application=application, actor=staff_user)
    application.refresh_from_db()
    client.force_login(citizen)
    content = client.get(application.get_absolute_url()).content.decode()
    left = working_days_between(timezone.localdate(), application.due_date)
    assert application.due_date.isoformat() in content
    assert f"剩余 {left} 个工作日" in content


def test_timeline_shows_overdue_working_days(client, citizen, application):
    application.status = Application.Status.ACCEPTED
    application.due_date = timezone.localdate() - datetime.timedelta(days=14)
    application.save()
    overdue = -working_days_between(timezone.localdate(), application.due_date)
    client.force_login(citizen)
    content = client.get(application.get_absolute_url()).content.decode()
    assert f"已超期 {overdue} 个工作日" in content


def test_a_member_of_the_supervisor_group_approves_and_may_push_messages(
    client, application, staff_user, citizen
):
    """The role comes with its permissions (migration services 0010): nothing is
    granted to the person one by one."""
    from django.contrib.auth.models import Group

    from identity import groups
    from identity.permissions import is_desk_staff
    from tests.factories import UserFactory, enrol_totp

    head = UserFactory()
    head.groups.add(Group.objects.get(name=groups.SUPERVISOR))
    enrol_totp(head)
    assert is_desk_staff(head)
    assert head.has_perm("notifications.add_pushmessage")
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login(head)
    assert client.get(reverse("notifications:desk_messages")).status_code == 200
    client.post(reverse("services:desk_notice_approve", args=[notice.pk]))
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert notice.approved_by == head
