"""Accounts: sign-in (django-allauth), password rules and rate limits, text
messages, MFA, and the OpenID Connect provider for other government systems."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .environment import BASE_DIR, PORTAL_BASE_URL

# --- auth -----------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "applications:my_portal"
ACCOUNT_ADAPTER = "identity.adapter.AccountAdapter"
# Sign in by email or mainland mobile number (identity.adapter); the number is
# optional at signup and, when given, verified by a code sent by text message.
ACCOUNT_LOGIN_METHODS = {"email", "phone"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "phone", "password1*", "password2*"]
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
# Six digits, as citizens know from every other text-message code.
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
# No account enumeration: sign-up, sign-in and password reset answer alike for
# registered and unknown addresses and numbers; the owner is told by e-mail or
# text message instead. This needs mandatory verification: with "optional" allauth
# can only refuse a registered address on the sign-up form ("already registered"),
# so the environment should never set ACCOUNT_EMAIL_VERIFICATION=optional.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = True
ACCOUNT_FORMS = {"signup": "identity.signup.SignupForm"}
# The page that asks for the code sent to a new number offers no "use another
# number" for a registered one (allauth cannot), so it offers it for none.
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_CHANGE = False
# Security notices (password changed or set, e-mail address changed, second
# factor added or removed) go to the account's address.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Account e-mail never talks to the mail server during a request: it goes to the
# outbox (notifications.mail), which sends it after commit with EMAIL_BACKEND and
# retries while the server is down.
IDENTITY_EMAIL_BACKEND = "notifications.mail.QueuedEmailBackend"
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_DEFAULT_HTTP_PROTOCOL = (
    "https" if PORTAL_BASE_URL.startswith("https") else "http"
)
# Rate limits (allauth keeps them in the cache; citizen_portal.cache keeps counting
# per process while Redis is down). "ip" is the client address, "key" the e-mail
# address or mobile number concerned, "user" the signed-in account. A refused
# request gets the 429 page (templates/429.html) or, for sign-in, the form again
# saying there were too many attempts.
ACCOUNT_RATE_LIMITS = {
    # Every sign-in attempt, and failed ones: per address (mainland carriers put
    # many people behind one address, so not too few) and per e-mail address or
    # number (identity.adapter); a success takes back its own count only.
    # Second-factor codes (TOTP, recovery codes) count as failed sign-ins too,
    # per account (allauth.mfa uses this rate with the key "mfa-auth-user-<id>").
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key,20/h/key",
    "signup": "20/m/ip,100/h/ip",
    # Asking for a password-reset e-mail, and using the link in it.
    "reset_password": "20/m/ip,5/m/key,10/h/key",
    "reset_password_from_key": "20/m/ip",
    # Verification e-mails: one per address every three minutes (the links stay
    # valid, so a refused resend costs nothing).
    "confirm_email": "1/3m/key",
    # Verification codes by text message cost money and can be abused to flood a
    # number: one per number every 30 seconds, at most 3 a minute per address.
    "verify_phone": "1/30s/key,3/m/ip",
    "change_phone": "1/m/user",
    # Signed-in account management, including asking for the password again.
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    # Sign-in by e-mailed code is off; limited should it be switched on.
    "request_login_code": "20/m/ip,3/m/key",
}
# Behind the TLS-terminating load balancer REMOTE_ADDR is the balancer's: every
# per-address limit would then count all citizens together. This is the number of
# proxies that append to X-Forwarded-For (1 for one balancer); the same proxies
# stand in front of the licence API, so its LICENCE_TRUSTED_PROXY_COUNT applies
# unless ALLAUTH_TRUSTED_PROXY_COUNT is given.
ALLAUTH_TRUSTED_PROXY_COUNT = int(
    os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT")
    or os.environ.get("LICENCE_TRUSTED_PROXY_COUNT")
    or "0"
)
SMS_BACKEND = os.environ.get("SMS_BACKEND", "identity.sms.ConsoleBackend")
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Passwordless security-key sign-in (not offered: MFA_SUPPORTED_TYPES); limited
# should it be. Second-factor codes are limited by ACCOUNT_RATE_LIMITS["login_failed"].
MFA_RATE_LIMITS = {"webauthn_login": "10/m/ip"}

# --- OpenID Connect provider ------------------------------------------------------
# Other government systems sign their users in through the portal (allauth's IdP,
# identity/oidc.py). ID tokens are signed with an RSA key given as PEM in
# IDP_OIDC_PRIVATE_KEY (required in production). A development or test checkout
# without one generates a key once into var/oidc-dev-key.pem (git-ignored), so that
# tokens and cached JWKS of clients stay valid across restarts.
OIDC_DEV_KEY_PATH = BASE_DIR / "var" / "oidc-dev-key.pem"


def oidc_dev_private_key(path: Path = OIDC_DEV_KEY_PATH) -> str:
    if path.exists():
        return path.read_text()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    pem = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: when two processes start at once, the first key written wins.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text()
    with os.fdopen(fd, "w") as handle:
        handle.write(pem)
    return pem


# dev.py and test.py fall back to oidc_dev_private_key(); production requires it.
IDP_OIDC_PRIVATE_KEY = os.environ.get("IDP_OIDC_PRIVATE_KEY", "").strip()
IDP_OIDC_ADAPTER = "identity.oidc.PortalOIDCAdapter"
# What relying parties may ask for is decided in identity/oidc_policy.py (exact
# redirect URIs, code with PKCE S256, single-use codes). Lifetimes are short, as
# the OAuth 2.0 Security BCP advises: a stolen code, token or ID token is of use
# for minutes only. The environment may shorten them, never lengthen them past
# these bounds.


def oidc_lifetime(name: str, default: int, maximum: int) -> int:
    """Seconds from the environment variable ``name``, 1 to ``maximum``."""
    raw = os.environ.get(name, str(default)).strip()
    try:
        seconds = int(raw)
    except ValueError:
        seconds = 0
    if not 0 < seconds <= maximum:
        raise ImproperlyConfigured(
            f"{name} must be a number of seconds from 1 to {maximum}, not {raw!r}."
        )
    return seconds


# An authorization code is exchanged by the client's server right after the
# redirect: a minute is plenty (RFC 6749 §4.1.2 recommends at most ten).
IDP_OIDC_AUTHORIZATION_CODE_EXPIRES_IN = oidc_lifetime(
    "IDP_OIDC_AUTHORIZATION_CODE_EXPIRES_IN", 60, 60
)
IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN = oidc_lifetime(
    "IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", 600, 600
)
IDP_OIDC_ID_TOKEN_EXPIRES_IN = oidc_lifetime("IDP_OIDC_ID_TOKEN_EXPIRES_IN", 300, 600)
# A refresh token (only for clients configured for the refresh_token grant) lasts
# a working day and is replaced at every use; the one used stops working.
IDP_OIDC_REFRESH_TOKEN_EXPIRES_IN = oidc_lifetime(
    "IDP_OIDC_REFRESH_TOKEN_EXPIRES_IN", 8 * 3600, 8 * 3600
)
IDP_OIDC_ROTATE_REFRESH_TOKEN = True

# --- staff: one sign-in, the second factor, short sessions ----------------------
# Every login page sends to allauth's (identity.sign_in), where staff pass their
# second factor; every staff page asks for it in this sign-in (identity.permissions,
# identity.mfa). Staff sessions end after 30 minutes idle and 8 hours in all, and
# signing out ends them on every device (identity.staff_sessions).
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False
STAFF_SESSION_IDLE_TIMEOUT = int(os.environ.get("STAFF_SESSION_IDLE_TIMEOUT", "1800"))
STAFF_SESSION_MAX_AGE = int(os.environ.get("STAFF_SESSION_MAX_AGE", "28800"))
