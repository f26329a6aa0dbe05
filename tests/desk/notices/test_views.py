"""One-time notices over HTTP: the desk issues, supervisors approve or refuse,
the report, the applicant supplements; others get 403/404; and the timeline's
working days."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, OneTimeNotice
from desk.actions import application_accept
from tests.desk.notices.support import (
    ITEM,
    after_first_notice,
    future,
    issue,
    pdf_file,
)
from tests.factories import (
    MaterialRequirementFactory,
    StaffUserFactory,
)
from workdays.calendar import working_days_between

pytestmark = pytest.mark.django_db


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
    client.force_login_mfa(staff_user)
    page = client.get(reverse("desk:detail", args=[application.number]))
    assert f'name="req_{requirement.pk}"' in page.content.decode()
    response = client.post(
        reverse("desk:notice_issue", args=[application.number]),
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
        reverse("desk:notice_issue", args=[application.number]),
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
        reverse("applications:application_supplement", args=[application.number]),
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
        reverse("applications:application_supplement", args=[application.number]),
        {f"item_{notice.items.get().pk}": pdf_file()},
    )
    assert response.status_code == 404


def _pending_notice(application, staff_user, citizen):
    after_first_notice(application, staff_user, citizen)
    return issue(
        application, staff_user, items=[{**ITEM, "name": "章程"}], justification="复核"
    )


def test_non_supervisor_staff_gets_403_on_approve(
    client, application, staff_user, citizen
):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login_mfa(StaffUserFactory())
    response = client.post(reverse("desk:notice_approve", args=[notice.pk]))
    assert response.status_code == 403
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.PENDING_APPROVAL


def test_citizen_gets_403_on_refuse(client, application, staff_user, citizen):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login(citizen)
    response = client.post(
        reverse("desk:notice_refuse", args=[notice.pk]), {"reason": "x"}
    )
    assert response.status_code == 403


def test_supervisor_approves_from_the_desk(
    client, application, staff_user, citizen, supervisor
):
    notice = _pending_notice(application, staff_user, citizen)
    client.force_login_mfa(supervisor)
    page = client.get(reverse("desk:detail", args=[application.number]))
    approve_url = reverse("desk:notice_approve", args=[notice.pk])
    assert approve_url in page.content.decode()
    client.post(approve_url)
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED


def test_further_notices_are_reported(client, application, staff_user, citizen):
    _pending_notice(application, staff_user, citizen)
    client.force_login_mfa(staff_user)
    response = client.get(reverse("desk:notice_report"))
    content = response.content.decode()
    assert response.status_code == 200
    assert application.number in content
    assert "复核" in content


def test_citizen_gets_403_on_the_report(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("desk:notice_report")).status_code == 403


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
    client.force_login_mfa(head)
    assert client.get(reverse("notifications:desk_messages")).status_code == 200
    client.post(reverse("desk:notice_approve", args=[notice.pk]))
    notice.refresh_from_db()
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert notice.approved_by == head
