import pytest
from django.urls import reverse

from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_my_portal_lists_own_applications_only(client, citizen, other_citizen):
    own = ApplicationFactory(applicant=citizen)
    others = ApplicationFactory(applicant=other_citizen)
    client.force_login(citizen)
    response = client.get(reverse("applications:my_portal"))
    content = response.content.decode()
    assert own.number in content
    assert others.number not in content
    assert "待受理" in content  # status shown in Chinese


def test_application_detail_shows_timeline(client, citizen):
    application = ApplicationFactory(applicant=citizen)
    application.events.create(action="submitted", to_status="submitted", actor=citizen)
    client.force_login(citizen)
    response = client.get(application.get_absolute_url())
    assert response.status_code == 200
    assert "已提交" in response.content.decode()


def test_another_citizen_gets_404_for_an_application(client, citizen, other_citizen):
    application = ApplicationFactory(applicant=citizen)
    client.force_login(other_citizen)
    assert client.get(application.get_absolute_url()).status_code == 404


def test_my_portal_requires_sign_in(client):
    response = client.get(reverse("applications:my_portal"))
    assert response.status_code == 302
