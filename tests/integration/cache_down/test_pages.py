"""Pages answer while the cache is down, built from the database, and an
application is saved once."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from reportlab.pdfgen import canvas

from applications.models import Application, ApplicationMaterial
from cms import pagecache
from cms.models import HomePage, SectionIndexPage
from eforms.actions import definition_publish
from eforms.definitions import field, section
from tests.factories import (
    ApplicationFactory,
    LicenceFactory,
    LicenceTypeFactory,
    MaterialRequirementFactory,
    PersonFactory,
    ServiceFactory,
    StaffUserFactory,
    next_resident_id,
)
from tests.sharing import registry_data

pytestmark = pytest.mark.django_db

Source = ApplicationMaterial.Source
BODY = [
    section(
        "申请人信息",
        field("text", "name", "姓名", prefill="population.name"),
        field("phone", "phone", "手机号码"),
        field("long_text", "reason", "申请事由"),
    )
]


def pdf() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    document = canvas.Canvas(buffer)
    document.drawString(72, 720, "application")
    document.showPage()
    document.save()
    return SimpleUploadedFile(
        "申请书.pdf", buffer.getvalue(), content_type="application/pdf"
    )


@pytest.fixture
def applying():
    """A citizen holding a licence, and a service whose form is prefilled from the
    population registry and needs that licence, a registry record and an upload."""
    resident_id = next_resident_id()
    registry_data.person(resident=resident_id, name="林晓明")
    applicant = PersonFactory(resident_id=resident_id, name="林晓明").user
    licence_type = LicenceTypeFactory(code="JZZ", name="居住证")
    LicenceFactory(holder=applicant, licence_type=licence_type)
    service = ServiceFactory(name="居住证签注", licence_type=licence_type)
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    upload = MaterialRequirementFactory(service=service, name="申请书", sort_order=3)
    definition_publish(service=service, title="居住证签注申请表", body=BODY)
    return applicant, service, upload


def test_home_page_answers(client):
    response = client.get("/")
    assert response.status_code == 200
    assert pagecache.HEADER not in response


def test_service_catalogue_and_guide_answer(client):
    service = ServiceFactory(name="居住证签注")
    assert client.get(reverse("services:catalogue")).status_code == 200
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    assert "居住证签注" in response.content.decode()


def test_page_published_during_the_outage_is_served(client):
    home = HomePage.objects.get(depth=2, locale__language_code="zh-hans")
    page = SectionIndexPage(title="新闻动态", slug="news", kind="news")
    home.add_child(instance=page)
    page.save_revision().publish()  # purges the caches: must not fail
    response = client.get(page.get_url())
    assert response.status_code == 200
    assert "新闻动态" in response.content.decode()


def test_application_is_saved_once_and_its_page_answers(applying):
    applicant, service, upload = applying
    client = Client()
    client.force_login(applicant)
    apply_url = reverse("applications:apply", kwargs={"code": service.code})

    response = client.get(apply_url)
    assert response.status_code == 200
    assert "林晓明" in response.content.decode()  # prefilled through sharing

    response = client.post(
        apply_url,
        {"phone": "13912345678", "reason": "签注。", f"material-{upload.pk}": pdf()},
    )
    assert response.status_code == 302
    key = client.session[f"apply:{service.code}"]["submission_key"]
    review_url = reverse("applications:apply_review", kwargs={"code": service.code})
    response = client.post(review_url, {"submission_key": key, "declaration": "on"})
    assert response.status_code == 302
    # A double submit of the same review makes no second application.
    client.post(review_url, {"submission_key": key, "declaration": "on"})

    application = Application.objects.get(applicant=applicant)
    assert response["Location"] == application.get_absolute_url()
    assert client.get(response["Location"]).status_code == 200
    assert {m.name: m.source for m in application.materials.all()} == {
        "居住证": Source.LICENCE,
        "户口簿": Source.REGISTRY,
        "申请书": Source.UPLOADED,
    }


def test_desk_queue_answers_for_staff(client):
    application = ApplicationFactory()
    client.force_login_mfa(StaffUserFactory())
    response = client.get(reverse("desk:queue"))
    assert response.status_code == 200
    assert application.number in response.content.decode()
