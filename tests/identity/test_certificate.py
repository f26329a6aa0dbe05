"""Binding a digital certificate: the action, with proof of possession of the
private key, chain to the trust anchor and revocation (a generated CA)."""

import datetime

import pytest
from django.utils import timezone

from identity import assurance
from identity.actions import (
    LinkError,
    identity_link_certificate,
    identity_link_resident_id,
)
from identity.models import CertificateChallenge, IdentityLink
from tests.factories import UserFactory
from tests.identity.support import (
    ENCIPHERMENT_USAGE,
    PERSON_ID,
    PERSON_NAME,
    SESSION,
    UNKNOWN_ID,
    CertificateAuthority,
    bind,
    challenge_for,
    forge_signer,
    linked_person_user,
    refused,
    self_signed,
    sign,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked_user():
    return linked_person_user()


@pytest.fixture
def ca(settings):
    authority = CertificateAuthority()
    authority.trust(settings)
    return authority


# --- proof of possession ---------------------------------------------------------


def test_certificate_signed_with_its_key_reaches_level_3(linked_user, ca):
    assert assurance.assurance_level(linked_user) == assurance.REGISTRY_VERIFIED
    link = bind(linked_user, ca.issue())
    assert link.kind == IdentityLink.Kind.DIGITAL_CERTIFICATE
    assert link.method == IdentityLink.Method.CERTIFICATE
    assert link.valid_until > timezone.now()
    assert link.identifier_masked.startswith("SHA-256 ")
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_rsa_certificate_signed_with_its_key_reaches_level_3(linked_user, ca):
    bind(linked_user, ca.issue(key_kind="rsa"))
    assert assurance.assurance_level(linked_user) == assurance.STRONG


@pytest.mark.parametrize("encoding", ["der", "base64"])
def test_der_and_base64_signature_and_certificate_are_accepted(
    linked_user, ca, encoding
):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content, issued, encoding=encoding)
    certificate = (
        issued.der()
        if encoding == "der"
        else b"\n".join(issued.pem().splitlines()[1:-1])
    )
    bind(
        linked_user,
        issued,
        challenge=challenge,
        signature=signature,
        certificate=certificate,
    )
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_attached_signature_over_the_challenge_is_accepted(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content, issued, detached=False)
    bind(linked_user, issued, challenge=challenge, signature=signature)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_certificate_alone_without_a_signature_is_refused(linked_user, ca):
    assert refused(linked_user, ca.issue(), signature=b"") == "no_signature"


def test_signature_by_another_certificate_is_refused(linked_user, ca):
    challenge = challenge_for(linked_user)
    other = ca.issue(serial_number=UNKNOWN_ID)
    signature = sign(challenge.content, other)
    code = refused(linked_user, ca.issue(), challenge=challenge, signature=signature)
    assert code == "signer_mismatch"


def test_signature_by_another_key_in_the_certificates_name_is_refused(linked_user, ca):
    victim = ca.issue()
    challenge = challenge_for(linked_user)
    forged = forge_signer(sign(challenge.content, ca.issue(), encoding="der"), victim)
    code = refused(linked_user, victim, challenge=challenge, signature=forged)
    assert code == "bad_signature"


def test_signature_over_other_content_is_refused(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content + b"\n", issued)
    code = refused(linked_user, issued, challenge=challenge, signature=signature)
    assert code == "content_mismatch"


