"""Signatures as certificate software makes them: with or without signed
attributes, the signer named by issuer and serial number or by key identifier
(OpenSSL's ``-keyid``), and weak digests refused."""

import shutil
import subprocess

import pytest

from identity import assurance
from tests.identity.support import (
    CertificateAuthority,
    bind,
    challenge_for,
    linked_person_user,
    refused,
    sign,
)

pytestmark = pytest.mark.django_db

needs_openssl = pytest.mark.skipif(
    shutil.which("openssl") is None, reason="needs the openssl command"
)


@pytest.fixture
def linked_user():
    return linked_person_user()


@pytest.fixture
def ca(settings):
    authority = CertificateAuthority()
    authority.trust(settings)
    return authority


def openssl_sign(tmp_path, issued, content: bytes, *options: str) -> bytes:
    (tmp_path / "cert.pem").write_bytes(issued.pem())
    (tmp_path / "key.pem").write_bytes(issued.key_pem())
    (tmp_path / "challenge.txt").write_bytes(content)
    command = [
        "openssl", "cms", "-sign", "-binary", "-in", "challenge.txt",
        "-signer", "cert.pem", "-inkey", "key.pem", "-outform", "DER",
        "-out", "signature.p7s", *options,
    ]  # fmt: skip
    subprocess.run(command, cwd=tmp_path, check=True, capture_output=True)
    return (tmp_path / "signature.p7s").read_bytes()


@pytest.mark.parametrize("key_kind", ["ec", "rsa"])
def test_signature_without_signed_attributes_is_accepted(linked_user, ca, key_kind):
    issued = ca.issue(key_kind=key_kind)
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content, issued, attributes=False)
    bind(linked_user, issued, challenge=challenge, signature=signature)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_signature_without_signed_attributes_over_other_content_is_refused(
    linked_user, ca
):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(b"other content", issued, attributes=False)
    code = refused(linked_user, issued, challenge=challenge, signature=signature)
    assert code == "bad_signature"


@needs_openssl
def test_signer_named_by_key_identifier_is_accepted(linked_user, ca, tmp_path):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = openssl_sign(
        tmp_path, issued, challenge.content, "-keyid", "-md", "sha256"
    )
    bind(linked_user, issued, challenge=challenge, signature=signature)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


@needs_openssl
def test_rsa_pss_signature_is_accepted(linked_user, ca, tmp_path):
    issued = ca.issue(key_kind="rsa")
    challenge = challenge_for(linked_user)
    signature = openssl_sign(
        tmp_path,
        issued,
        challenge.content,
        "-md",
        "sha256",
        "-keyopt",
        "rsa_padding_mode:pss",
    )
    bind(linked_user, issued, challenge=challenge, signature=signature)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


@needs_openssl
def test_sha1_digest_is_refused(linked_user, ca, tmp_path):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = openssl_sign(tmp_path, issued, challenge.content, "-md", "sha1")
    code = refused(linked_user, issued, challenge=challenge, signature=signature)
    assert code == "unsupported_algorithm"
