"""Drafts resumable across devices, guarded against silent overwrites."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from eforms.actions import StaleDraft, draft_discard, draft_save
from eforms.models import Draft
from eforms.selectors import draft_of

pytestmark = pytest.mark.django_db


def save(user, service, version, data, expected):
    return draft_save(
        user=user,
        service=service,
        version=version,
        data=data,
        expected_revision=expected,
    )


def test_draft_save_creates_then_increments_the_revision(citizen, service, version):
    first = save(citizen, service, version, {"name": "林"}, None)
    second = save(citizen, service, version, {"name": "林晓明"}, first.revision)
    assert (first.revision, second.revision) == (1, 2)
    assert draft_of(user=citizen, service=service).data == {"name": "林晓明"}


def test_stale_revision_raises_with_the_newer_draft(citizen, service, version):
    save(citizen, service, version, {"name": "A"}, None)
    save(citizen, service, version, {"name": "B"}, 1)
    with pytest.raises(StaleDraft) as stale:
        save(citizen, service, version, {"name": "C"}, 1)
    assert stale.value.draft.data == {"name": "B"}
    assert draft_of(user=citizen, service=service).data == {"name": "B"}


def test_draft_discard_removes_it(citizen, other_citizen, service, version):
    save(citizen, service, version, {"name": "A"}, None)
    save(other_citizen, service, version, {"name": "B"}, None)
    draft_discard(user=citizen, service=service)
    assert draft_of(user=citizen, service=service) is None
    assert draft_of(user=other_citizen, service=service).data == {"name": "B"}


def test_drafts_of_two_users_are_separate(citizen, other_citizen, service, version):
    save(citizen, service, version, {"name": "A"}, None)
    assert draft_of(user=other_citizen, service=service) is None


def autosave(client, service, revision, data):
    return client.post(
        reverse("eforms:draft_autosave", args=[service.code]),
        json.dumps({"revision": revision, "data": data}),
        content_type="application/json",
    )


def test_autosave_resumes_on_another_device(citizen, service, version):
    phone, laptop = Client(), Client()
    phone.force_login(citizen)
    laptop.force_login(citizen)
    assert autosave(phone, service, None, {"name": "林"}).json()["revision"] == 1
    response = autosave(laptop, service, 1, {"name": "林晓明"})
    assert response.status_code == 200
    assert response.json()["revision"] == 2
    assert Draft.objects.get(user=citizen).data == {"name": "林晓明"}


def test_autosave_from_a_stale_device_gets_409_and_the_newer_data(
    citizen, service, version
):
    phone, laptop = Client(), Client()
    phone.force_login(citizen)
    laptop.force_login(citizen)
    autosave(phone, service, None, {"name": "一"})
    autosave(laptop, service, 1, {"name": "二"})
    response = autosave(phone, service, 1, {"name": "三"})
    assert response.status_code == 409
    assert response.json()["data"] == {"name": "二"}
    assert Draft.objects.get(user=citizen).data == {"name": "二"}


def test_autosave_of_another_users_draft_is_404(
    client, citizen, other_citizen, service, version
):
    save(citizen, service, version, {"name": "本人"}, None)
    client.force_login(other_citizen)
    assert autosave(client, service, 1, {"name": "他人"}).status_code == 404
    assert Draft.objects.get(user=citizen).data == {"name": "本人"}
    assert not Draft.objects.filter(user=other_citizen).exists()


def test_autosave_requires_csrf(citizen, service, version):
    client = Client(enforce_csrf_checks=True)
    client.force_login(citizen)
    assert autosave(client, service, None, {"name": "A"}).status_code == 403


def test_autosave_requires_login(client, service, version):
    assert autosave(client, service, None, {"name": "A"}).status_code == 302


def test_autosave_refuses_malformed_data(client, citizen, service, version):
    client.force_login(citizen)
    assert autosave(client, service, None, {"name": {"x": 1}}).status_code == 400


def test_autosave_for_a_service_without_form_is_404(client, citizen):
    client.force_login(citizen)
    response = client.post(
        reverse("eforms:draft_autosave", args=["NO-SUCH"]),
        "{}",
        content_type="application/json",
    )
    assert response.status_code == 404