def test_attached_signature_over_other_content_is_refused(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(b"something else", issued, detached=False)
    code = refused(linked_user, issued, challenge=challenge, signature=signature)
    assert code == "content_mismatch"


def test_signature_over_an_older_challenge_is_refused(linked_user, ca):
    issued = ca.issue()
    older = challenge_for(linked_user)
    newer = challenge_for(linked_user)
    signature = sign(older.content, issued)
    code = refused(linked_user, issued, challenge=newer, signature=signature)
    assert code == "content_mismatch"


@pytest.mark.parametrize("kind", ["rsa1024", "secp256k1"])
def test_weak_or_unsupported_key_is_refused(linked_user, ca, kind):
    assert refused(linked_user, ca.issue(key_kind=kind)) == "unsupported_algorithm"


@pytest.mark.parametrize(
    "signature",
    [
        b"not a signature",
        b"-----BEGIN PKCS7-----\nAAAA\n-----END PKCS7-----\n",
        b"\x30\x82\x01\x00garbage",
        b"\xff" * 100,
    ],
)
def test_malformed_signature_is_refused(linked_user, ca, signature):
    code = refused(linked_user, ca.issue(), signature=signature)
    assert code == "malformed_signature"


def test_certificate_given_as_the_signature_is_refused(linked_user, ca):
    issued = ca.issue()
    assert refused(linked_user, issued, signature=issued.pem()) == (
        "malformed_signature"
    )


def test_oversized_signature_is_refused(linked_user, ca):
    code = refused(linked_user, ca.issue(), signature=b"A" * (64 * 1024 + 1))
    assert code == "signature_too_large"


def test_private_key_upload_is_refused(linked_user, ca):
    issued = ca.issue()
    code = refused(linked_user, issued, certificate=issued.pem() + issued.key_pem())
    assert code == "private_key"


def test_private_key_given_as_the_signature_is_refused(linked_user, ca):
    issued = ca.issue()
    code = refused(linked_user, issued, signature=issued.key_pem())
    assert code == "signature_private_key"


# --- the challenge ---------------------------------------------------------------


def test_challenge_is_ascii_without_line_break_and_names_the_portal(linked_user):
    challenge = challenge_for(linked_user)
    assert challenge.content.isascii()
    assert b"\n" not in challenge.content
    assert challenge.text.startswith("CP-CERT-BIND/1 127.0.0.1 ")
    assert challenge.text.endswith(challenge.nonce)
    assert len(challenge.nonce) >= 43
    assert challenge_for(linked_user).nonce != challenge.nonce


def test_challenge_expires_after_the_configured_time(linked_user, settings):
    settings.IDENTITY_CERTIFICATE_CHALLENGE_SECONDS = 300
    challenge = challenge_for(linked_user)
    lifetime = challenge.expires_at - challenge.created_at
    assert lifetime == datetime.timedelta(seconds=300)


def test_replayed_challenge_is_refused(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content, issued)
    bind(linked_user, issued, challenge=challenge, signature=signature)
    with pytest.raises(LinkError) as error:
        bind(linked_user, issued, challenge=challenge, signature=signature)
    assert error.value.code == "challenge_used"


def test_a_failed_verification_uses_the_challenge_up(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    wrong = sign(challenge.content, ca.issue(serial_number=UNKNOWN_ID))
    assert refused(linked_user, issued, challenge=challenge, signature=wrong) == (
        "signer_mismatch"
    )
    right = sign(challenge.content, issued)
    code = refused(linked_user, issued, challenge=challenge, signature=right)
    assert code == "challenge_used"


def test_unreadable_upload_leaves_the_challenge_usable(linked_user, ca):
    issued = ca.issue()
    challenge = challenge_for(linked_user)
    code = refused(linked_user, issued, challenge=challenge, signature=b"garbage")
    assert code == "malformed_signature"
    bind(linked_user, issued, challenge=challenge)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_expired_challenge_is_refused(linked_user, ca):
    challenge = challenge_for(linked_user)
    CertificateChallenge.objects.filter(pk=challenge.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert refused(linked_user, ca.issue(), challenge=challenge) == (
        "challenge_expired"
    )


def test_challenge_of_another_user_is_refused(linked_user, ca):
    issued = ca.issue()
    theirs = challenge_for(UserFactory())
    code = refused(
        linked_user,
        issued,
        challenge=theirs,
        signature=sign(theirs.content, issued),
    )
    assert code == "challenge_unknown"
    assert CertificateChallenge.objects.get(pk=theirs.pk).used_at is None


def test_challenge_of_another_session_is_refused(linked_user, ca):
    issued = ca.issue()
    elsewhere = challenge_for(linked_user, session="another-session")
    code = refused(
        linked_user,
        issued,
        challenge=elsewhere,
        signature=sign(elsewhere.content, issued),
    )
    assert code == "challenge_unknown"


def test_issuing_deletes_challenges_expired_a_day_ago(linked_user):
    old = challenge_for(linked_user)
    CertificateChallenge.objects.filter(pk=old.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=2)
    )
    challenge_for(linked_user)
    assert not CertificateChallenge.objects.filter(pk=old.pk).exists()


def test_session_is_stored_only_as_a_keyed_hash(linked_user):
    challenge = challenge_for(linked_user)
    assert SESSION not in challenge.session_hash
    assert len(challenge.session_hash) == 64


# --- the certificate's subject ----------------------------------------------------


def test_prefixed_serial_number_is_accepted(linked_user, ca):
    link = bind(linked_user, ca.issue(serial_number="SF" + PERSON_ID))
    assert link.kind == IdentityLink.Kind.DIGITAL_CERTIFICATE
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_id_in_the_common_name_is_accepted(linked_user, ca):
    issued = ca.issue(serial_number=None, common_name=f"{PERSON_NAME}@{PERSON_ID}")
    link = bind(linked_user, issued)
    assert link.kind == IdentityLink.Kind.DIGITAL_CERTIFICATE
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_certificate_of_another_id_is_refused(linked_user, ca):
    issued = ca.issue(serial_number=UNKNOWN_ID)
    assert refused(linked_user, issued) == "subject_mismatch"


def test_longer_number_containing_the_id_is_refused(linked_user, ca):
    issued = ca.issue(serial_number=PERSON_ID + "7")
    assert refused(linked_user, issued) == "subject_mismatch"


# --- validity, chain, usage and revocation ------------------------------------------


def test_expired_certificate_is_refused(linked_user, ca):
    now = timezone.now()
    issued = ca.issue(
        not_before=now - datetime.timedelta(days=400),
        not_after=now - datetime.timedelta(days=1),
    )
    assert refused(linked_user, issued) == "expired"


def test_not_yet_valid_certificate_is_refused(linked_user, ca):
    now = timezone.now()
    issued = ca.issue(
        not_before=now + datetime.timedelta(days=1),
        not_after=now + datetime.timedelta(days=400),
    )
    assert refused(linked_user, issued) == "not_yet_valid"


def test_revoked_certificate_is_refused(linked_user, ca, settings):
    issued = ca.issue()
    ca.revoke(issued)
    ca.trust(settings)
    assert refused(linked_user, issued) == "revoked"


def test_certificate_of_another_ca_is_refused(linked_user, ca):
    rogue = CertificateAuthority("伪造认证中心")
    assert refused(linked_user, rogue.issue()) == "untrusted"


def test_certificate_of_another_ca_carrying_its_chain_is_refused(linked_user, ca):
    rogue = CertificateAuthority("伪造认证中心")
    issued = rogue.issue()
    challenge = challenge_for(linked_user)
    signature = sign(challenge.content, issued, extra_certificates=(rogue.certificate,))
    code = refused(linked_user, issued, challenge=challenge, signature=signature)
    assert code == "untrusted"


def test_certificate_under_an_intermediate_ca_carried_by_the_signature_is_accepted(
    linked_user, settings
):
    root = CertificateAuthority("示范省根认证中心")
    intermediate = CertificateAuthority("示范省个人证书认证中心", parent=root)
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [root.pem().decode()]
    settings.IDENTITY_CERTIFICATE_CRLS = [
        root.crl().decode(),
        intermediate.crl().decode(),
    ]
    issued = intermediate.issue()
    challenge = challenge_for(linked_user)
    signature = sign(
        challenge.content, issued, extra_certificates=(intermediate.certificate,)
    )
    bind(linked_user, issued, challenge=challenge, signature=signature)
    assert assurance.assurance_level(linked_user) == assurance.STRONG


def test_self_signed_certificate_is_refused(linked_user, ca):
    assert refused(linked_user, self_signed()) == "untrusted"


def test_certificate_without_digital_signature_usage_is_refused(linked_user, ca):
    issued = ca.issue(key_usage=ENCIPHERMENT_USAGE)
    assert refused(linked_user, issued) == "key_usage"


def test_certificate_without_key_usage_is_refused(linked_user, ca):
    assert refused(linked_user, ca.issue(key_usage=None)) == "key_usage"


def test_ca_certificate_is_refused_as_a_personal_one(linked_user, ca):
    assert refused(linked_user, ca.issue(is_ca=True)) == "not_personal"


def test_without_trust_anchors_binding_is_not_available(linked_user, settings):
    issued = CertificateAuthority().issue()
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = []
    challenge = challenge_for(linked_user)
    assert refused(linked_user, issued, challenge=challenge) == "not_configured"
    assert CertificateChallenge.objects.get(pk=challenge.pk).used_at is None


def test_unreadable_trust_anchor_refuses_rather_than_crashes(
    linked_user, ca, settings, tmp_path
):
    settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [str(tmp_path / "missing.pem")]
    assert refused(linked_user, ca.issue()) == "not_configured"


# --- the person and the binding ---------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"not a certificate",
        b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        b"\x30\x82\x01\x00garbage",
        b"\xff" * 100,
    ],
)
def test_malformed_certificate_is_refused(linked_user, ca, data):
    assert refused(linked_user, ca.issue(), certificate=data) == "malformed"


