"""Reading the two uploads of a certificate binding: the certificate and the
CMS/PKCS#7 signature over the challenge.

Both are accepted as PEM, as DER, or as the bare base64 text of the DER (what
certificate client software often offers to copy). A certificate file may carry
further certificates after the personal one (its chain); they help build the path
but are never trusted by themselves. A file holding a private key is refused
with a warning rather than read. asn1crypto parses lazily, so the signature is
parsed in full here, where a malformed one can still be refused with a message.
"""

import base64
import binascii

from asn1crypto import cms, pem
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from django.utils.translation import gettext as _

from .errors import CertificateRefused

MAX_CERTIFICATE_BYTES = 16 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024

# What asn1crypto raises on malformed input, lazily, from wherever it is read.
ASN1_ERRORS = (ValueError, TypeError, KeyError, IndexError, OverflowError)


def _refuse_private_key(data: bytes, *, code: str) -> None:
    if b"PRIVATE KEY-----" in data:
        raise CertificateRefused(
            _(
                "This file contains a private key. Never upload or show your "
                "private key to anyone; upload the certificate and the signature "
                "only."
            ),
            code=code,
        )


def _bare_base64(data: bytes) -> bytes | None:
    try:
        decoded = base64.b64decode(b"".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded or None


def _is_der(data: bytes) -> bool:
    # Both a certificate and a ContentInfo are a DER SEQUENCE.
    return data[:1] == b"\x30"


def read_certificate(data: bytes) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The personal certificate and any certificates following it in the file."""
    if not data:
        raise CertificateRefused(_("Choose a certificate file."), code="empty")
    if len(data) > MAX_CERTIFICATE_BYTES:
        raise CertificateRefused(
            _("The certificate file is too large (at most 16 KB)."), code="too_large"
        )
    _refuse_private_key(data, code="private_key")
    try:
        if b"-----BEGIN" in data:
            certificates = x509.load_pem_x509_certificates(data)
        else:
            der = data if _is_der(data) else _bare_base64(data)
            if der is None:
                raise ValueError("neither DER nor base64")
            certificates = [x509.load_der_x509_certificate(der)]
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise CertificateRefused(
            _(
                "This file is not a readable X.509 certificate (PEM, DER or "
                "base64: .pem, .cer, .crt or .der)."
            ),
            code="malformed",
        ) from None
    return certificates[0], certificates[1:]


def _signature_der(data: bytes) -> bytes:
    stripped = data.strip()
    if stripped.startswith(b"-----BEGIN"):
        _label, _headers, der = pem.unarmor(stripped)
        return der
    if _is_der(data):
        return data
    der = _bare_base64(data)
    if der is None or not _is_der(der):
        raise ValueError("neither PEM, DER nor base64 of DER")
    return der


def read_signature(data: bytes) -> cms.SignedData:
    """The SignedData of a CMS/PKCS#7 signature, parsed in full."""
    if not data or not data.strip():
        raise CertificateRefused(
            _("Upload or paste the signature over the challenge."),
            code="no_signature",
        )
    if len(data) > MAX_SIGNATURE_BYTES:
        raise CertificateRefused(
            _("The signature is too large (at most 64 KB)."),
            code="signature_too_large",
        )
    _refuse_private_key(data, code="signature_private_key")
    malformed = CertificateRefused(
        _(
            "This is not a readable CMS/PKCS#7 signature. Save the signature as "
            "PEM, DER or base64 (for example a .p7s file; with OpenSSL use "
            "-outform PEM), not as S/MIME."
        ),
        code="malformed_signature",
    )
    try:
        info = cms.ContentInfo.load(_signature_der(data), strict=True)
        content_type = info["content_type"].native
        if content_type != "signed_data":
            raise malformed
        signed_data = info["content"]
        signed_data.native  # noqa: B018 - parse every field now
    except ASN1_ERRORS:
        raise malformed from None
    if len(signed_data["signer_infos"]) == 0:
        raise malformed
    return signed_data


def carried_certificates(signed_data: cms.SignedData) -> list[x509.Certificate]:
    """The certificates a signature carries (its signer's chain, usually);
    unreadable ones are left out."""
    carried = []
    for choice in signed_data["certificates"] or []:
        if choice.name != "certificate":
            continue
        try:
            carried.append(x509.load_der_x509_certificate(choice.chosen.dump()))
        except (ValueError, TypeError, UnsupportedAlgorithm):
            continue
    return carried
