"""One-time challenges for binding a digital certificate (proof of possession).

A ``CertificateChallenge`` is issued to one signed-in account in one session: a
random nonce inside a short ASCII text that the person signs with the private key
of their certificate (a CMS/PKCS#7 signature). It is stored here, server side, and
expires after ``IDENTITY_CERTIFICATE_CHALLENGE_SECONDS``; ``used_at`` is set by the
one verification it allows (``identity.actions.certificates``). The session is kept
only as a keyed hash: the session key is a credential.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

_SESSION_SALT = "identity.certificate-challenge.session"


def session_digest(session_key: str) -> str:
    return salted_hmac(_SESSION_SALT, session_key, algorithm="sha256").hexdigest()


class CertificateChallengeQuerySet(models.QuerySet):
    def of_session(self, user, session_key: str) -> "CertificateChallengeQuerySet":
        return self.filter(user=user, session_hash=session_digest(session_key))

    def live(self) -> "CertificateChallengeQuerySet":
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class CertificateChallenge(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("user"),
    )
    session_hash = models.CharField(max_length=64, editable=False)
    nonce = models.CharField(max_length=64, unique=True, editable=False)
    # The exact bytes to be signed (ASCII), kept rather than rebuilt so that a
    # later change of format cannot invalidate challenges already handed out.
    text = models.CharField(max_length=255, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(db_index=True, editable=False)
    used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CertificateChallengeQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate challenge")
        verbose_name_plural = _("certificate challenges")
        indexes = [models.Index(fields=["user", "session_hash"])]

    def __str__(self) -> str:
        return f"certificate challenge {self.pk}"

    @property
    def content(self) -> bytes:
        return self.text.encode("ascii")
