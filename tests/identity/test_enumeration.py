"""No account enumeration: sign-up, password reset and sign-in answer alike for
registered and unknown e-mail addresses and mobile numbers; the owner is told."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from identity import sms
from identity.models import User
from tests.factories import UserFactory
from tests.identity.hashers import COUNTING_HASHER, CountingHasher

pytestmark = pytest.mark.django_db

TAKEN_MESSAGE = "此电子邮件地址已被其他用户注册"
NUMBER = "13912345678"


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def owner():
    return UserFactory(email="owner@example.com", phone=NUMBER, phone_verified=True)


def page_without(response, *typed: str) -> str:
    """The page with what the visitor typed (echoed in messages) and the
    per-request tokens taken out."""
    content = response.content.decode()
    for value in typed:
        content = content.replace(value, "TYPED")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", content)


def sign_up(client, password, **fields):
    data = {"password1": password, "password2": password, **fields}
    return client.post(reverse("account_signup"), data, follow=True)


def test_sign_up_with_a_registered_address_answers_like_a_new_one(
    client, password, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        taken = sign_up(client, password, email=owner.email)
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        new = sign_up(client, password, email="fresh@example.com")

    assert taken.status_code == new.status_code == 200
    assert taken.redirect_chain == new.redirect_chain
    assert taken.redirect_chain[-1][0] == reverse("account_email_verification_sent")
    assert page_without(taken, owner.email) == page_without(new, "fresh@example.com")
    assert TAKEN_MESSAGE not in taken.content.decode()


def test_sign_up_with_a_registered_address_tells_the_owner_and_creates_nothing(
    client, password, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, password, email=owner.email)
    assert User.objects.filter(email=owner.email).count() == 1
    assert "_auth_user_id" not in client.session
    assert [message.to for message in mail.outbox] == [[owner.email]]
    # allauth's "account already exists" mail, not a verification link.
    assert "/accounts/confirm-email/" not in mail.outbox[0].body
    assert reverse("account_reset_password") in mail.outbox[0].body


def test_sign_up_with_a_registered_address_hashes_the_password_as_a_new_one(
    client, password, owner, settings
):
    # Hashing is most of a sign-up's time: skipping it would show in the timing.
    settings.PASSWORD_HASHERS = [COUNTING_HASHER]
    CountingHasher.encoded = 0
    sign_up(client, password, email="fresh@example.com")
    new = CountingHasher.encoded
    client.logout()
    CountingHasher.encoded = 0
    sign_up(client, password, email=owner.email)
    assert new == CountingHasher.encoded == 1


def test_sign_up_with_a_registered_number_answers_like_a_new_one(
    client, password, owner
):
    taken = sign_up(client, password, email="first@example.com", phone=NUMBER)
    client.logout()
    new = sign_up(client, password, email="second@example.com", phone="13912340000")

    assert taken.status_code == new.status_code == 200
    assert taken.redirect_chain == new.redirect_chain
    assert taken.redirect_chain[-1][0] == reverse("account_verify_phone")
    assert page_without(taken, NUMBER) == page_without(new, "13912340000")


def test_sign_up_with_a_registered_number_texts_its_owner(client, password, owner):
    sign_up(client, password, email="first@example.com", phone=NUMBER)
    assert not User.objects.filter(email="first@example.com").exists()
    assert [message.phone for message in sms.outbox] == [NUMBER]
    assert "已" in sms.outbox[0].message
    assert "验证码" not in sms.outbox[0].message


def test_registered_address_with_a_new_number_tells_the_address_owner(
    client, password, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, password, email=owner.email, phone="13912340000")
    assert response.redirect_chain[-1][0] == reverse("account_verify_phone")
    assert User.objects.filter(email=owner.email).count() == 1
    assert [message.to for message in mail.outbox] == [[owner.email]]
    # The new number belongs to nobody: it is not told it "already exists".
    assert sms.outbox == []


def test_repeated_sign_ups_do_not_flood_the_owners_inbox(
    client, password, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in ("13912340000", "13912340001", "13912340002"):
            sign_up(client, password, email=owner.email, phone=number)
            client.logout()
    assert len(mail.outbox) == 1


def test_password_reset_answers_alike_for_registered_and_unknown_addresses(
    client, owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(
            reverse("account_reset_password"), {"email": owner.email}, follow=True
        )
        unknown = client.post(
            reverse("account_reset_password"),
            {"email": "nobody@example.com"},
            follow=True,
        )
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert page_without(known, owner.email) == page_without(
        unknown, "nobody@example.com"
    )
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert "/accounts/password/reset/key/" in by_address[owner.email]
    # The unknown address is told that it has no account (and how to sign up).
    assert "/accounts/password/reset/key/" not in by_address["nobody@example.com"]
    assert reverse("account_signup") in by_address["nobody@example.com"]


@pytest.mark.parametrize(
    "registered,unknown",
    [("owner@example.com", "nobody@example.com"), (NUMBER, "13912340000")],
    ids=["email", "phone"],
)
def test_sign_in_answers_alike_for_a_wrong_password_and_an_unknown_account(
    client, owner, registered, unknown
):
    wrong = client.post(
        reverse("account_login"), {"login": registered, "password": "wrong-one-1"}
    )
    nobody = client.post(
        reverse("account_login"), {"login": unknown, "password": "wrong-one-1"}
    )
    assert wrong.status_code == nobody.status_code == 200
    errors = re.compile(r'<ul class="errorlist[^"]*">.*?</ul>', re.S)
    assert errors.findall(wrong.content.decode()) == errors.findall(
        nobody.content.decode()
    )
    assert errors.findall(wrong.content.decode())
