"""The receipt PDF (受理回执 / 申请回执) and who may download it.

The text is read with poppler's pdftotext when installed; otherwise the codes
(number, tracking URL), which the receipt sets in a standard font, are found in the
decompressed page content with pyHanko's reader.
"""

import io
import shutil
import subprocess

import pytest
from django.urls import reverse
from pyhanko.pdf_utils.reader import PdfFileReader

from applications.models import ApplicationMaterial
from applications.receipts import receipt_pdf, tracking_url
from desk.actions import application_accept
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(citizen):
    application = ApplicationFactory(applicant=citizen)
    ApplicationMaterial.objects.create(
        application=application,
        name="居民身份证",
        source=ApplicationMaterial.Source.LICENCE,
    )
    return application


def page_text(data: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        return subprocess.run(  # noqa: S603
            [pdftotext, "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
    reader = PdfFileReader(io.BytesIO(data))
    page = reader.root["/Pages"]["/Kids"][0]
    contents = page["/Contents"]
    streams = contents if isinstance(contents, list) else [contents]
    return b"".join(stream.data for stream in streams).decode("latin-1")


def test_receipt_is_an_a4_pdf_with_the_application_number(application):
    data = receipt_pdf(application)
    assert data.startswith(b"%PDF")
    page = PdfFileReader(io.BytesIO(data)).root["/Pages"]["/Kids"][0]
    box = page["/MediaBox"]
    width, height = float(box[2]), float(box[3])
    assert (round(width), round(height)) == (595, 842)
    assert application.number in page_text(data)


def test_receipt_carries_the_tracking_url(application):
    url = tracking_url(application)
    assert url.endswith(application.get_absolute_url())
    assert url in page_text(receipt_pdf(application))


def test_receipt_shows_the_due_date_once_accepted(application, staff_user):
    application = application_accept(application=application, actor=staff_user)
    assert application.due_date.isoformat() in page_text(receipt_pdf(application))


def test_applicant_downloads_the_receipt(client, citizen, application):
    client.force_login(citizen)
    response = client.get(
        reverse("applications:application_receipt", args=[application.number])
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_another_citizen_gets_404_for_the_receipt(client, other_citizen, application):
    client.force_login(other_citizen)
    response = client.get(
        reverse("applications:application_receipt", args=[application.number])
    )
    assert response.status_code == 404


def test_staff_prints_the_receipt_at_the_desk(client, staff_user, application):
    client.force_login_mfa(staff_user)
    response = client.get(reverse("desk:receipt", args=[application.number]))
    assert response.status_code == 200
    assert application.number in page_text(response.content)


def test_citizen_gets_403_on_the_desk_receipt(client, citizen, application):
    client.force_login(citizen)
    response = client.get(reverse("desk:receipt", args=[application.number]))
    assert response.status_code == 403
