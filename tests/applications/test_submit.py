"""Submitting an application: idempotent per form, numbered, active services only."""

import uuid

import pytest
from django.utils import timezone

from applications.actions import application_submit
from applications.lifecycle import ApplicationStateError
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_application_submit_is_idempotent_per_key(citizen, service):
    key = uuid.uuid4()
    first, created = application_submit(
        applicant=citizen, service=service, data={"a": 1}, submission_key=key
    )
    second, created_again = application_submit(
        applicant=citizen, service=service, data={"a": 2}, submission_key=key
    )
    assert created and not created_again
    assert first.pk == second.pk
    assert second.data == {"a": 1}


def test_application_number_embeds_date_and_id(citizen, service):
    application, _ = application_submit(
        applicant=citizen, service=service, data={}, submission_key=uuid.uuid4()
    )
    # The date is the submission day in the portal's time zone (Asia/Shanghai),
    # which differs from the UTC date between 16:00 and 24:00 UTC.
    day = timezone.localtime(application.submitted_at)
    assert application.number == f"SQ{day:%Y%m%d}{application.pk:08d}"


def test_inactive_service_refuses_submission(citizen):
    service = ServiceFactory(is_active=False)
    with pytest.raises(ApplicationStateError):
        application_submit(
            applicant=citizen, service=service, data={}, submission_key=uuid.uuid4()
        )
