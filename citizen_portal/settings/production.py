"""Production: every secret and host comes from the environment.

Two database roles (README "Deploying"): DATABASE_URL is the web and worker role,
which may read and write the application's rows but only append to the access log;
MIGRATE_DATABASE_URL, when set, is the role that owns the tables. A process running
``manage.py migrate`` or ``manage.py grant_app_role`` (``MIGRATION_COMMANDS``)
connects as the owner: the whole process, so that every statement of a migration,
data migrations and post-migrate handlers included, runs as the owner on one
connection. (A second database alias would leave data migrations that do not pass
``using`` on the application's role, in another transaction.)

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, REDIS_URL,
PORTAL_BASE_URL, IDENTITY_ENCRYPTION_KEY / IDENTITY_HASH_KEY, IDP_OIDC_PRIVATE_KEY
(PEM key signing ID tokens), LICENCE_SIGNING_KEY / LICENCE_SIGNING_CERT (PEM key and
certificate signing e-licences; LICENCE_SIGNING_CA_CERT for the trust root).
Optional: S3-compatible media storage (MEDIA_S3_BUCKET, MEDIA_S3_ENDPOINT_URL,
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), e-mail, SMS gateway.
"""

import os
import sys

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list
from .environment import MIGRATION_COMMANDS, management_command


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Environment variable {name} is required in production."
        )
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [required("ALLOWED_HOSTS")]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
required("DATABASE_URL")
MIGRATE_DATABASE_URL = os.environ.get("MIGRATE_DATABASE_URL", "").strip()
if MIGRATE_DATABASE_URL and management_command(sys.argv) in MIGRATION_COMMANDS:
    DATABASES["default"] = dj_database_url.parse(MIGRATE_DATABASE_URL)  # noqa: F405
REDIS_URL = required("REDIS_URL")
CACHES = {
    "default": {
        "BACKEND": "citizen_portal.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "cp",
    }
}
CELERY_BROKER_URL = REDIS_URL
CELERY_TASK_ALWAYS_EAGER = False

# Behind a TLS-terminating load balancer that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# Served over HTTPS only: have browsers upgrade any http:// subresource or form.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": True,
    }
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
# Enumeration prevention needs verified addresses: not an environment choice here.
ACCOUNT_EMAIL_VERIFICATION = "mandatory"

# The sharing API accepts signed requests only (RFC 9421); never bearer tokens.
SHARING_API_ALLOW_BEARER = False

IDENTITY_ENCRYPTION_KEY = required("IDENTITY_ENCRYPTION_KEY")
IDENTITY_HASH_KEY = required("IDENTITY_HASH_KEY")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@portal.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
            "file_overwrite": False,
        },
    }

IDP_OIDC_PRIVATE_KEY = required("IDP_OIDC_PRIVATE_KEY")

# Verification codes must reach phones: the real gateway by default (the console
# backend would write the codes to the logs).
SMS_BACKEND = os.environ.get("SMS_BACKEND", "identity.sms.HttpGatewayBackend")
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "")
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")

# E-licence PDFs are signed with the issuing key (PEM path or text); no demo CA.
LICENCE_SIGNING_KEY = required("LICENCE_SIGNING_KEY")
LICENCE_SIGNING_CERT = required("LICENCE_SIGNING_CERT")
