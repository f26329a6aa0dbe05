"""PAdES signatures on e-licence PDFs (pyHanko) and the check of uploaded PDFs.

The issuing key and certificate come from settings (``LICENCE_SIGNING_KEY``,
``LICENCE_SIGNING_CERT``, ``LICENCE_SIGNING_CA_CERT``: each a PEM file path or the
PEM text itself). In development and tests, when the key and certificate are unset,
a demo CA and issuing certificate are created once under ``var/licence-pki/``
(production settings require both). One loaded signer is kept per process: loading
and parsing the key on every signature costs more than the signature itself.
"""

import hashlib
import io
import logging
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

FIELD_NAME = "LicenceSignature"
DEMO_CA_COMMON_NAME = "示范省电子证照演示根CA"
DEMO_ISSUER_COMMON_NAME = "示范省电子证照签发证书（演示）"
DEMO_ORGANISATION = "示范省政务服务数据管理局"
CA_FILE, CERT_FILE, KEY_FILE = "ca.pem", "signing-cert.pem", "signing-key.pem"


def demo_pki_dir() -> Path:
    return Path(settings.BASE_DIR) / "var" / "licence-pki"


# --- demo PKI ---------------------------------------------------------------------


def _name(common_name: str):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEMO_ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_certificate(  # noqa: PLR0913
    *,
    common_name: str,
    key,
    issuer_key=None,
    issuer_cert=None,
    ca: bool = False,
    days: int = 3650,
):
    """An X.509 certificate for ``key`` (self-signed without ``issuer_cert``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = datetime.now(UTC)
    issuer_key = issuer_key or key
    subject = _name(common_name)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_cert.subject if issuer_cert is not None else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(
            x509.BasicConstraints(ca=ca, path_length=0 if ca else None), True
        )
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    return builder.sign(issuer_key, hashes.SHA256())


def pem_cert(cert) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM)


def pem_key(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def ensure_demo_pki(directory: Path | None = None) -> Path:
    """Create once a demo CA and an issuing certificate (EC P-256) in ``directory``.

    The files are written to a temporary directory renamed into place, so two
    processes starting at once agree on one CA (the first rename wins).
    """
    from cryptography.hazmat.primitives.asymmetric import ec

    directory = directory or demo_pki_dir()
    if (directory / KEY_FILE).exists():
        return directory
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = make_certificate(common_name=DEMO_CA_COMMON_NAME, key=ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = make_certificate(
        common_name=DEMO_ISSUER_COMMON_NAME,
        key=key,
        issuer_key=ca_key,
        issuer_cert=ca_cert,
        days=1825,
    )
    directory.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".licence-pki-", dir=directory.parent))
    (staging / CA_FILE).write_bytes(pem_cert(ca_cert))
    (staging / CERT_FILE).write_bytes(pem_cert(cert))
    key_path = staging / KEY_FILE
    key_path.write_bytes(pem_key(key))
    key_path.chmod(0o600)
    try:
        os.rename(staging, directory)
        logger.warning("created a demo licence-signing CA in %s", directory)
    except OSError:  # another process won the race
        shutil.rmtree(staging, ignore_errors=True)
    return directory


# --- loading ----------------------------------------------------------------------


def _pem_bytes(value: str) -> bytes:
    """PEM text given inline, or the contents of the file it names."""
    value = value.strip()
    if value.startswith("-----BEGIN"):
        return value.replace("\\n", "\n").encode()
    return Path(value).expanduser().read_bytes()


@dataclass(frozen=True)
class _Pki:
    signer: object  # pyhanko.sign.signers.SimpleSigner
    trust_roots: tuple  # asn1crypto x509.Certificate
    issuing_certs: tuple


_cache: dict[tuple[str, str, str], _Pki] = {}
_lock = threading.Lock()


def _settings_key() -> tuple[str, str, str]:
    return (
        getattr(settings, "LICENCE_SIGNING_KEY", "") or "",
        getattr(settings, "LICENCE_SIGNING_CERT", "") or "",
        getattr(settings, "LICENCE_SIGNING_CA_CERT", "") or "",
    )


def _load(key_setting: str, cert_setting: str, ca_setting: str) -> _Pki:
    from pyhanko.keys import (
        load_certs_from_pemder_data,
        load_private_key_from_pemder_data,
    )
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if not key_setting and not cert_setting:
        directory = ensure_demo_pki()
        key_setting = str(directory / KEY_FILE)
        cert_setting = str(directory / CERT_FILE)
        ca_setting = ca_setting or str(directory / CA_FILE)
    if not key_setting or not cert_setting:
        raise ValueError("LICENCE_SIGNING_KEY and LICENCE_SIGNING_CERT go together")
    key = load_private_key_from_pemder_data(_pem_bytes(key_setting), passphrase=None)
    chain = list(load_certs_from_pemder_data(_pem_bytes(cert_setting)))
    if not chain:
        raise ValueError("LICENCE_SIGNING_CERT holds no certificate")
    roots = (
        list(load_certs_from_pemder_data(_pem_bytes(ca_setting))) if ca_setting else []
    )
    # Without a CA the top of the configured chain is the trust root.
    trust_roots = roots or [chain[-1]]
    signer = signers.SimpleSigner(
        signing_cert=chain[0],
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([*chain[1:], *roots]),
    )
    return _Pki(
        signer=signer, trust_roots=tuple(trust_roots), issuing_certs=(chain[0],)
    )


def _pki() -> _Pki:
    cache_key = _settings_key()
    pki = _cache.get(cache_key)
    if pki is None:
        with _lock:
            pki = _cache.get(cache_key)
            if pki is None:
                pki = _cache[cache_key] = _load(*cache_key)
    return pki


def clear_signer_cache() -> None:
    _cache.clear()


# --- signing ----------------------------------------------------------------------


def sign_pdf(pdf_bytes: bytes) -> bytes:
    """The PDF with an invisible PAdES B-B signature by the issuing certificate."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason="电子证照签发",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    output = signers.PdfSigner(metadata, signer=_pki().signer).sign_pdf(writer)
    return output.getvalue()


