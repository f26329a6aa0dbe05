"""Settings shared by every environment.

Every value that differs between machines comes from an environment variable with a
safe development default; ``production.py`` removes the defaults for secrets.
"""

import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


SECRET_KEY = os.environ.get(
    "SECRET_KEY",
    "dev-only-insecure-key-change-me-0123456789-abcdefghijklmnopqrstuvwxyz",
)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Where the portal is reachable from outside; used in QR codes and e-mails.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # our apps, in layering order (see ARCHITECTURE.md section 2)
    "sharing",
    "identity",
    "notifications",
    "licences",
    "eforms",
    "services",
    "opendata",
    "cms",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.idp.oidc",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous visitors' public pages from the cache (cms.pagecache).
    "cms.pagecache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "identity.mfa.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that its 413 page has the session, language and user; it still
    # acts before any view or CSRF check parses the body.
    "services.views.materials.UploadSizeLimitMiddleware",
]

ROOT_URLCONF = "citizen_portal.urls"
WSGI_APPLICATION = "citizen_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "citizen_portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "services.context_processors.portal",
                "identity.acting.acting_context",
                "cms.context_processors.website",
                "notifications.context_processors.unread",
            ],
        },
    },
]

# --- database -------------------------------------------------------------------
# DATABASE_URL selects PostgreSQL (postgres://user@host:5432/name); without it the
# embedded default is a SQLite file under var/.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "identity.User"

# --- Redis: cache and Celery broker ---------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "citizen_portal.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cp",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
# Without a broker the embedded default runs tasks in-process, synchronously.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = os.environ.get(
    "CELERY_TASK_DEFAULT_QUEUE", "citizen-portal"
)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Fail fast when the broker is down instead of blocking the request for minutes.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
}
CELERY_TIMEZONE = "Asia/Shanghai"
CELERY_BEAT_SCHEDULE = {
    # Licences past their last day become expired (and their holders are told).
    "licences-expire-due": {
        "task": "licences.lifecycle_tasks.licence_expire_due_task",
        "schedule": 60 * 60,
    },
    # One-time notices past their deadline without a supplement become lapsed.
    "services-notice-lapse-due": {
        "task": "services.tasks.notice_lapse_due_task",
        "schedule": 60 * 60,
    },
    # Open datasets, regenerated before the working day (no release if unchanged).
    "opendata-generate-all": {
        "task": "opendata.tasks.opendata_generate_all",
        "schedule": crontab(hour=2, minute=30),
    },
    # Website pages scheduled to go live (or expire) in the past minute.
    "cms-publish-scheduled-pages": {
        "task": "cms.tasks.publish_scheduled_pages",
        "schedule": 60,
    },
    # Notifications whose delivery could not be queued (broker down) or failed.
    "notifications-deliver-pending": {
        "task": "notifications.tasks.deliver_pending",
        "schedule": 60,
    },
}

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
LOGIN_REDIRECT_URL = "services:my_portal"
ACCOUNT_ADAPTER = "identity.adapter.AccountAdapter"
# Sign in by email or mainland mobile number (identity.adapter); the number is
# optional at signup and, when given, verified by a code sent by text message.
ACCOUNT_LOGIN_METHODS = {"email", "phone"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "phone", "password1*", "password2*"]
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_PHONE_VERIFICATION_SUPPORTS_RESEND = True
# Six digits, as citizens know from every other text-message code.
ACCOUNT_PHONE_VERIFICATION_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_DEFAULT_HTTP_PROTOCOL = (
    "https" if PORTAL_BASE_URL.startswith("https") else "http"
)
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    # Verification codes by text message cost money and can be abused to flood a
    # number: one per number every 30 seconds, at most 3 a minute per address.
    "verify_phone": "1/30s/key,3/m/ip",
    "change_phone": "1/m/user",
}
SMS_BACKEND = os.environ.get("SMS_BACKEND", "identity.sms.ConsoleBackend")
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]

# --- i18n -----------------------------------------------------------------------
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "citizen_portal" / "locale"]

