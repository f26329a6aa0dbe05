"""Account e-mail (identity.adapter) goes through the outbox: the request never
waits for the mail server, and nothing is lost or sent twice when it is down."""

import logging
import re

import pytest
from django.core import mail
from django.urls import reverse

from identity.models import User
from notifications import tasks
from notifications.models import Delivery, OutgoingEmail
from tests.factories import UserFactory
from tests.notifications.mail_server import make_due, smtp_back, smtp_down

pytestmark = pytest.mark.django_db

CONFIRM_LINK = re.compile(r"/accounts/confirm-email/[^/\s]+/")
RESET_LINK = re.compile(r"/accounts/password/reset/key/[^/\s]+/")


def sign_up(client, password, email="new@example.com", prefix=""):
    return client.post(
        prefix + reverse("account_signup"),
        {"email": email, "password1": password, "password2": password},
    )


def deliver_when_smtp_is_back(settings) -> None:
    smtp_back(settings)
    make_due()
    tasks.deliver_pending()


def test_sign_up_with_smtp_down_answers_normally_and_keeps_the_mail(
    client, password, settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, password)
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert User.objects.filter(email="new@example.com").exists()
    assert mail.outbox == []
    email = OutgoingEmail.objects.get()
    assert (email.status, email.attempts) == (Delivery.PENDING, 1)


def test_sign_up_mail_goes_out_once_when_smtp_is_back(
    client, password, settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, password)
    deliver_when_smtp_is_back(settings)
    tasks.deliver_email(OutgoingEmail.objects.get().pk)
    tasks.deliver_pending()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.com"]
    # The link works: the address is verified by it.
    client.post(CONFIRM_LINK.search(mail.outbox[0].body).group())
    user = User.objects.get(email="new@example.com")
    assert user.emailaddress_set.get().verified


def test_password_reset_with_smtp_down_answers_normally(
    client, citizen, settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_reset_password"), {"email": citizen.email}
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_done")
    assert mail.outbox == []
    assert OutgoingEmail.objects.get().status == Delivery.PENDING


def test_password_reset_mail_goes_out_once_when_smtp_is_back(
    client, citizen, settings, django_capture_on_commit_callbacks
):
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": citizen.email})
    deliver_when_smtp_is_back(settings)
    tasks.deliver_pending()

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [citizen.email]
    assert RESET_LINK.search(mail.outbox[0].body)


def test_account_mail_never_calls_smtp_during_the_request(client, password, settings):
    # Without running the on-commit hooks nothing may reach any mail server.
    smtp_down(settings)
    response = sign_up(client, password)
    assert response.status_code == 302
    email = OutgoingEmail.objects.get()
    assert (email.status, email.attempts) == (Delivery.PENDING, 0)


def test_links_and_addresses_never_reach_the_logs(
    client, password, settings, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.DEBUG)
    smtp_down(settings)
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, password, email="private@example.com")
    deliver_when_smtp_is_back(settings)
    assert len(mail.outbox) == 1
    assert "confirm-email" not in caplog.text
    assert "private@example.com" not in caplog.text


def test_mail_is_written_in_the_language_of_the_request(
    client, password, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, password, email="zh@example.com")
        client.logout()
        sign_up(client, password, email="en@example.com", prefix="/en")
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "请确认" in by_address["zh@example.com"].subject
    assert "Please Confirm" in by_address["en@example.com"].subject


def test_password_change_sends_a_security_notice(
    client, password, django_capture_on_commit_callbacks
):
    user = UserFactory()
    client.force_login(user)
    new_password = "Another-Horse-Battery-7"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("account_change_password"),
            {
                "oldpassword": password,
                "password1": new_password,
                "password2": new_password,
            },
        )
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert "密码" in mail.outbox[0].subject
