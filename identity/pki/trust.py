"""Trust in a personal certificate: chain, usage, validity and revocation.

Flow of ``validate_certificate(certificate, others=...)``:

1. the certificate is an end-entity one (not a CA) within its validity period;
2. the trust anchors come from ``settings.IDENTITY_CERTIFICATE_TRUST_ANCHORS``
   (each entry a PEM file path or PEM text, possibly several certificates); none
   readable means binding is not available (``not_configured``);
3. the CRLs come from ``settings.IDENTITY_CERTIFICATE_CRLS`` (file paths, PEM
   text, or http(s) URLs fetched now with a timeout and a size limit); a source
   that cannot be read is logged and skipped;
4. pyHanko's certvalidator builds a path from the certificate to an anchor,
   through the ``others`` (certificates carried by the signature or the uploaded
   file, never trusted by themselves), checks every signature, validity period
   and CA constraint on it, and requires revocation information for every
   certificate of the path below the anchor (mode ``require``, no fetching of
   its own): revoked is refused, and so is a path whose revocation status
   cannot be established (no CRL of the issuer, a CRL past its nextUpdate, a CRL
   whose signature does not verify);
5. the certificate's key usage must include digital signature.

Failing closed on revocation is deliberate: level 3 lets a person act with the
strongest assurance the portal grants, so a certificate whose status cannot be
checked right now is not bound; the person is asked to try again later and
nothing is stored.
"""

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit

import requests
from asn1crypto import crl, pem
from cryptography import x509
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    ExpiredError,
    InsufficientRevinfoError,
    InvalidCertificateError,
    NotYetValidError,
    PathBuildingError,
    RevokedError,
    ValidationError,
)
from pyhanko_certvalidator.validate import validate_usage

from .errors import CertificateRefused
from .parsing import ASN1_ERRORS
from .possession import as_asn1

logger = logging.getLogger("identity.pki")

REQUIRED_KEY_USAGE = frozenset({"digital_signature"})


def _not_configured() -> CertificateRefused:
    return CertificateRefused(
        _(
            "Binding a digital certificate is not available at the moment (no "
            "trusted certification authority is configured). Your identity can "
            "be checked in person at a service counter instead."
        ),
        code="not_configured",
    )


def trust_configured() -> bool:
    return bool(getattr(settings, "IDENTITY_CERTIFICATE_TRUST_ANCHORS", None))


def ensure_configured() -> None:
    if not trust_configured():
        raise _not_configured()


def _entry_bytes(entry: str) -> bytes:
    if "-----BEGIN" in entry:
        return entry.encode("ascii")
    return Path(entry).read_bytes()


def trust_anchors() -> list[x509.Certificate]:
    entries = getattr(settings, "IDENTITY_CERTIFICATE_TRUST_ANCHORS", None) or []
    anchors: list[x509.Certificate] = []
    for index, entry in enumerate(entries):
        try:
            anchors.extend(x509.load_pem_x509_certificates(_entry_bytes(entry)))
        except (OSError, ValueError, UnicodeError) as error:
            logger.error(
                "trust anchor %d of IDENTITY_CERTIFICATE_TRUST_ANCHORS cannot be "
                "read as PEM (%s)",
                index,
                type(error).__name__,
            )
    if not anchors:
        raise _not_configured()
    return anchors


def _fetch(url: str) -> bytes:
    limit = settings.IDENTITY_CERTIFICATE_CRL_MAX_BYTES
    with requests.get(
        url, timeout=settings.IDENTITY_CERTIFICATE_CRL_TIMEOUT, stream=True
    ) as response:
        response.raise_for_status()
        body = bytearray()
        for chunk in response.iter_content(64 * 1024):
            body.extend(chunk)
            if len(body) > limit:
                raise ValueError("CRL larger than IDENTITY_CERTIFICATE_CRL_MAX_BYTES")
    return bytes(body)


def _parse_crls(data: bytes) -> list[crl.CertificateList]:
    if pem.detect(data):
        ders = [der for _label, _headers, der in pem.unarmor(data, multiple=True)]
    else:
        ders = [data]
    lists = []
    for der in ders:
        certificate_list = crl.CertificateList.load(der, strict=True)
        # Read the header now: garbage fails here, not inside the validator.
        certificate_list["tbs_cert_list"]["issuer"].native  # noqa: B018
        certificate_list["tbs_cert_list"]["next_update"].native  # noqa: B018
        lists.append(certificate_list)
    return lists


