"""Protection of sensitive identifiers (resident ID, card numbers, credit codes).

It lives in `sharing`, the bottom layer, because the exchange masks and hashes the
same identifiers; `identity` and `licences` import it from here.

A value is stored twice, neither time in plain text: encrypted with Fernet
(AES-128-CBC + HMAC) so that its owner can see it again, and as a keyed hash
(HMAC-SHA256) so that it can be looked up by equality without decrypting every row.
For display it is masked (``350102********1234``). The keys come from settings and
default to values derived from SECRET_KEY, so a development checkout works without
configuration while production must set them (see settings/production.py).
"""

import base64
import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


def _derive(label: str) -> bytes:
    return hashlib.sha256(f"{label}:{settings.SECRET_KEY}".encode()).digest()


@cache
def _fernet(key: str, secret_key: str) -> Fernet:
    if key:
        return Fernet(key.encode())
    return Fernet(base64.urlsafe_b64encode(_derive("identity-encryption")))


@cache
def _hash_key(key: str, secret_key: str) -> bytes:
    return key.encode() if key else _derive("identity-hash")


def encrypt(value: str) -> str:
    fernet = _fernet(settings.IDENTITY_ENCRYPTION_KEY, settings.SECRET_KEY)
    return fernet.encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    fernet = _fernet(settings.IDENTITY_ENCRYPTION_KEY, settings.SECRET_KEY)
    try:
        return fernet.decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError(
            "stored identifier cannot be decrypted with the current key"
        ) from exc


def keyed_hash(value: str) -> str:
    key = _hash_key(settings.IDENTITY_HASH_KEY, settings.SECRET_KEY)
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def mask(value: str, *, keep_start: int = 6, keep_end: int = 4) -> str:
    """Mask the middle of an identifier: ``350102********1234``."""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return (
        value[:keep_start]
        + "*" * (len(value) - keep_start - keep_end)
        + value[-keep_end:]
    )


def mask_name(name: str) -> str:
    """Mask a personal name after its first character: ``张*``, ``欧阳**``."""
    if not name:
        return ""
    return name[0] + "*" * (len(name) - 1) if len(name) > 1 else name
