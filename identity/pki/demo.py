"""A demo certification authority for trying certificate binding in development.

``manage.py identity_demo_pki`` keeps, under ``var/identity-pki/``, a CA
(``ca.pem``, ``ca-key.pem``), its CRL (``ca.crl``, rewritten on every run with a
year of validity) and, on request, a personal signing certificate with its key
for a resident ID, which ``dev.py`` trusts. Nothing here is used in production,
where the anchors and CRLs are those of licensed certification authorities.
"""

import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.utils import timezone

CA_COMMON_NAME = "示范省数字证书认证中心（演示）"
ORGANISATION = "示范省数字证书认证中心"
CA_FILE, CA_KEY_FILE, CRL_FILE = "ca.pem", "ca-key.pem", "ca.crl"
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


def demo_pki_dir() -> Path:
    return Path(settings.BASE_DIR) / "var" / "identity-pki"


@dataclass(frozen=True)
class Authority:
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _pem_key(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write_private(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    os.chmod(path, 0o600)


def demo_authority(directory: Path) -> Authority:
    """The demo CA in ``directory``, created on first use."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_path, key_path = directory / CA_FILE, directory / CA_KEY_FILE
    if ca_path.exists() and key_path.exists():
        return Authority(
            x509.load_pem_x509_certificate(ca_path.read_bytes()),
            serialization.load_pem_private_key(key_path.read_bytes(), password=None),
        )
    now = timezone.now()
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, CA_COMMON_NAME),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(CA_USAGE, critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    _write_private(key_path, _pem_key(key))
    ca_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return Authority(certificate, key)


def write_crl(authority: Authority, directory: Path, *, days: int = 365) -> Path:
    """An empty CRL of the demo CA, valid for ``days``."""
    now = timezone.now()
    revocation_list = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(authority.certificate.subject)
        .last_update(now - datetime.timedelta(minutes=5))
        .next_update(now + datetime.timedelta(days=days))
        .sign(authority.key, hashes.SHA256())
    )
    path = directory / CRL_FILE
    path.write_bytes(revocation_list.public_bytes(serialization.Encoding.PEM))
    return path


def issue_personal(  # noqa: PLR0913
    authority: Authority,
    directory: Path,
    *,
    resident_id: str,
    name: str,
    key_type: str = "ec",
    days: int = 730,
) -> tuple[Path, Path]:
    """A personal signing certificate carrying ``resident_id`` in serialNumber (the
    usual place in Chinese personal certificates); returns the certificate and
    key paths."""
    if key_type == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
    now = timezone.now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                    x509.NameAttribute(NameOID.COMMON_NAME, name),
                    x509.NameAttribute(NameOID.SERIAL_NUMBER, resident_id),
                ]
            )
        )
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        .add_extension(SIGNING_USAGE, critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                authority.certificate.public_key()
            ),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    stem = f"person-{resident_id[-4:]}"
    certificate_path = directory / f"{stem}-cert.pem"
    key_path = directory / f"{stem}-key.pem"
    certificate_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    _write_private(key_path, _pem_key(key))
    return certificate_path, key_path
