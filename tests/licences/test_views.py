import pytest
from django.urls import reverse

from licences.models import Licence
from licences.numbering import licence_number
from tests.factories import LicenceFactory, LicenceTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def licence(citizen):
    licence_type = LicenceTypeFactory()
    return LicenceFactory(
        holder=citizen,
        licence_type=licence_type,
        number=licence_number(licence_type, 2026, 7),
        verification_code="ABCD2345",
        holder_name="林晓明",
    )


def verify(client, number, code):
    return client.get(reverse("licences:verify"), {"number": number, "code": code})


def test_verify_valid_licence_shows_masked_holder(client, licence):
    response = verify(client, licence.number, "abcd2345")
    content = response.content.decode()
    assert response.status_code == 200
    assert "该证照有效" in content
    assert "林**" in content
    assert "林晓明" not in content


def test_verify_wrong_code_reveals_nothing(client, licence):
    response = verify(client, licence.number, "ZZZZ9999")
    content = response.content.decode()
    assert "未找到与该编号和验证码匹配的证照" in content
    assert licence.licence_type.name not in content


def test_verify_revoked_licence(client, licence):
    Licence.objects.filter(pk=licence.pk).update(status=Licence.Status.REVOKED)
    assert (
        "该证照已被撤销" in verify(client, licence.number, "ABCD2345").content.decode()
    )


def test_verify_malformed_number_is_not_found(client):
    response = verify(client, "<script>alert(1)</script>", "x" * 12)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_verify_is_rate_limited(client, licence):
    for _ in range(30):
        verify(client, licence.number, "WRONG123")
    response = verify(client, licence.number, "ABCD2345")
    assert response.status_code == 429


def test_download_by_holder(client, citizen, django_capture_on_commit_callbacks):
    from licences.tasks import licence_render_pdf

    licence = LicenceFactory(holder=citizen)
    licence_render_pdf(licence.pk)
    client.force_login(citizen)
    response = client.get(
        reverse("licences:download", kwargs={"number": licence.number})
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_another_user_gets_404_for_a_licence(client, licence, other_citizen):
    from licences.tasks import licence_render_pdf

    licence_render_pdf(licence.pk)
    client.force_login(other_citizen)
    response = client.get(
        reverse("licences:download", kwargs={"number": licence.number})
    )
    assert response.status_code == 404


def test_download_before_pdf_is_rendered_is_404(client, licence, citizen):
    client.force_login(citizen)
    response = client.get(
        reverse("licences:download", kwargs={"number": licence.number})
    )
    assert response.status_code == 404
