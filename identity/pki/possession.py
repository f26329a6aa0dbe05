"""Proof of possession: the CMS/PKCS#7 signature was made with the private key of
the uploaded certificate, over exactly the challenge bytes.

Flow of ``verify_possession(signed_data=..., certificate=..., content=...)``:

1. the certificate's key is RSA (2048 bits or more) or EC on P-256, P-384 or
   P-521 (SM2 certificates are not supported by the underlying libraries);
2. the signer is the certificate: a ``SignerInfo`` whose identifier (issuer and
   serial number, or subject key identifier) names it; a signature by any other
   certificate is refused whatever the certificates it carries;
3. the signed content is plain data; when the signature is attached (opaque,
   ``-nodetach``) its content must be the challenge byte for byte, otherwise it
   is detached and the challenge is supplied here;
4. digest SHA-224/256/384/512 and a signature algorithm of the key's family
   (RSA PKCS#1 v1.5 or PSS, ECDSA);
5. pyHanko's ``validate_sig_integrity`` checks the signed attributes (content
   type, message digest equal to the challenge's digest, signing-certificate
   attribute when present) and the signature with the certificate's public key.
   A signature that does not verify means another key; one that verifies over a
   different digest means the key holder signed other content (say, the
   challenge with a line break added).

It says nothing about trust in the certificate (see ``trust``).
"""

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.utils.translation import gettext as _
from pyhanko.sign.general import match_issuer_serial
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.generic_cms import validate_sig_integrity

from .errors import CertificateRefused
from .parsing import ASN1_ERRORS

DIGESTS = {
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
CURVES = (ec.SECP256R1, ec.SECP384R1, ec.SECP521R1)
MIN_RSA_BITS = 2048
_FAMILIES = {"rsassa_pkcs1v15": "rsa", "rsassa_pss": "rsa", "ecdsa": "ec"}


def as_asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(
        certificate.public_bytes(serialization.Encoding.DER)
    )


def _unsupported() -> CertificateRefused:
    return CertificateRefused(
        _(
            "This certificate's key or signature algorithm is not supported: use "
            "an RSA (2048 bits or more) or ECDSA (P-256, P-384, P-521) certificate "
            "and SHA-256 or stronger. SM2 certificates cannot be bound yet."
        ),
        code="unsupported_algorithm",
    )


def key_family(certificate: x509.Certificate) -> str:
    """``"rsa"`` or ``"ec"``; refuses keys too weak or of other kinds."""
    try:
        key = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm):
        raise _unsupported() from None
    if isinstance(key, rsa.RSAPublicKey) and key.key_size >= MIN_RSA_BITS:
        return "rsa"
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, CURVES):
        return "ec"
    raise _unsupported()


def _names_certificate(
    signer_info: cms.SignerInfo, certificate: asn1_x509.Certificate
) -> bool:
    sid = signer_info["sid"]
    if sid.name == "issuer_and_serial_number":
        return match_issuer_serial(sid.chosen, certificate)
    if sid.name == "subject_key_identifier":
        return (
            certificate.key_identifier is not None
            and sid.chosen.native == certificate.key_identifier
        )
    return False


def _signer_info(
    signed_data: cms.SignedData, certificate: asn1_x509.Certificate
) -> cms.SignerInfo:
    for signer_info in signed_data["signer_infos"]:
        if _names_certificate(signer_info, certificate):
            return signer_info
    raise CertificateRefused(
        _(
            "The signature was not made with the uploaded certificate. Sign the "
            "challenge with the private key of this certificate."
        ),
        code="signer_mismatch",
    )


def _content_mismatch() -> CertificateRefused:
    return CertificateRefused(
        _(
            "The signature is not over this challenge. Sign the downloaded "
            "challenge file exactly as it is (no added line break), with the "
            "challenge shown on this page."
        ),
        code="content_mismatch",
    )


def _bad_signature() -> CertificateRefused:
    return CertificateRefused(
        _(
            "The signature does not verify with this certificate's public key: it "
            "was not made with this certificate's private key."
        ),
        code="bad_signature",
    )


def _check_content(signed_data: cms.SignedData, content: bytes) -> None:
    encapsulated = signed_data["encap_content_info"]
    if encapsulated["content_type"].native != "data":
        raise _content_mismatch()
    attached = encapsulated["content"].native
    if attached is not None and attached != content:
        raise _content_mismatch()


def _digest(signer_info: cms.SignerInfo, family: str, content: bytes) -> bytes:
    try:
        digest_name = signer_info["digest_algorithm"]["algorithm"].native
        signature_algo = signer_info["signature_algorithm"].signature_algo
    except ASN1_ERRORS:
        raise _unsupported() from None
    if digest_name not in DIGESTS or _FAMILIES.get(signature_algo) != family:
        raise _unsupported()
    digest = hashes.Hash(DIGESTS[digest_name]())
    digest.update(content)
    return digest.finalize()


def verify_possession(
    *, signed_data: cms.SignedData, certificate: x509.Certificate, content: bytes
) -> None:
    """Raise ``CertificateRefused`` unless ``signed_data`` is the certificate's
    signature over ``content``."""
    family = key_family(certificate)
    asn1_certificate = as_asn1(certificate)
    signer_info = _signer_info(signed_data, asn1_certificate)
    _check_content(signed_data, content)
    digest = _digest(signer_info, family, content)
    try:
        intact, valid = validate_sig_integrity(
            signer_info, asn1_certificate, "data", digest
        )
    except (
        SignatureValidationError,
        InvalidSignature,
        UnsupportedAlgorithm,
        NotImplementedError,
        AssertionError,
        *ASN1_ERRORS,
    ):
        raise _bad_signature() from None
    if not valid:
        raise _bad_signature()
    if not intact:
        raise _content_mismatch()
