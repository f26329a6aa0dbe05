import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from licences.models import LicenceShareLink
from licences.tasks import licence_render_pdf
from tests.factories import LicenceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def licence(citizen):
    licence = LicenceFactory(
        holder=citizen,
        holder_name="林晓明",
        holder_identifier_masked="350102********1234",
        data={"住址": "示范市鼓楼区某路1号"},
    )
    licence_render_pdf(licence.pk)
    return licence


def create_link(client, licence, days=7):
    return client.post(
        reverse("licences:share_create", args=[licence.number]), {"days": days}
    )


@pytest.fixture
def token(client, citizen, licence):
    client.force_login(citizen)
    response = create_link(client, licence)
    assert response.status_code == 200
    url = response.context["url"]
    client.logout()
    return url.rstrip("/").rsplit("/", 1)[-1]


def test_create_shows_url_once_and_stores_only_a_hash(client, citizen, licence):
    client.force_login(citizen)
    response = create_link(client, licence, days=3)
    url = response.context["url"]
    assert url in response.content.decode()
    token = url.rstrip("/").rsplit("/", 1)[-1]
    link = LicenceShareLink.objects.get()
    assert link.token_hash == LicenceShareLink.hash_token(token)
    assert token not in link.token_hash
    assert link.created_by == citizen
    expected = timezone.now() + datetime.timedelta(days=3)
    assert abs((link.expires_at - expected).total_seconds()) < 60
    assert (
        url
        not in client.get(
            reverse("licences:wallet_detail", args=[licence.number])
        ).content.decode()
    )


@pytest.mark.parametrize("days", [0, 31])
def test_expiry_must_be_one_to_thirty_days(client, citizen, licence, days):
    client.force_login(citizen)
    assert create_link(client, licence, days=days).status_code == 400
    assert not LicenceShareLink.objects.exists()


def test_create_needs_post(client, citizen, licence):
    client.force_login(citizen)
    response = client.get(reverse("licences:share_create", args=[licence.number]))
    assert response.status_code == 405


def test_another_user_cannot_share_a_licence(client, other_citizen, licence):
    client.force_login(other_citizen)
    assert create_link(client, licence).status_code == 404
    assert not LicenceShareLink.objects.exists()


def test_shared_page_shows_public_details_only(client, licence, token):
    response = client.get(reverse("licences:shared", args=[token]))
    content = response.content.decode()
    assert response.status_code == 200
    assert licence.number in content
    assert "林**" in content
    assert "林晓明" not in content
    assert "350102" not in content
    assert "鼓楼区" not in content
    assert LicenceShareLink.objects.get().last_used_at is not None


def test_shared_download_gives_the_pdf(client, token):
    response = client.get(reverse("licences:shared_download", args=[token]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_unknown_token_is_404(client, licence):
    assert client.get(reverse("licences:shared", args=["nope"])).status_code == 404


def test_revoked_link_stops_working(client, citizen, licence, token):
    link = LicenceShareLink.objects.get()
    client.force_login(citizen)
    response = client.post(
        reverse("licences:share_revoke", args=[licence.number, link.pk])
    )
    assert response.status_code == 302
    client.logout()
    assert client.get(reverse("licences:shared", args=[token])).status_code == 410
    response = client.get(reverse("licences:shared_download", args=[token]))
    assert response.status_code == 410


def test_expired_link_stops_working(client, token):
    LicenceShareLink.objects.update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert client.get(reverse("licences:shared", args=[token])).status_code == 410


def test_another_user_cannot_revoke_a_link(client, other_citizen, licence, token):
    link = LicenceShareLink.objects.get()
    client.force_login(other_citizen)
    response = client.post(
        reverse("licences:share_revoke", args=[licence.number, link.pk])
    )
    assert response.status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None
