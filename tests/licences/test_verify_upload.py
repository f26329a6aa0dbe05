"""The uploaded-PDF check (licences.views_upload), through a test URLconf that adds
``verify/upload/`` to the project's URLs."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from licences import signing, views_upload
from licences.models import Licence
from licences.pdf import render_licence_pdf
from tests.licences.test_issue import issue
from tests.licences.test_pdf import make_licence

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.licences.upload_urls")]

URL = "/verify/upload/"


@pytest.fixture
def licence(citizen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        licence = issue(citizen)
    licence.refresh_from_db()
    return licence


def upload(client, content: bytes, name: str = "licence.pdf"):
    return client.post(URL, {"file": SimpleUploadedFile(name, content)})


def checks(response) -> dict[str, bool]:
    """The three results as the page states them (language-independent markers)."""
    content = response.content.decode()
    return {
        name: f'data-check="{name}" data-result="yes"' in content
        for name in ("intact", "trusted", "matches")
    }


def test_get_shows_the_form(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.content.decode()


def test_genuine_pdf_of_a_live_licence(client, licence):
    response = upload(client, licence.pdf.read())
    assert response.status_code == 200
    assert checks(response) == {"intact": True, "trusted": True, "matches": True}
    assert response.context["live"] is True
    assert licence.number in response.content.decode()
    assert "林晓明" not in response.content.decode()


def test_revoked_licence_is_reported(client, licence):
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.REVOKED)
    response = upload(client, licence.pdf.read())
    assert response.context["matches"] is True
    assert response.context["live"] is False
    assert "verify-result--invalid" in response.content.decode()


def test_tampered_pdf_is_not_intact(client, licence):
    content = bytearray(licence.pdf.read())
    at = bytes(content).index(b"ReportLab Generated") + 6
    content[at] ^= 0x20
    response = upload(client, bytes(content))
    assert checks(response) == {"intact": False, "trusted": False, "matches": False}
    assert response.context["live"] is False


def test_signed_pdf_not_on_record_does_not_match(client, licence):
    """Our signature on a PDF that is not the stored one (e.g. re-rendered)."""
    other = signing.sign_pdf(render_licence_pdf(make_licence(number=licence.number)))
    response = upload(client, other)
    assert checks(response) == {"intact": True, "trusted": True, "matches": False}


def test_non_pdf_is_rejected_by_content_not_name(client):
    response = upload(client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, name="x.pdf")
    assert response.status_code == 400
    assert "checked" not in response.context


def test_garbage_pdf_gives_a_clear_result(client):
    response = upload(client, b"%PDF-1.7\nnot really")
    assert response.status_code == 200
    assert checks(response) == {"intact": False, "trusted": False, "matches": False}


def test_oversized_upload_is_rejected(client, monkeypatch):
    monkeypatch.setattr(views_upload, "MAX_UPLOAD_BYTES", 16)
    response = upload(client, b"%PDF-1.7\n" + b"0" * 64)
    assert response.status_code == 400


def test_checks_are_rate_limited(client, monkeypatch):
    monkeypatch.setattr(views_upload, "UPLOAD_LIMIT_PER_MINUTE", 2)
    statuses = [upload(client, b"%PDF-1.7\n").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