# --- static and media -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "citizen_portal" / "static"]
MEDIA_URL = "/media/"
# Licence PDFs and uploads are private: they are served only through views that
# check ownership, never from MEDIA_URL directly (urls.py does not route it).
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Uploads over 2.5 MB are spooled to a temporary file, never held in memory;
# form fields other than files are capped at 5 MB.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880
# Application materials (eforms.uploads, services.materials): at most 10 MB and
# 50 pages a file, reused for a year while valid. A file over 10 MB is read and
# dropped while the request is parsed (eforms.upload_limits) and reported against
# its field, everything else kept. Only a request body over the ceiling below is
# refused before it is parsed, losing what was typed
# (services.views.materials.UploadSizeLimitMiddleware): 128 MB holds the largest
# honest page - seven files at the 10 MB limit (the material step with e-form
# upload fields, a notice's items) and 5 MB of fields - plus one 50 MB scan
# chosen by mistake, with room to spare. Parsing stays bounded whatever the size
# (64 KB chunks; each kept file at most 10 MB on disk), so the ceiling costs only
# bandwidth. The load balancer's body limit must be at least this.
MATERIAL_MAX_UPLOAD_BYTES = int(
    os.environ.get("MATERIAL_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
)
MATERIAL_MAX_PAGES = 50
MATERIAL_REUSE_DAYS = 365
MATERIAL_MAX_REQUEST_BYTES = int(
    os.environ.get("MATERIAL_MAX_REQUEST_BYTES", 128 * 1024 * 1024)
)

# --- Wagtail --------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Citizen Portal"
WAGTAILADMIN_BASE_URL = PORTAL_BASE_URL
# Pages exist in Chinese (the default locale) and English translations; Wagtail
# picks the locale from the active language (the /en/ prefix).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- e-licences -----------------------------------------------------------------
# A TrueType CJK font embedded in licence PDFs (Debian package fonts-wqy-zenhei).
# Where none is installed the renderer falls back, with a warning, to reportlab's
# built-in STSong-Light CID font, which viewers must supply themselves.
LICENCE_FONT_CANDIDATES = [
    path
    for path in [
        os.environ.get("LICENCE_FONT_PATH", ""),
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ]
    if path
]
LICENCE_ISSUING_AUTHORITY_CODE = os.environ.get(
    "LICENCE_ISSUING_AUTHORITY_CODE", "350000"
)

# --- identity -------------------------------------------------------------------
# Keys for sensitive identifiers: values are stored encrypted (Fernet) with a keyed
# hash (HMAC-SHA256) for lookups. Derived from SECRET_KEY unless set explicitly.
IDENTITY_ENCRYPTION_KEY = os.environ.get("IDENTITY_ENCRYPTION_KEY", "")
IDENTITY_HASH_KEY = os.environ.get("IDENTITY_HASH_KEY", "")

# --- logging --------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
    },
}

# --- data sharing ----------------------------------------------------------------
# Requests a minute per requesting system on the HTTP query API.
SHARING_API_RATE_LIMIT = int(os.environ.get("SHARING_API_RATE_LIMIT", "600"))
SHARING_API_AUTH_FAILURE_LIMIT = int(
    os.environ.get("SHARING_API_AUTH_FAILURE_LIMIT", "30")
)
SHARING_REMOTE_TIMEOUT = float(os.environ.get("SHARING_REMOTE_TIMEOUT", "5"))

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
IDP_OIDC_ID_TOKEN_EXPIRES_IN = int(
    os.environ.get("IDP_OIDC_ID_TOKEN_EXPIRES_IN", "300")
)
IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN = int(
    os.environ.get("IDP_OIDC_ACCESS_TOKEN_EXPIRES_IN", "3600")
)

# --- MFA ------------------------------------------------------------------------
# Staff kinds must enrol TOTP before any staff page (identity.mfa).
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)

# --- identity ---------------------------------------------------------------------
# PEM bundle of the CAs whose personal certificates bind an identity (level 3);
# empty: any well-formed, currently valid certificate naming the person.
IDENTITY_CERTIFICATE_CA_BUNDLE = os.environ.get("IDENTITY_CERTIFICATE_CA_BUNDLE", "")

# --- window desk ------------------------------------------------------------------
# One-certificate lookups a minute per staff user at /desk/lookup/.
DESK_LOOKUP_LIMIT = int(os.environ.get("DESK_LOOKUP_LIMIT", "60"))

# --- e-licence verification -------------------------------------------------------
# Reverse proxies in front of the portal that append to X-Forwarded-For. 0: the
# header is ignored and the peer address (REMOTE_ADDR) is the client, so that a
# caller cannot forge its way out of the verification rate limit.
LICENCE_TRUSTED_PROXY_COUNT = int(os.environ.get("LICENCE_TRUSTED_PROXY_COUNT", "0"))

# --- e-licence signing ------------------------------------------------------------
# PAdES signatures on licence PDFs (licences.signing). Each value is a PEM file path
# or the PEM text itself: the issuing private key, the issuing certificate (optionally
# followed by intermediates) and the CA certificate(s) that verifiers trust. Empty in
# development and tests: a demo CA is created on first use in var/licence-pki/.
# production.py requires the key and certificate.
LICENCE_SIGNING_KEY = os.environ.get("LICENCE_SIGNING_KEY", "").strip()
LICENCE_SIGNING_CERT = os.environ.get("LICENCE_SIGNING_CERT", "").strip()
LICENCE_SIGNING_CA_CERT = os.environ.get("LICENCE_SIGNING_CA_CERT", "").strip()
