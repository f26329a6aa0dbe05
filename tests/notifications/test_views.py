import pytest
from django.urls import reverse

from notifications import notify
from notifications.models import Notification

pytestmark = pytest.mark.django_db


def _note(user, subject="通知", url="", kind="application"):
    return notify(
        user=user, subject=subject, body="正文", url=url, kind=kind, channels=("site",)
    )


def test_list_shows_own_notifications_newest_first(client, citizen, other_citizen):
    _note(citizen, subject="较早的通知")
    _note(citizen, subject="最新的通知")
    _note(other_citizen, subject="别人的通知")
    client.force_login(citizen)
    response = client.get(reverse("notifications:list"))
    content = response.content.decode()
    assert response.status_code == 200
    assert content.index("最新的通知") < content.index("较早的通知")
    assert "别人的通知" not in content
    assert "notification--unread" in content


def test_list_is_paginated(client, citizen):
    for number in range(25):
        _note(citizen, subject=f"通知{number:02d}")
    client.force_login(citizen)
    first = client.get(reverse("notifications:list")).content.decode()
    second = client.get(reverse("notifications:list") + "?page=2").content.decode()
    assert "通知24" in first and "通知04" not in first
    assert "通知04" in second


def test_mark_one_read(client, citizen):
    notification = _note(citizen)
    client.force_login(citizen)
    response = client.post(reverse("notifications:read", args=[notification.pk]))
    assert response.status_code == 302
    notification.refresh_from_db()
    assert notification.is_read


def test_mark_all_read(client, citizen, other_citizen):
    _note(citizen)
    _note(citizen)
    others = _note(other_citizen)
    client.force_login(citizen)
    client.post(reverse("notifications:read_all"))
    assert not Notification.objects.filter(user=citizen, read_at__isnull=True).exists()
    others.refresh_from_db()
    assert not others.is_read


def test_mark_read_needs_post(client, citizen):
    notification = _note(citizen)
    client.force_login(citizen)
    response = client.get(reverse("notifications:read", args=[notification.pk]))
    assert response.status_code == 405


def test_open_marks_read_and_follows_a_local_link(client, citizen):
    notification = _note(citizen, url="/my/applications/SQ1/")
    client.force_login(citizen)
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/my/applications/SQ1/"
    notification.refresh_from_db()
    assert notification.is_read


@pytest.mark.parametrize(
    "url", ["https://evil.example/", "//evil.example/", "/\\evil.example/"]
)
def test_open_does_not_follow_a_link_to_another_site(client, citizen, url):
    notification = _note(citizen, url=url)
    client.force_login(citizen)
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 200
    assert "evil.example" not in response.get("Location", "")


def test_another_persons_notification_is_404(client, citizen, other_citizen):
    notification = _note(other_citizen)
    client.force_login(citizen)
    assert (
        client.get(reverse("notifications:open", args=[notification.pk])).status_code
        == 404
    )
    assert (
        client.post(reverse("notifications:read", args=[notification.pk])).status_code
        == 404
    )
    notification.refresh_from_db()
    assert not notification.is_read


def test_list_needs_sign_in(client):
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_preferences_are_saved(client, citizen):
    client.force_login(citizen)
    client.post(reverse("notifications:preferences"), {"email_enabled": "on"})
    preference = citizen.notification_preference
    assert preference.email_enabled is True
    assert preference.sms_enabled is False


def test_unread_count_in_context_is_counted_lazily(client, citizen):
    from django.test import RequestFactory

    from notifications.context_processors import unread

    _note(citizen)
    _note(citizen)
    read = _note(citizen)
    Notification.objects.filter(pk=read.pk).update(read_at=read.created_at)
    request = RequestFactory().get("/")
    request.user = citizen
    count = unread(request)["notifications_unread"]
    assert callable(count)
    assert count() == 2


def test_my_portal_panels_show_notifications_messages_and_saved(
    client, citizen, service
):
    from django.template import engines

    from applications.models import SavedService

    _note(citizen, subject="办件通知")
    _note(citizen, subject="机构消息", kind="message")
    SavedService.objects.create(user=citizen, service=service)
    template = engines["django"].from_string(
        '{% include "applications/_my_portal_panels.html" %}'
    )
    client.force_login(citizen)
    request = client.get(reverse("notifications:list")).wsgi_request
    html = template.render({"user": citizen, "notifications_unread": 2}, request)
    notes = html[html.index("my-notifications") : html.index("my-messages")]
    msgs = html[html.index("my-messages") : html.index("my-saved-services")]
    assert "办件通知" in notes and "机构消息" not in notes
    assert "机构消息" in msgs
    assert service.name in html
