"""Binding a digital certificate (数字证书) to a person.

Flow of ``identity_link_certificate(user=..., pem_or_der_bytes=...)``:

1. refuse uploads over 16 KB, then parse PEM or DER with ``cryptography``;
   anything unparsable is refused with a message, never an exception;
2. refuse a certificate outside its validity period;
3. when ``settings.IDENTITY_CERTIFICATE_CA_BUNDLE`` names a PEM file of trusted CA
   certificates, require the certificate to be signed directly by one of them
   (a CA that is itself within its validity period); without the setting any
   well-formed certificate is accepted (development and tests only: production
   should configure the CAs licensed under the Electronic Signature Law);
4. require the subject to carry the account's linked resident ID: by the common
   convention of Chinese personal certificates in ``serialNumber`` (OID 2.5.4.5),
   possibly prefixed (``SF``...), or else inside the ``CN``;
5. store the SHA-256 fingerprint as a protected identifier (never the certificate,
   whose subject holds the ID number in clear) with method ``certificate`` and the
   certificate's expiry: the account reaches assurance level 3.
"""

import logging
import re
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import IdentityLink, Person
from .errors import LinkError

logger = logging.getLogger("identity.links")

MAX_CERTIFICATE_BYTES = 16 * 1024
_ID_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9A-Z])")


def parse_certificate(data: bytes) -> x509.Certificate:
    if not data:
        raise LinkError(_("Choose a certificate file."), code="empty")
    if len(data) > MAX_CERTIFICATE_BYTES:
        raise LinkError(
            _("The certificate file is too large (at most 16 KB)."), code="too_large"
        )
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise LinkError(
            _("This file is not a readable X.509 certificate (.pem, .cer or .crt)."),
            code="malformed",
        ) from None


def _check_validity(certificate: x509.Certificate) -> None:
    now = timezone.now()
    if certificate.not_valid_before_utc > now:
        raise LinkError(_("This certificate is not valid yet."), code="not_yet_valid")
    if certificate.not_valid_after_utc <= now:
        raise LinkError(_("This certificate has expired."), code="expired")


def _trusted_cas() -> list[x509.Certificate] | None:
    path = getattr(settings, "IDENTITY_CERTIFICATE_CA_BUNDLE", "") or ""
    if not path:
        return None
    try:
        return x509.load_pem_x509_certificates(Path(path).read_bytes())
    except (OSError, ValueError):
        logger.error("IDENTITY_CERTIFICATE_CA_BUNDLE cannot be read as PEM")
        return []


def _check_issuer(certificate: x509.Certificate) -> None:
    cas = _trusted_cas()
    if cas is None:
        return
    now = timezone.now()
    for ca in cas:
        if not ca.not_valid_before_utc <= now < ca.not_valid_after_utc:
            continue
        try:
            certificate.verify_directly_issued_by(ca)
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            continue
        return
    raise LinkError(
        _("This certificate was not issued by a recognised certification authority."),
        code="untrusted",
    )


def _subject_ids(certificate: x509.Certificate) -> set[str]:
    found: set[str] = set()
    try:
        subject = certificate.subject
        attributes = [
            *subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER),
            *subject.get_attributes_for_oid(NameOID.COMMON_NAME),
        ]
    except ValueError:
        return found
    for attribute in attributes:
        value = attribute.value
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        found.update(_ID_IN_TEXT.findall("".join(str(value).split()).upper()))
    return found


def identity_link_certificate(*, user, pem_or_der_bytes: bytes) -> IdentityLink:
    """Bind a certificate carrying the linked resident ID; raises ``LinkError``."""
    certificate = parse_certificate(pem_or_der_bytes)
    person = Person.objects.filter(user=user).first()
    resident = (
        person.identity_links.active()
        .filter(kind=IdentityLink.Kind.RESIDENT_ID)
        .exclude(method=IdentityLink.Method.SELF_ASSERTED)
        .first()
        if person is not None
        else None
    )
    if resident is None:
        raise LinkError(
            _("Link and verify your resident ID number before adding a certificate."),
            code="no_resident_id",
        )
    _check_validity(certificate)
    _check_issuer(certificate)
    if resident.reveal_identifier() not in _subject_ids(certificate):
        raise LinkError(
            _(
                "The certificate's subject does not carry your linked ID number "
                "(expected in serialNumber or the common name)."
            ),
            code="subject_mismatch",
        )
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex().upper()
    existing = (
        IdentityLink.objects.active()
        .by_identifier(IdentityLink.Kind.DIGITAL_CERTIFICATE, fingerprint)
        .first()
    )
    if existing is not None:
        if existing.person_id == person.pk:
            return existing
        raise LinkError(
            _("This certificate is already bound to another account."),
            code="already_linked",
        )
    link = IdentityLink(
        person=person,
        kind=IdentityLink.Kind.DIGITAL_CERTIFICATE,
        method=IdentityLink.Method.CERTIFICATE,
        valid_until=certificate.not_valid_after_utc,
    )
    link.set_identifier(
        fingerprint, masked=f"SHA-256 {fingerprint[:8]}…{fingerprint[-8:]}"
    )
    try:
        with transaction.atomic():
            link.save()
    except IntegrityError:
        raise LinkError(
            _("This certificate is already bound to another account."),
            code="already_linked",
        ) from None
    logger.info(
        "certificate bound: user %s, person %s, link %s", user.pk, person.pk, link.pk
    )
    return link
