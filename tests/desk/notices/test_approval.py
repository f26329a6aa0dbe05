"""Further notices awaiting approval: the supervisors (not the requester) are told
in-site after commit, and have a desk page listing them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from applications.actions import application_supplement
from applications.models import OneTimeNotice
from desk.actions import notice_approve
from identity import groups
from tests.desk.notices.support import (
    ITEM,
    REAL_NOTIFY,
    issue,
    make_supervisor,
    pdf_file,
)
from tests.factories import (
    ApplicationFactory,
    StaffUserFactory,
    UserFactory,
    enrol_totp,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_supervisor(db):
    head = UserFactory()
    head.groups.add(Group.objects.get(name=groups.SUPERVISOR))
    enrol_totp(head)
    return head


def further_notice(application, requester, citizen, notified):
    first = issue(application, requester)
    application_supplement(
        application=application,
        applicant=citizen,
        files={item.pk: pdf_file() for item in first.items.all()},
    )
    notified.clear()
    return issue(
        application,
        requester,
        items=[{**ITEM, "name": "章程"}],
        justification="复核发现章程缺失",
    )


def test_further_notice_tells_every_supervisor_but_the_requester_after_commit(
    application,
    citizen,
    supervisor,
    group_supervisor,
    notified,
    django_capture_on_commit_callbacks,
):
    requester = make_supervisor(StaffUserFactory())
    StaffUserFactory()  # desk staff without the permission: not told
    with django_capture_on_commit_callbacks() as callbacks:
        further_notice(application, requester, citizen, notified)
    assert notified == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert {call["user"] for call in notified} == {supervisor, group_supervisor}
    assert all(call["channels"] == ("site",) for call in notified)
    assert all(
        call["url"] == reverse("desk:detail", args=[application.number])
        for call in notified
    )


def test_supervisor_gets_an_in_site_notification_of_a_further_notice(
    application,
    staff_user,
    citizen,
    supervisor,
    notified,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    import notifications
    from notifications.models import Notification

    with django_capture_on_commit_callbacks(execute=True):
        further_notice(application, staff_user, citizen, notified)
        monkeypatch.setattr(notifications, "notify", REAL_NOTIFY)
    message = Notification.objects.get(user=supervisor)
    assert application.number in message.subject
    assert "复核发现章程缺失" in message.body


def test_supervisor_sees_pending_further_notices_with_links(
    client, application, staff_user, citizen, supervisor, notified
):
    notice = further_notice(application, staff_user, citizen, notified)
    decided = ApplicationFactory(applicant=citizen)
    notice_approve(
        notice=further_notice(decided, staff_user, citizen, notified),
        supervisor=supervisor,
    )
    client.force_login_mfa(supervisor)
    response = client.get(reverse("desk:notice_pending"))
    assert response.status_code == 200
    assert list(response.context["notices"]) == [notice]
    link = reverse("desk:detail", args=[application.number])
    assert f'href="{link}#notice-{notice.pk}-title"' in response.content.decode()
    assert "复核发现章程缺失" in response.content.decode()


def test_desk_staff_without_the_permission_gets_403_on_pending_notices(
    client, staff_user
):
    client.force_login_mfa(staff_user)
    assert client.get(reverse("desk:notice_pending")).status_code == 403


def test_citizen_gets_403_on_pending_notices(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("desk:notice_pending")).status_code == 403


def test_report_links_the_pending_page_for_supervisors_only(
    client, staff_user, supervisor
):
    client.force_login_mfa(staff_user)
    report = reverse("desk:notice_report")
    assert 'id="pending-notices-link"' not in client.get(report).content.decode()
    client.force_login_mfa(supervisor)
    assert 'id="pending-notices-link"' in client.get(report).content.decode()


def test_first_notice_tells_no_supervisor(
    application, staff_user, supervisor, notified, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notice = issue(application, staff_user)
    assert notice.status == OneTimeNotice.Status.ISSUED
    assert [call["user"] for call in notified] == [application.applicant]
