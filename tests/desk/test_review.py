"""The review step (applications.actions.review): a reviewer takes an accepted case;
decisions always follow a recorded review."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from applications.lifecycle import ApplicationStateError
from applications.models import Application, ApplicationEvent
from desk.actions import (
    application_accept,
    application_approve,
    application_reject,
    application_review_start,
)
from desk.actions.review import is_under_review
from tests.factories import ApplicationFactory, StaffUserFactory

pytestmark = pytest.mark.django_db

REVIEW = ApplicationEvent.Action.REVIEW_STARTED


@pytest.fixture
def notified(monkeypatch):
    sent = []
    monkeypatch.setattr(
        "notifications.notify", lambda **kwargs: sent.append(kwargs) or None
    )
    return sent


@pytest.fixture
def accepted(citizen, staff_user):
    application = ApplicationFactory(applicant=citizen)
    return application_accept(application=application, actor=staff_user)


def _actions(application) -> list[str]:
    return list(
        application.events.order_by("created_at", "pk").values_list("action", flat=True)
    )


def test_a_reviewer_takes_an_accepted_case(accepted, citizen, notified):
    reviewer = StaffUserFactory()
    version = accepted.version
    application = application_review_start(
        application=accepted, actor=reviewer, expected_version=version
    )
    assert application.handler == reviewer
    assert application.version == version + 1
    assert application.status == Application.Status.ACCEPTED
    assert is_under_review(application)
    event = application.events.get(action=REVIEW)
    assert event.actor == reviewer
    assert event.note == application.service.department.name
    assert notified[-1]["user"] == citizen
    assert application.number in notified[-1]["subject"]


def test_a_case_under_review_cannot_be_taken_again(accepted, notified):
    application_review_start(application=accepted, actor=StaffUserFactory())
    with pytest.raises(ApplicationStateError):
        application_review_start(application=accepted, actor=StaffUserFactory())
    assert _actions(accepted).count(REVIEW) == 1


def test_only_an_accepted_case_can_be_reviewed(citizen, staff_user):
    submitted = ApplicationFactory(applicant=citizen)
    with pytest.raises(ApplicationStateError):
        application_review_start(application=submitted, actor=staff_user)
    assert not submitted.events.filter(action=REVIEW).exists()


def test_a_stale_page_cannot_start_the_review(accepted, staff_user):
    with pytest.raises(ApplicationStateError):
        application_review_start(
            application=accepted,
            actor=staff_user,
            expected_version=accepted.version - 1,
        )


def test_a_citizen_cannot_start_a_review(accepted, citizen):
    with pytest.raises(PermissionDenied):
        application_review_start(application=accepted, actor=citizen)


def test_an_approval_without_a_review_records_it_first(accepted, staff_user):
    application_approve(application=accepted, actor=staff_user)
    actions = _actions(accepted)
    approved = actions.index(ApplicationEvent.Action.APPROVED)
    assert actions[approved - 1] == REVIEW
    assert accepted.events.get(action=REVIEW).actor == staff_user


def test_an_approval_after_the_review_does_not_repeat_it(accepted, staff_user):
    application_review_start(application=accepted, actor=staff_user)
    application_approve(application=accepted, actor=staff_user)
    assert _actions(accepted).count(REVIEW) == 1


def test_a_rejection_after_intake_follows_a_review(accepted, staff_user):
    application_reject(application=accepted, actor=staff_user, reason="不符合条件")
    assert _actions(accepted)[-2:] == [REVIEW, ApplicationEvent.Action.REJECTED]


def test_a_rejection_at_intake_has_no_review(citizen, staff_user):
    application = ApplicationFactory(applicant=citizen)
    application_reject(application=application, actor=staff_user, reason="材料不全")
    assert REVIEW not in _actions(application)


def test_a_supplement_returns_the_case_for_a_new_review(accepted, staff_user):
    application_review_start(application=accepted, actor=staff_user)
    ApplicationEvent.objects.create(
        application=accepted,
        action=ApplicationEvent.Action.SUPPLEMENTED,
        from_status=Application.Status.NOTICE,
        to_status=Application.Status.ACCEPTED,
    )
    assert not is_under_review(accepted)
    application_review_start(application=accepted, actor=staff_user)
    assert _actions(accepted).count(REVIEW) == 2


def test_the_desk_starts_the_review(client, accepted, staff_user):
    client.force_login_mfa(staff_user)
    response = client.post(
        reverse("desk:action", args=[accepted.number, "review"]),
        {"version": accepted.version},
    )
    assert response.status_code == 302
    assert is_under_review(accepted)


def test_a_citizen_cannot_start_the_review_from_the_desk(client, accepted, citizen):
    client.force_login(citizen)
    response = client.post(
        reverse("desk:action", args=[accepted.number, "review"]),
        {"version": accepted.version},
    )
    assert response.status_code in (403, 404)
    assert not is_under_review(accepted)


def test_the_applicant_sees_the_review_on_the_timeline(client, accepted, citizen):
    application_review_start(application=accepted, actor=StaffUserFactory())
    client.force_login(citizen)
    content = client.get("/en" + accepted.get_absolute_url()).content.decode()
    assert "timeline__event--review_started" in content
    assert "Under review" in content


def test_the_applicant_is_told_in_the_portal_language_whatever_the_staff_page(
    accepted, notified
):
    from django.utils import translation

    with translation.override("en"):
        application_review_start(application=accepted, actor=StaffUserFactory())
    assert notified[-1]["subject"] == f"办件 {accepted.number} 进入审查"
