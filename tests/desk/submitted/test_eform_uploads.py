"""A file uploaded in an e-form becomes an application material kept in the
library once the application is submitted."""

import pytest
from django.urls import reverse

from applications.actions.materials import MaterialInUse, material_delete
from applications.models import Application
from tests.applications.materials_support import pdf_upload
from tests.desk.submitted.support import Source, part
from tests.factories import next_resident_id

pytestmark = pytest.mark.django_db


def apply_with_a_file(client, applicant, service):
    """Fill in the form with a file in its upload field, reach the review page;
    returns the submission key."""
    client.force_login(applicant)
    response = client.post(
        reverse("applications:apply", kwargs={"code": service.code}),
        {
            "name": "林晓明",
            "id_number": next_resident_id(),
            "marital": "single",
            "reason": "在本市居住。",
            "home__province": "350000",
            "home__city": "350100",
            "home__county": "350102",
            "home__detail": "五一路 8 号",
            "members__rows": "1",
            "plan": pdf_upload(name="平面图.pdf"),
            "_continue": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.session[f"apply:{service.code}"]["submission_key"]


def submit(client, service, key):
    return client.post(
        reverse("applications:apply_review", kwargs={"code": service.code}),
        {"submission_key": key, "declaration": "on"},
    )


def test_an_eform_file_upload_becomes_an_uploaded_application_material(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    submit(client, service, key)
    application = Application.objects.get()
    [item] = application.materials.all()
    assert item.source == Source.UPLOADED
    assert item.name == "场所平面图"
    assert item.material_id == application.data["plan"]["material"]
    assert item.material.owner == applicant


def test_an_eform_file_upload_cannot_be_deleted_from_the_library_once_submitted(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    submit(client, service, key)
    application = Application.objects.get()
    material = application.materials.get().material
    with pytest.raises(MaterialInUse):
        material_delete(material=material, user=applicant)


def test_an_eform_file_deleted_before_submitting_sends_the_applicant_back(
    client, applicant, service
):
    key = apply_with_a_file(client, applicant, service)
    pending = client.session[f"apply:{service.code}"]
    material = applicant.materials.get(pk=pending["data"]["plan"]["material"])
    material_delete(material=material, user=applicant)
    response = submit(client, service, key)
    assert response["Location"] == reverse(
        "applications:apply", kwargs={"code": service.code}
    )
    assert Application.objects.count() == 0


def test_review_page_shows_a_choice_by_its_label(client, applicant, service):
    apply_with_a_file(client, applicant, service)
    response = client.get(
        reverse("applications:apply_review", kwargs={"code": service.code})
    )
    answers = part(response.content.decode(), "review-answers", "</dl>")
    assert "未婚" in answers
    assert "single" not in answers
