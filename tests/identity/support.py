"""Helpers for the identity linking tests: registry rows for the demo person, and
a throwaway certification authority issuing personal certificates with their keys,
CRLs, and CMS/PKCS#7 signatures made as certificate software makes them
(synthetic identifiers only)."""

import base64
import datetime
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from django.utils import timezone

from sharing.models import HealthCardRecord
from tests.sharing import registry_data

PERSON_ID = registry_data.PERSON_ID  # seed_demo's 林晓明 has the same number
PERSON_NAME = "林晓明"
SS_CARD = registry_data.CARD_NUMBER
HEALTH_CARD = "H35000000000123457"
UNKNOWN_ID = registry_data.UNKNOWN_ID


def health_card(number=HEALTH_CARD, holder=PERSON_ID) -> HealthCardRecord:
    record = HealthCardRecord(
        holder_name=PERSON_NAME,
        issued_on=datetime.date(2019, 7, 1),
        issuer="示范省卫生健康委员会",
    )
    record.set_number(number)
    record.set_holder_id(holder)
    record.save()
    return record


def seed_person(*, cards: bool = True):
    record = registry_data.person()
    if cards:
        registry_data.ss_card()
        health_card()
    return record


def make_key(kind: str = "ec"):
    """``ec`` (P-256), ``rsa`` (2048 bits), or the weak or unsupported
    ``rsa1024`` and ``secp256k1``."""
    if kind in ("rsa", "rsa1024"):
        size = 1024 if kind == "rsa1024" else 2048
        return rsa.generate_private_key(public_exponent=65537, key_size=size)
    curve = ec.SECP256K1() if kind == "secp256k1" else ec.SECP256R1()
    return ec.generate_private_key(curve)


SIGNING_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)
ENCIPHERMENT_USAGE = x509.KeyUsage(
    digital_signature=False,
    content_commitment=False,
    key_encipherment=True,
    data_encipherment=True,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)
CA_USAGE = x509.KeyUsage(
    digital_signature=False,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=True,
    crl_sign=True,
    encipher_only=False,
    decipher_only=False,
)


@dataclass
class Issued:
    """A certificate with its private key, as a person holds them."""

    certificate: x509.Certificate
    key: object

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )


def _personal_name(serial_number: str | None, common_name: str) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if serial_number:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number))
    return x509.Name(attributes)


class CertificateAuthority:
    """A throwaway CA (EC P-256) issuing personal certificates and CRLs."""

    def __init__(self, name: str = "示范省数字证书认证中心", *, parent=None):
        now = timezone.now()
        self.key = make_key()
        self.name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.parent = parent
        self.revoked: list[int] = []
        issuer_name = parent.name if parent else self.name
        signing_key = parent.key if parent else self.key
        self.certificate = (
            x509.CertificateBuilder()
            .subject_name(self.name)
            .issuer_name(issuer_name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=10))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(
                x509.BasicConstraints(
                    ca=True, path_length=None if parent is None else 0
                ),
                critical=True,
            )
            .add_extension(CA_USAGE, critical=True)
            .sign(signing_key, hashes.SHA256())
        )

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(
        self,
        *,
        serial_number: str | None = PERSON_ID,
        common_name: str = PERSON_NAME,
        key_kind: str = "ec",
        not_before: datetime.datetime | None = None,
        not_after: datetime.datetime | None = None,
        key_usage: x509.KeyUsage | None = SIGNING_USAGE,
        is_ca: bool = False,
    ) -> Issued:
        now = timezone.now()
        key = make_key(key_kind)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_personal_name(serial_number, common_name))
            .issuer_name(self.name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before or now - datetime.timedelta(days=1))
            .not_valid_after(not_after or now + datetime.timedelta(days=365))
            .add_extension(
                x509.BasicConstraints(ca=is_ca, path_length=None), critical=True
            )
        )
        if key_usage is not None:
            builder = builder.add_extension(key_usage, critical=True)
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
            critical=False,
        )
        return Issued(builder.sign(self.key, hashes.SHA256()), key)

    def revoke(self, issued: Issued) -> None:
        self.revoked.append(issued.certificate.serial_number)

    def crl(
        self,
        *,
        next_update: datetime.datetime | None = None,
        signed_by=None,
        encoding: serialization.Encoding = serialization.Encoding.PEM,
    ) -> bytes:
        now = timezone.now()
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.name)
            .last_update(now - datetime.timedelta(hours=1))
            .next_update(next_update or now + datetime.timedelta(days=7))
        )
        for serial in self.revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(serial)
                .revocation_date(now - datetime.timedelta(minutes=30))
                .build()
            )
        return builder.sign(signed_by or self.key, hashes.SHA256()).public_bytes(
            encoding
        )

    def trust(self, settings, *, crls: list[str] | None = None) -> None:
        """Make this CA the one trust anchor, with its current CRL (in memory)."""
        settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS = [self.pem().decode()]
        settings.IDENTITY_CERTIFICATE_CRLS = (
            crls if crls is not None else [self.crl().decode()]
        )


