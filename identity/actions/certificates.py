"""Binding a digital certificate (数字证书) to a person, with proof of possession.

A certificate is a public document: anyone can hold a copy. So it is bound only
together with a signature, made with its private key, over a one-time challenge
from the portal. Two steps, in the person's signed-in session:

1. ``identity_certificate_challenge_issue(user=..., session_key=...)`` stores a
   challenge ``CP-CERT-BIND/1 <portal host> <issued, UTC> <random nonce>`` (ASCII,
   no line break) for this account and a keyed hash of this session's key, valid
   for ``IDENTITY_CERTIFICATE_CHALLENGE_SECONDS``; older expired ones are deleted.
   The page shows the session's live challenge
   (``identity.selectors.certificate_challenge_live``) or issues one.
2. ``identity_link_certificate(user=..., session_key=..., nonce=...,
   certificate=..., signature=...)``:

   a. refuse when no trust anchor is configured or the account has no verified
      resident ID;
   b. read the certificate and the CMS/PKCS#7 signature (``identity.pki.parsing``);
      unreadable input is refused without using the challenge up, so the person
      can correct the file;
   c. use the challenge up: one conditional UPDATE (unused, unexpired, this
      account and session) lets exactly one verification through, also under
      concurrent requests; an unknown challenge, another account's or another
      session's, an expired and a used one are refused. The UPDATE must commit
      even when a later check refuses: do not call this inside a transaction
      that a refusal rolls back;
   d. proof of possession (``identity.pki.possession``);
   e. the certificate's subject carries the linked resident ID: by the common
      convention of Chinese personal certificates in ``serialNumber`` (OID
      2.5.4.5), possibly prefixed (``SF``...), or else inside the ``CN``;
   f. trust: validity, chain to an anchor, key usage, revocation required
      (``identity.pki.trust``);
   g. store the SHA-256 fingerprint as a protected identifier (never the
      certificate, whose subject holds the ID number in clear) with method
      ``certificate`` and the certificate's expiry: the account reaches
      assurance level 3.

Refusals raise ``LinkError`` with the code of the check that failed; they are
logged with the code only.
"""

import logging
import re
import secrets
from datetime import UTC, timedelta
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import CertificateChallenge, IdentityLink, Person
from ..models.certificates import session_digest
from ..pki import CertificateRefused
from ..pki.parsing import carried_certificates, read_certificate, read_signature
from ..pki.possession import verify_possession
from ..pki.trust import ensure_configured, validate_certificate
from .errors import LinkError

logger = logging.getLogger("identity.links")

CHALLENGE_PREFIX = "CP-CERT-BIND/1"
# Expired challenges are kept this long (so that a late attempt is told "expired"
# rather than "unknown"), then deleted when the next challenge is issued.
CHALLENGE_RETENTION = timedelta(days=1)
_ID_IN_TEXT = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9A-Z])")


def _portal_host() -> str:
    host = urlsplit(settings.PORTAL_BASE_URL).hostname or "portal"
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return "portal"


def identity_certificate_challenge_issue(
    *, user, session_key: str
) -> CertificateChallenge:
    """A new one-time challenge for this account and session."""
    now = timezone.now()
    CertificateChallenge.objects.filter(
        expires_at__lt=now - CHALLENGE_RETENTION
    ).delete()
    nonce = secrets.token_urlsafe(32)
    challenge = CertificateChallenge.objects.create(
        user=user,
        session_hash=session_digest(session_key),
        nonce=nonce,
        text=(
            f"{CHALLENGE_PREFIX} {_portal_host()} "
            f"{now.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ} {nonce}"
        ),
        created_at=now,
        expires_at=now
        + timedelta(seconds=settings.IDENTITY_CERTIFICATE_CHALLENGE_SECONDS),
    )
    logger.info("certificate challenge issued: user %s", user.pk)
    return challenge


def _use_challenge(*, user, session_key: str, nonce: str) -> CertificateChallenge:
    now = timezone.now()
    own = CertificateChallenge.objects.of_session(user, session_key).filter(
        nonce=str(nonce)[:64]
    )
    if own.filter(used_at__isnull=True, expires_at__gt=now).update(used_at=now):
        return own.get()
    challenge = own.first()
    if challenge is None:
        raise LinkError(
            _(
                "This challenge is unknown or was not issued to this session. "
                "Sign the challenge shown on this page."
            ),
            code="challenge_unknown",
        )
    if challenge.used_at is not None:
        raise LinkError(
            _(
                "This challenge has already been used. Sign the new challenge "
                "shown on this page."
            ),
            code="challenge_used",
        )
    raise LinkError(
        _(
            "This challenge has expired. Sign the new challenge shown on this "
            "page within %(minutes)d minutes."
        )
        % {"minutes": max(1, settings.IDENTITY_CERTIFICATE_CHALLENGE_SECONDS // 60)},
        code="challenge_expired",
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


def _verified_resident_link(user) -> tuple[Person, IdentityLink]:
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
    return person, resident


def _bind(*, user, person: Person, certificate: x509.Certificate) -> IdentityLink:
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex().upper()
    existing = (
        IdentityLink.objects.active()
        .by_identifier(IdentityLink.Kind.DIGITAL_CERTIFICATE, fingerprint)
        .first()
    )
    already_linked = LinkError(
        _("This certificate is already bound to another account."),
        code="already_linked",
    )
    if existing is not None:
        if existing.person_id == person.pk:
            return existing
        raise already_linked
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
        raise already_linked from None
    logger.info(
        "certificate bound: user %s, person %s, link %s", user.pk, person.pk, link.pk
    )
    return link


def identity_link_certificate(
    *, user, session_key: str, nonce: str, certificate: bytes, signature: bytes
) -> IdentityLink:
    """Bind the certificate whose key signed the session's challenge ``nonce``;
    raises ``LinkError`` (see the module docstring)."""
    try:
        ensure_configured()
        person, resident = _verified_resident_link(user)
        personal, chain = read_certificate(certificate)
        signed_data = read_signature(signature)
        challenge = _use_challenge(user=user, session_key=session_key, nonce=nonce)
        verify_possession(
            signed_data=signed_data, certificate=personal, content=challenge.content
        )
        if resident.reveal_identifier() not in _subject_ids(personal):
            raise LinkError(
                _(
                    "The certificate's subject does not carry your linked ID number "
                    "(expected in serialNumber or the common name)."
                ),
                code="subject_mismatch",
            )
        validate_certificate(personal, others=chain + carried_certificates(signed_data))
    except CertificateRefused as refusal:
        logger.info("certificate binding refused: user %s, %s", user.pk, refusal.code)
        raise LinkError(refusal.message, code=refusal.code) from None
    except LinkError as refusal:
        logger.info("certificate binding refused: user %s, %s", user.pk, refusal.code)
        raise
    return _bind(user=user, person=person, certificate=personal)
