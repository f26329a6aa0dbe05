import pytest
from django.urls import reverse

from identity.models import User

pytestmark = pytest.mark.django_db


def test_sign_up_page_is_chinese(client):
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert "注册" in response.content.decode()


def test_sign_up_creates_account_and_asks_to_verify_the_address(client, password):
    response = client.post(
        reverse("account_signup"),
        {"email": "new@example.com", "password1": password, "password2": password},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="new@example.com").exists()
    assert "_auth_user_id" not in client.session


def test_sign_in_is_refused_until_the_address_is_verified(client, password):
    from tests.factories import UserFactory

    user = UserFactory(email_verified=False)
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": password}
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_sign_in_with_email(client, citizen, password):
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:my_portal")


def test_failed_logins_are_rate_limited(client, citizen, password):
    for _ in range(5):
        client.post(
            reverse("account_login"), {"login": citizen.email, "password": "wrong"}
        )
    response = client.post(
        reverse("account_login"), {"login": citizen.email, "password": password}
    )
    assert response.status_code == 200  # the form again, not a redirect
    assert "_auth_user_id" not in client.session
    assert "登录失败次数过多" in response.content.decode()


def test_password_reset_sends_a_chinese_email(
    client, citizen, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_reset_password"), {"email": citizen.email}
        )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert citizen.email in mailoutbox[0].to
    assert "密码" in mailoutbox[0].subject + mailoutbox[0].body


def test_password_reset_is_rate_limited_per_address(
    client, citizen, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            client.post(reverse("account_reset_password"), {"email": citizen.email})
        response = client.post(
            reverse("account_reset_password"), {"email": citizen.email}
        )
    assert response.status_code == 429
    assert len(mailoutbox) == 5


def test_signup_is_rate_limited_per_ip(client, password):
    for n in range(20):
        client.post(
            reverse("account_signup"),
            {
                "email": f"new{n}@example.com",
                "password1": password,
                "password2": password,
            },
        )
        client.logout()
    response = client.post(
        reverse("account_signup"),
        {"email": "one-more@example.com", "password1": password, "password2": password},
    )
    assert response.status_code == 429
    assert not User.objects.filter(email="one-more@example.com").exists()