def _describe(index: int, entry: str) -> str:
    if entry.startswith(("http://", "https://")):
        parts = urlsplit(entry)
        return f"{parts.scheme}://{parts.hostname}{parts.path}"
    if "-----BEGIN" in entry:
        return f"inline CRL {index}"
    return entry


def revocation_lists() -> list[crl.CertificateList]:
    lists: list[crl.CertificateList] = []
    for index, entry in enumerate(getattr(settings, "IDENTITY_CERTIFICATE_CRLS", [])):
        try:
            if entry.startswith(("http://", "https://")):
                data = _fetch(entry)
            else:
                data = _entry_bytes(entry)
            lists.extend(_parse_crls(data))
        except (
            OSError,
            requests.RequestException,
            UnicodeError,
            *ASN1_ERRORS,
        ) as error:
            logger.warning(
                "CRL %s cannot be obtained (%s)",
                _describe(index, entry),
                type(error).__name__,
            )
    return lists


def _untrusted() -> CertificateRefused:
    return CertificateRefused(
        _("This certificate was not issued by a recognised certification authority."),
        code="untrusted",
    )


def _check_end_entity(certificate: x509.Certificate) -> None:
    try:
        constraints = certificate.extensions.get_extension_for_class(
            x509.BasicConstraints
        ).value
    except x509.ExtensionNotFound:
        return
    except ValueError:
        raise _untrusted() from None
    if constraints.ca:
        raise CertificateRefused(
            _("This is a certification authority's certificate, not a personal one."),
            code="not_personal",
        )


def _check_period(certificate: x509.Certificate) -> None:
    now = timezone.now()
    if certificate.not_valid_before_utc > now:
        raise CertificateRefused(
            _("This certificate is not valid yet."), code="not_yet_valid"
        )
    if certificate.not_valid_after_utc <= now:
        raise CertificateRefused(_("This certificate has expired."), code="expired")


def _revocation_unavailable() -> CertificateRefused:
    return CertificateRefused(
        _(
            "Whether this certificate has been revoked cannot be checked right "
            "now (the certificate revocation list cannot be obtained), so it was "
            "not bound. Please try again later."
        ),
        code="revocation_unavailable",
    )


async def _validate_path(validator: CertificateValidator) -> None:
    await validator.async_validate_path()


def validate_certificate(
    certificate: x509.Certificate, *, others: list[x509.Certificate]
) -> None:
    """Raise ``CertificateRefused`` unless the certificate is trusted for
    signatures now (see the module docstring)."""
    _check_end_entity(certificate)
    _check_period(certificate)
    anchors = trust_anchors()
    context = ValidationContext(
        trust_roots=[as_asn1(anchor) for anchor in anchors],
        other_certs=[as_asn1(other) for other in others],
        crls=revocation_lists(),
        revocation_mode="require",
        allow_fetching=False,
    )
    asn1_certificate = as_asn1(certificate)
    validator = CertificateValidator(asn1_certificate, validation_context=context)
    try:
        asyncio.run(_validate_path(validator))
    except RevokedError:
        raise CertificateRefused(
            _("This certificate has been revoked by its certification authority."),
            code="revoked",
        ) from None
    except InsufficientRevinfoError:
        raise _revocation_unavailable() from None
    except (ExpiredError, NotYetValidError):
        raise CertificateRefused(
            _(
                "A certificate of this certificate's issuing chain is outside its "
                "validity period."
            ),
            code="chain_expired",
        ) from None
    except (PathBuildingError, ValidationError, *ASN1_ERRORS):
        raise _untrusted() from None
    try:
        validate_usage(asn1_certificate, set(REQUIRED_KEY_USAGE), set(), True)
    except InvalidCertificateError:
        raise CertificateRefused(
            _(
                "This certificate is not meant for digital signatures (its key "
                "usage lacks digital signature): choose your signing certificate."
            ),
            code="key_usage",
        ) from None
