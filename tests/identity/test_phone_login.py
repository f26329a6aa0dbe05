"""Sign-up with a mobile number, its verification by text message, and sign-in by
mobile number and password (identity.adapter on top of allauth's phone flows)."""

import re

import pytest
from django.db import IntegrityError
from django.urls import reverse

from identity import sms
from identity.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INVALID_MESSAGE = "请输入11位大陆手机号码"


@pytest.fixture(autouse=True)
def _empty_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


def sent_code() -> str:
    assert sms.outbox, "no text message was sent"
    return re.search(r"(?<!\d)(\d{6})(?!\d)", sms.outbox[-1].message).group(1)


def sign_up(client, password, phone, email="new@example.com"):
    return client.post(
        reverse("account_signup"),
        {"email": email, "phone": phone, "password1": password, "password2": password},
    )


def test_sign_up_form_offers_an_optional_mobile_number(client):
    content = client.get(reverse("account_signup")).content.decode()
    assert 'name="phone"' in content
    assert "手机号码" in content


def test_sign_up_with_phone_sends_code_and_verifies_it(
    client, password, mailoutbox, django_capture_on_commit_callbacks
):
    response = sign_up(client, password, "+86 139 1234 5678")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_verify_phone")
    user = User.objects.get(email="new@example.com")
    assert (user.phone, user.phone_verified) == ("13912345678", False)
    assert [m.phone for m in sms.outbox] == ["13912345678"]
    assert "验证码" in sms.outbox[0].message

    page = client.get(reverse("account_verify_phone"))
    assert page.status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_verify_phone"), {"code": sent_code()})
    # The number is verified; the e-mail address still needs its link.
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user.refresh_from_db()
    assert user.phone_verified
    assert "_auth_user_id" not in client.session

    link = re.search(r"/accounts/confirm-email/[^/\s]+/", mailoutbox[-1].body)
    client.post(link.group())
    response = client.post(
        reverse("account_login"), {"login": "13912345678", "password": password}
    )
    assert response["Location"] == reverse("applications:my_portal")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_code_is_refused(client, password):
    sign_up(client, password, "13912345678")
    response = client.post(reverse("account_verify_phone"), {"code": "XXXXXX"})
    assert response.status_code == 200
    assert not User.objects.get(email="new@example.com").phone_verified


def test_sign_up_without_phone_still_works(client, password):
    response = client.post(
        reverse("account_signup"),
        {"email": "plain@example.com", "password1": password, "password2": password},
    )
    assert response.status_code == 302
    assert response["Location"] != reverse("account_verify_phone")
    assert User.objects.get(email="plain@example.com").phone == ""
    assert sms.outbox == []


@pytest.mark.parametrize(
    "phone", ["12345", "12800000000", "1380000000a", "abcdefghijk"]
)
def test_invalid_numbers_get_a_chinese_error(client, password, phone):
    response = sign_up(client, password, phone)
    assert response.status_code == 200
    assert INVALID_MESSAGE in response.content.decode()
    assert not User.objects.filter(email="new@example.com").exists()
    assert sms.outbox == []


def test_invalid_number_error_in_english(client, password):
    response = client.post(
        "/en" + reverse("account_signup"),
        {
            "email": "new@example.com",
            "phone": "12345",
            "password1": password,
            "password2": password,
        },
    )
    assert response.status_code == 200
    assert "11-digit mainland mobile number" in response.content.decode()


def test_number_of_another_account_is_refused(client, password):
    owner = UserFactory(phone="13912345678", phone_verified=True)
    response = sign_up(client, password, "139 1234 5678")
    # allauth's enumeration prevention: the form looks accepted, but no account is
    # created and the owner of the number is told by text message.
    assert response.status_code == 302
    assert not User.objects.filter(email="new@example.com").exists()
    assert User.objects.filter(phone="13912345678").get() == owner
    assert [m.phone for m in sms.outbox] == ["13912345678"]
    assert "已" in sms.outbox[0].message
    assert "_auth_user_id" not in client.session


def test_database_refuses_a_duplicate_number():
    UserFactory(phone="13912345678")
    with pytest.raises(IntegrityError):
        UserFactory(phone="13912345678")


