"""Binding a certificate through the pages: GET the challenge, sign it, POST the
certificate and the signature; bad input gets a clear message in Chinese and never
a 500; nobody sees or uses another account's challenge."""

import re
import shutil
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from identity.models import CertificateChallenge, IdentityLink
from tests.factories import UserFactory
from tests.identity.support import (
    PERSON_ID,
    PERSON_NAME,
    UNKNOWN_ID,
    CertificateAuthority,
    seed_person,
    sign,
)

pytestmark = pytest.mark.django_db

PAGE = "identity:certificate"


@pytest.fixture
def ca(settings):
    authority = CertificateAuthority()
    authority.trust(settings)
    return authority


@pytest.fixture
def linked(client):
    seed_person()
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("identity:link_resident_id"),
        {"resident_id": PERSON_ID, "name": PERSON_NAME},
    )
    assert response.status_code == 302
    return user


def page_challenge(client) -> tuple[str, bytes]:
    """The nonce on the page and the bytes of the challenge file it links to."""
    content = client.get(reverse(PAGE)).content.decode()
    nonce = re.search(r'name="challenge" value="([A-Za-z0-9_-]+)"', content)[1]
    download = client.get(reverse("identity:certificate_challenge", args=[nonce]))
    assert download.status_code == 200
    return nonce, download.content


def post(client, nonce, *, certificate, signature=None, signature_text=None):
    data = {
        "challenge": nonce,
        "certificate": SimpleUploadedFile(certificate[0], certificate[1]),
    }
    if signature is not None:
        data["signature"] = SimpleUploadedFile(signature[0], signature[1])
    if signature_text is not None:
        data["signature_text"] = signature_text
    return client.post(reverse(PAGE), data)


def level(client) -> str:
    content = client.get(reverse("identity:my_identity")).content.decode()
    return re.search(r'class="assurance assurance--(\d)"', content)[1]


def nothing_bound() -> bool:
    return not IdentityLink.objects.filter(
        kind=IdentityLink.Kind.DIGITAL_CERTIFICATE
    ).exists()


def test_page_requires_sign_in(client):
    response = client.get(reverse(PAGE))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_page_explains_in_chinese_what_to_sign_and_the_openssl_command(
    client, linked, ca
):
    response = client.get(reverse(PAGE))
    content = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    challenge = CertificateChallenge.objects.get(user=linked)
    assert challenge.text in content
    assert "分离签名" in content
    assert "私钥" in content
    assert (
        "openssl cms -sign -binary -md sha256 -in challenge.txt -signer cert.pem "
        "-inkey key.pem -outform PEM -out signature.p7s"
    ) in content
    assert "-nodetach" not in content


def test_challenge_file_holds_exactly_the_challenge(client, linked, ca):
    nonce, data = page_challenge(client)
    challenge = CertificateChallenge.objects.get(nonce=nonce)
    response = client.get(reverse("identity:certificate_challenge", args=[nonce]))
    assert data == challenge.text.encode("ascii")
    assert not data.endswith(b"\n")
    assert response["Content-Type"].startswith("text/plain")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]


def test_reloading_the_page_keeps_the_same_challenge(client, linked, ca):
    first, _ = page_challenge(client)
    second, _ = page_challenge(client)
    assert first == second
    assert CertificateChallenge.objects.count() == 1