# --- checking ---------------------------------------------------------------------


@dataclass
class PdfCheck:
    """What a PDF's signature says. ``intact``: the signature covers the whole file
    and its digest matches; ``trusted``: its certificate chains to our CA."""

    intact: bool = False
    trusted: bool = False
    signer_subject: str = ""
    signed_at: datetime | None = None
    licence_number: str = ""
    sha256: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted


_NUMBER_RUN = re.compile(r"[0-9A-Z]{10,40}")


def _licence_number(reader) -> str:
    from . import numbering

    try:
        info = reader.trailer["/Info"]
        texts = [str(info.get(key, "")) for key in ("/Title", "/Keywords")]
    except Exception:  # noqa: BLE001 - metadata is optional
        return ""
    for text in texts:
        for candidate in _NUMBER_RUN.findall(text):
            if numbering.is_well_formed(candidate):
                return candidate
    return ""


def verify_pdf(pdf_bytes: bytes) -> PdfCheck:
    """Check the first signature of a PDF against our CA. Never raises."""
    check = PdfCheck(sha256=hashlib.sha256(pdf_bytes).hexdigest())
    if not pdf_bytes.startswith(b"%PDF"):
        check.error = "not a PDF document"
        return check
    try:
        return _verify(pdf_bytes, check)
    except Exception as exc:  # noqa: BLE001 - untrusted input: report, never raise
        logger.info("PDF check failed: %r", exc, exc_info=True)
        check.intact = check.trusted = False
        check.error = f"unreadable or damaged PDF ({type(exc).__name__})"
        return check


def _verify(pdf_bytes: bytes, check: PdfCheck) -> PdfCheck:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    pki = _pki()
    reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
    check.licence_number = _licence_number(reader)
    signatures = reader.embedded_signatures
    if not signatures:
        check.error = "the PDF carries no signature"
        return check
    context = ValidationContext(
        trust_roots=list(pki.trust_roots),
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"},
        match_all_key_usages=False,
    )
    try:
        status = validate_pdf_signature(
            signatures[0], context, key_usage_settings=usage
        )
    except SignatureValidationError as exc:
        check.error = f"signature could not be validated: {exc}"
        return check
    cert = status.signing_cert
    check.signer_subject = cert.subject.human_friendly if cert is not None else ""
    check.signed_at = status.signer_reported_dt
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    check.intact = bool(status.intact and status.valid and whole_file)
    check.trusted = bool(check.intact and status.trusted)
    if not (status.intact and status.valid):
        check.error = "the document was changed after signing"
    elif not whole_file:
        check.error = "content was added to the document after signing"
    elif not status.trusted:
        check.error = "the signing certificate is not one of ours"
    return check