def test_accounts_without_number_do_not_clash():
    UserFactory(phone="")
    UserFactory(phone="")
    assert User.objects.filter(phone="").count() >= 2


@pytest.mark.parametrize("login", ["13912345678", "+86 139 1234 5678"])
def test_sign_in_with_mobile_number_and_password(client, password, login):
    user = UserFactory(phone="13912345678", phone_verified=True)
    response = client.post(
        reverse("account_login"), {"login": login, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:my_portal")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert sms.outbox == []


def test_sign_in_with_unverified_number_asks_for_the_code(client, password):
    user = UserFactory(phone="13912345678", phone_verified=False)
    response = client.post(
        reverse("account_login"), {"login": "13912345678", "password": password}
    )
    assert response["Location"] == reverse("account_verify_phone")
    response = client.post(reverse("account_verify_phone"), {"code": sent_code()})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.phone_verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_sign_in_with_email_still_works(client, password):
    user = UserFactory(phone="13912345678", phone_verified=True)
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": password}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("applications:my_portal")


@pytest.mark.parametrize("login", ["12345", "12800000000", "abcdefghijk"])
def test_sign_in_with_invalid_number_is_an_error_not_a_500(client, password, login):
    UserFactory(phone="13912345678", phone_verified=True)
    response = client.post(
        reverse("account_login"), {"login": login, "password": password}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_wrong_password_with_number(client, password):
    UserFactory(phone="13912345678", phone_verified=True)
    response = client.post(
        reverse("account_login"), {"login": "13912345678", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "手机号码或密码不正确" in response.content.decode()


def test_login_field_keeps_a_label_the_browser_tests_can_find(client):
    content = client.get(reverse("account_login")).content.decode()
    assert re.search(r"<label[^>]*for=\"id_login\"[^>]*>[^<]*电子邮件", content)


def test_repeated_code_requests_are_rate_limited(client, password):
    sign_up(client, password, "13912345678")
    assert len(sms.outbox) == 1
    response = client.post(reverse("account_verify_phone"), {"action": "resend"})
    # One code per number every 30 seconds: the resend is refused, nothing sent.
    assert response.status_code == 302
    assert len(sms.outbox) == 1
    page = client.get(reverse("account_verify_phone")).content.decode()
    assert "您已经提交过多次请求" in page


def test_codes_from_one_address_are_rate_limited(client, password):
    # At most three codes a minute from one address, whatever the numbers.
    statuses = []
    for n in range(4):
        client.logout()
        response = sign_up(
            client, password, f"1391234567{n}", email=f"new{n}@example.com"
        )
        statuses.append(response.status_code)
    assert statuses[:3] == [302, 302, 302]
    assert statuses[3] == 429
    assert len(sms.outbox) == 3


def test_failing_gateway_keeps_the_account_and_tells_the_user(
    client, password, settings, caplog
):
    settings.SMS_BACKEND = "identity.sms.FailingBackend"
    response = sign_up(client, password, "13912345678")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_verify_phone")
    user = User.objects.get(email="new@example.com")
    assert (user.phone, user.phone_verified) == ("13912345678", False)
    page = client.get(reverse("account_verify_phone")).content.decode()
    assert "短信发送失败" in page
    ours = "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("identity")
    )
    assert "13912345678" not in ours
    assert "139****5678" in ours


def test_second_sign_in_with_unverified_number_within_30s_is_a_429(client, password):
    UserFactory(phone="13912345678", phone_verified=False)
    credentials = {"login": "13912345678", "password": password}
    client.post(reverse("account_login"), credentials)
    client.logout()
    response = client.post(reverse("account_login"), credentials)
    assert response.status_code == 429
    assert len(sms.outbox) == 1


def test_repeated_signup_with_a_taken_number_is_not_a_500(client, password):
    UserFactory(phone="13912345678", phone_verified=True)
    sign_up(client, password, "13912345678", email="a@example.com")
    response = sign_up(client, password, "13912345678", email="b@example.com")
    assert response.status_code in (302, 429)
    assert User.objects.filter(phone="13912345678").count() == 1