def test_oversized_certificate_is_refused(linked_user, ca):
    code = refused(linked_user, ca.issue(), certificate=b"A" * (16 * 1024 + 1))
    assert code == "too_large"


def test_certificate_needs_a_linked_resident_id(ca):
    user = UserFactory()
    with pytest.raises(LinkError) as error:
        bind(user, ca.issue())
    assert error.value.code == "no_resident_id"
    assert assurance.assurance_level(user) == assurance.NONE


def test_certificate_bound_to_another_person_is_refused(linked_user, ca):
    issued = ca.issue()
    bind(linked_user, issued)
    from tests.sharing import registry_data

    registry_data.person(resident=UNKNOWN_ID, name="陈思远")
    other = UserFactory()
    identity_link_resident_id(user=other, resident_id=UNKNOWN_ID, name="陈思远")
    challenge = challenge_for(other)
    with pytest.raises(LinkError) as error:
        identity_link_certificate(
            user=other,
            session_key=SESSION,
            nonce=challenge.nonce,
            certificate=issued.pem(),
            signature=sign(challenge.content, issued),
        )
    assert error.value.code == "subject_mismatch"
    assert assurance.assurance_level(other) == assurance.REGISTRY_VERIFIED


def test_same_certificate_twice_is_idempotent(linked_user, ca):
    issued = ca.issue()
    first = bind(linked_user, issued)
    again = bind(linked_user, issued)
    assert first.pk == again.pk


def test_refusal_is_logged_with_its_code_only(linked_user, ca, caplog):
    caplog.set_level("INFO", logger="identity.links")
    issued = ca.issue(serial_number=UNKNOWN_ID)
    refused(linked_user, issued)
    assert "subject_mismatch" in caplog.text
    assert UNKNOWN_ID not in caplog.text
    assert PERSON_ID not in caplog.text