def test_signed_challenge_binds_the_certificate_and_reaches_level_3(client, linked, ca):
    assert level(client) == "2"
    issued = ca.issue()
    nonce, data = page_challenge(client)
    response = post(
        client,
        nonce,
        certificate=("me.cer", issued.der()),
        signature=("signature.p7s", sign(data, issued)),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("identity:my_identity")
    landing = client.get(response["Location"]).content.decode()
    assert "数字证书已绑定" in landing
    assert 'assurance--3"' in landing


def test_pasted_base64_signature_is_accepted(client, linked, ca):
    issued = ca.issue(key_kind="rsa")
    nonce, data = page_challenge(client)
    response = post(
        client,
        nonce,
        certificate=("me.pem", issued.pem()),
        signature_text=sign(data, issued, encoding="base64").decode(),
    )
    assert response.status_code == 302
    assert level(client) == "3"


@pytest.mark.parametrize(
    ("certificate_name", "certificate_data", "signature", "message"),
    [
        ("me.pem", b"garbage", "signed", "不是可读取的X.509证书"),
        ("me.txt", "certificate", "signed", "请上传.pem、.cer、.crt或.der"),
        ("me.pem", b"A" * (17 * 1024), "signed", "证书文件过大"),
        ("me.pem", "certificate", b"garbage", "不是可读取的CMS/PKCS#7签名"),
        ("me.pem", "certificate", "certificate", "不是可读取的CMS/PKCS#7签名"),
        ("me.pem", "certificate", b"\x00\xff" * 50, "不是可读取的CMS/PKCS#7签名"),
        ("me.pem", "certificate", "private key", "该文件包含私钥"),
        ("me.pem", "certificate", None, "请上传签名文件或粘贴签名"),
        ("me.pem", "certificate", "other key", "不是用所上传的证书生成的"),
        ("me.pem", "other id", "signed", "证书主体中没有您已关联的身份证号码"),
        ("me.pem", "other ca", "signed", "不是由认可的电子认证服务机构签发的"),
    ],
)
def test_bad_input_shows_a_chinese_error_never_a_500(
    client, linked, ca, certificate_name, certificate_data, signature, message
):
    issued = ca.issue()
    if certificate_data == "other id":
        issued = ca.issue(serial_number=UNKNOWN_ID)
    elif certificate_data == "other ca":
        issued = CertificateAuthority("伪造认证中心").issue()
    nonce, data = page_challenge(client)
    signatures = {
        "signed": sign(data, issued),
        "certificate": issued.pem(),
        "private key": issued.key_pem(),
        "other key": sign(data, ca.issue()),
    }
    certificate = (
        issued.pem()
        if certificate_data in {"certificate", "other id", "other ca"}
        else certificate_data
    )
    signature_file = (
        None
        if signature is None
        else ("signature.p7s", signatures.get(signature, signature))
    )
    response = post(
        client,
        nonce,
        certificate=(certificate_name, certificate),
        signature=signature_file,
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert 'class="error"' in content
    assert message in content
    assert nothing_bound()
    assert level(client) == "2"


def test_signature_file_and_pasted_signature_together_are_refused(client, linked, ca):
    issued = ca.issue()
    nonce, data = page_challenge(client)
    signature = sign(data, issued)
    response = post(
        client,
        nonce,
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", signature),
        signature_text=signature.decode(),
    )
    assert response.status_code == 200
    assert "二者只选其一" in response.content.decode()
    assert nothing_bound()


def test_garbage_challenge_field_is_refused(client, linked, ca):
    issued = ca.issue()
    response = post(
        client,
        "../../etc/passwd",
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", b"x"),
    )
    assert response.status_code == 200
    assert "缺少挑战值" in response.content.decode()
    assert nothing_bound()


def test_posting_the_same_signature_twice_is_refused_the_second_time(
    client, linked, ca
):
    issued = ca.issue()
    nonce, data = page_challenge(client)
    upload = {
        "certificate": ("me.pem", issued.pem()),
        "signature": ("signature.p7s", sign(data, issued)),
    }
    assert post(client, nonce, **upload).status_code == 302
    replay = post(client, nonce, **upload)
    assert replay.status_code == 200
    assert "该挑战值已使用过" in replay.content.decode()


def test_after_a_refused_signature_the_page_offers_a_new_challenge(client, linked, ca):
    issued = ca.issue()
    nonce, data = page_challenge(client)
    response = post(
        client,
        nonce,
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", sign(data, ca.issue())),
    )
    assert response.status_code == 200
    assert nonce not in response.content.decode()
    fresh, fresh_data = page_challenge(client)
    assert fresh != nonce
    post(
        client,
        fresh,
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", sign(fresh_data, issued)),
    )
    assert level(client) == "3"


def test_another_user_neither_sees_nor_downloads_your_challenge(client, linked, ca):
    nonce, _ = page_challenge(client)
    client.force_login(UserFactory())
    content = client.get(reverse(PAGE)).content.decode()
    assert nonce not in content
    download = client.get(reverse("identity:certificate_challenge", args=[nonce]))
    assert download.status_code == 404
    assert nonce.encode() not in download.content


def test_another_user_cannot_use_your_challenge(client, linked, ca):
    from identity.actions import identity_link_resident_id
    from tests.sharing import registry_data

    nonce, data = page_challenge(client)
    registry_data.person(resident=UNKNOWN_ID, name="陈思远")
    other = UserFactory()
    identity_link_resident_id(user=other, resident_id=UNKNOWN_ID, name="陈思远")
    client.force_login(other)
    issued = ca.issue(serial_number=UNKNOWN_ID, common_name="陈思远")
    response = post(
        client,
        nonce,
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", sign(data, issued)),
    )
    assert response.status_code == 200
    assert "不是为本次登录会话签发的" in response.content.decode()
    assert nothing_bound()
    assert CertificateChallenge.objects.get(nonce=nonce).used_at is None


def test_same_account_in_another_session_cannot_use_the_challenge(client, linked, ca):
    issued = ca.issue()
    nonce, data = page_challenge(client)
    client.logout()
    client.force_login(linked)
    response = post(
        client,
        nonce,
        certificate=("me.pem", issued.pem()),
        signature=("signature.p7s", sign(data, issued)),
    )
    assert "不是为本次登录会话签发的" in response.content.decode()
    assert nothing_bound()


def test_without_a_verified_resident_id_no_challenge_is_issued(client, ca):
    client.force_login(UserFactory())
    response = client.get(reverse(PAGE))
    assert response.status_code == 200
    assert 'id="certificate-unavailable"' in response.content.decode()
    assert not CertificateChallenge.objects.exists()


def test_without_trust_anchors_the_page_says_binding_is_unavailable(
    client, linked, settings
):
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = []
    response = client.get(reverse(PAGE))
    content = response.content.decode()
    assert "暂时无法绑定数字证书" in content
    assert 'name="certificate"' not in content
    assert not CertificateChallenge.objects.exists()


def test_my_identity_links_to_binding_and_has_no_upload_form(client, linked, ca):
    content = client.get(reverse("identity:my_identity")).content.decode()
    assert reverse(PAGE) in content
    assert 'type="file"' not in content


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")
def test_openssl_command_shown_on_the_page_makes_an_accepted_signature(
    client, linked, ca, tmp_path
):
    issued = ca.issue(key_kind="rsa")
    (tmp_path / "cert.pem").write_bytes(issued.pem())
    (tmp_path / "key.pem").write_bytes(issued.key_pem())
    content = client.get(reverse(PAGE)).content.decode()
    command = re.search(r'<code id="openssl-command">([^<]+)</code>', content)[1]
    nonce, data = page_challenge(client)
    (tmp_path / "challenge.txt").write_bytes(data)
    subprocess.run(command.split(), cwd=tmp_path, check=True, capture_output=True)
    response = post(
        client,
        nonce,
        certificate=("cert.pem", issued.pem()),
        signature=("signature.p7s", (tmp_path / "signature.p7s").read_bytes()),
    )
    assert response.status_code == 302
    assert level(client) == "3"


def test_pasted_signature_is_hidden_from_error_reports(client, linked, ca):
    # It carries the certificate, whose subject holds the ID number.
    nonce, _ = page_challenge(client)
    response = post(
        client,
        nonce,
        certificate=("me.pem", ca.issue().pem()),
        signature_text="garbage",
    )
    assert response.wsgi_request.sensitive_post_parameters == ("signature_text",)