def sign(
    content: bytes,
    issued: Issued,
    *,
    encoding: str = "pem",
    detached: bool = True,
    attributes: bool = True,
    extra_certificates: tuple = (),
) -> bytes:
    """A CMS/PKCS#7 signature of ``content`` as certificate software makes it
    (signed attributes, the signer's certificate included): ``encoding`` is
    ``pem``, ``der`` or ``base64`` (bare base64 of the DER); without
    ``attributes`` the key signs the content's digest directly, as some
    certificate clients do."""
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(content)
        .add_signer(issued.certificate, issued.key, hashes.SHA256())
    )
    for certificate in extra_certificates:
        builder = builder.add_certificate(certificate)
    options = [pkcs7.PKCS7Options.Binary]
    if not attributes:
        options.append(pkcs7.PKCS7Options.NoAttributes)
    if detached:
        options.append(pkcs7.PKCS7Options.DetachedSignature)
    if encoding == "pem":
        return builder.sign(serialization.Encoding.PEM, options)
    der = builder.sign(serialization.Encoding.DER, options)
    return der if encoding == "der" else base64.encodebytes(der)


def forge_signer(signature_der: bytes, victim: Issued) -> bytes:
    """``signature_der`` (by some other key) rewritten to name ``victim``'s
    certificate as its signer and to carry it: what someone holding a copy of
    the certificate, but not its key, can make."""
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509

    info = cms.ContentInfo.load(signature_der)
    signed = info["content"]
    certificate = asn1_x509.Certificate.load(victim.der())
    signer = signed["signer_infos"][0]
    signer["sid"] = cms.SignerIdentifier(
        name="issuer_and_serial_number",
        value=cms.IssuerAndSerialNumber(
            {
                "issuer": certificate.issuer,
                "serial_number": certificate.serial_number,
            }
        ),
    )
    signed["certificates"] = cms.CertificateSet(
        [cms.CertificateChoices(name="certificate", value=certificate)]
    )
    return info.dump(force=True)


def self_signed(
    *, serial_number: str | None = PERSON_ID, common_name: str = PERSON_NAME
) -> Issued:
    """A personal certificate signed by its own key, with that key."""
    now = timezone.now()
    key = make_key()
    subject = _personal_name(serial_number, common_name)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(SIGNING_USAGE, critical=True)
        .sign(key, hashes.SHA256())
    )
    return Issued(certificate, key)


def make_certificate(*, der: bool = False) -> bytes:
    """A copy of a (public) personal certificate, without its key."""
    issued = self_signed()
    return issued.der() if der else issued.pem()


# --- binding a certificate through the action ---------------------------------------

SESSION = "session-key-of-the-person"


def linked_person_user():
    """An account whose resident ID is verified against the registry (level 2)."""
    from identity.actions import identity_link_resident_id
    from tests.factories import UserFactory

    seed_person()
    user = UserFactory()
    identity_link_resident_id(user=user, resident_id=PERSON_ID, name=PERSON_NAME)
    return user


def challenge_for(user, session: str = SESSION):
    from identity.actions import identity_certificate_challenge_issue

    return identity_certificate_challenge_issue(user=user, session_key=session)


def bind(user, issued, *, challenge=None, signature=None, certificate=None):
    """Bind ``issued`` with a signature over a new challenge (or the ones given)."""
    from identity.actions import identity_link_certificate

    challenge = challenge or challenge_for(user)
    return identity_link_certificate(
        user=user,
        session_key=SESSION,
        nonce=challenge.nonce,
        certificate=issued.pem() if certificate is None else certificate,
        signature=(sign(challenge.content, issued) if signature is None else signature),
    )


def refused(user, issued, **kwargs) -> str:
    """The refusal's code, after checking that nothing was bound and the level is
    still that of the verified ID."""
    import pytest

    from identity import assurance
    from identity.actions import LinkError
    from identity.models import IdentityLink

    with pytest.raises(LinkError) as error:
        bind(user, issued, **kwargs)
    assert error.value.message
    assert not IdentityLink.objects.filter(
        kind=IdentityLink.Kind.DIGITAL_CERTIFICATE
    ).exists()
    assert assurance.assurance_level(user) == assurance.REGISTRY_VERIFIED
    return error.value.code
