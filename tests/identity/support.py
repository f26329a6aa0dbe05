"""Helpers for the identity linking tests: registry rows for the demo person and
certificates generated on the fly (synthetic identifiers only)."""

import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
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


def make_key():
    return ec.generate_private_key(ec.SECP256R1())


def make_certificate(
    *,
    serial_number: str | None = PERSON_ID,
    common_name: str = PERSON_NAME,
    not_before: datetime.datetime | None = None,
    not_after: datetime.datetime | None = None,
    issuer: tuple | None = None,
    der: bool = False,
) -> bytes:
    """A personal certificate; self-signed unless ``issuer=(ca_cert, ca_key)``."""
    now = timezone.now()
    key = make_key()
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if serial_number:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial_number))
    subject = x509.Name(attributes)
    issuer_name, signing_key = (
        (issuer[0].subject, issuer[1]) if issuer else (subject, key)
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - datetime.timedelta(days=1))
        .not_valid_after(not_after or now + datetime.timedelta(days=365))
        .sign(signing_key, hashes.SHA256())
    )
    encoding = serialization.Encoding.DER if der else serialization.Encoding.PEM
    return certificate.public_bytes(encoding)


def make_ca(name: str = "示范省数字证书认证中心"):
    now = timezone.now()
    key = make_key()
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=10))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    return certificate, key


def pem(certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)
