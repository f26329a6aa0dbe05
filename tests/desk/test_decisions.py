import datetime

import pytest
from django.core.exceptions import PermissionDenied

from applications.lifecycle import ApplicationStateError
from applications.models import Application, ApplicationEvent
from desk.actions import application_accept, application_approve, application_reject
from licences.models import Licence
from tests.factories import ApplicationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_application_accept_sets_due_date_in_working_days(staff_user, settings):
    application = ApplicationFactory(service__committed_days=3)
    accepted = application_accept(application=application, actor=staff_user)
    assert accepted.status == Application.Status.ACCEPTED
    assert accepted.handler == staff_user
    assert accepted.due_date > accepted.accepted_at.date()
    assert (accepted.due_date - accepted.accepted_at.date()).days >= 3


def test_every_transition_writes_an_event(staff_user):
    application = ApplicationFactory()
    application_accept(application=application, actor=staff_user)
    application_approve(application=application, actor=staff_user)
    actions = list(
        ApplicationEvent.objects.filter(application=application).values_list(
            "action", flat=True
        )
    )
    assert actions == ["accepted", "review_started", "approved", "licence_issued"]


def test_application_approve_issues_licence_to_applicant(staff_user):
    application = ApplicationFactory()
    application_accept(application=application, actor=staff_user)
    approved = application_approve(application=application, actor=staff_user)
    licence = Licence.objects.get()
    assert approved.licence == licence
    assert licence.holder == application.applicant
    assert licence.source_reference == application.number
    assert (
        licence.holder_identifier_masked
        == application.applicant.person.identifier_masked
    )


def test_service_without_licence_type_approves_without_licence(staff_user):
    application = ApplicationFactory(service=ServiceFactory(licence_type=None))
    application_accept(application=application, actor=staff_user)
    approved = application_approve(application=application, actor=staff_user)
    assert approved.licence is None
    assert Licence.objects.count() == 0


def test_approve_before_accept_is_refused(staff_user):
    application = ApplicationFactory()
    with pytest.raises(ApplicationStateError):
        application_approve(application=application, actor=staff_user)


def test_stale_version_is_refused(staff_user):
    application = ApplicationFactory()
    application_accept(application=application, actor=staff_user, expected_version=1)
    with pytest.raises(ApplicationStateError):
        application_reject(
            application=application, actor=staff_user, reason="x", expected_version=1
        )


def test_citizen_cannot_accept(citizen):
    application = ApplicationFactory()
    with pytest.raises(PermissionDenied):
        application_accept(application=application, actor=citizen)


def test_reject_records_reason(staff_user):
    application = ApplicationFactory()
    rejected = application_reject(
        application=application, actor=staff_user, reason="材料不符合法定形式"
    )
    assert rejected.status == Application.Status.REJECTED
    assert rejected.events.get(action="rejected").note == "材料不符合法定形式"


def test_due_date_skips_national_holiday(staff_user, monkeypatch):
    from desk.actions import intake

    monkeypatch.setattr(
        intake.timezone,
        "localdate",
        lambda value=None: datetime.date(2026, 9, 30),
    )
    application = ApplicationFactory(service__committed_days=1)
    accepted = application_accept(application=application, actor=staff_user)
    # 1-7 October 2026 is the National Day holiday; the next working day is 8 October.
    assert accepted.due_date == datetime.date(2026, 10, 8)
