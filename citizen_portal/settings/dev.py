"""Development: the embedded default (SQLite, in-process tasks) unless DATABASE_URL
or REDIS_URL point at real services."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "noreply@portal.example"

# The embedded default keeps its SQLite file and media under var/.
(BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405

IDP_OIDC_PRIVATE_KEY = IDP_OIDC_PRIVATE_KEY or oidc_dev_private_key()  # noqa: F405

# Certificate binding trusts the demo CA of `manage.py identity_demo_pki` (its
# certificate and CRL under var/identity-pki/) unless the environment names others.
IDENTITY_CERTIFICATE_TRUST_ANCHORS = IDENTITY_CERTIFICATE_TRUST_ANCHORS or [  # noqa: F405
    str(BASE_DIR / "var" / "identity-pki" / "ca.pem")  # noqa: F405
]
IDENTITY_CERTIFICATE_CRLS = IDENTITY_CERTIFICATE_CRLS or [  # noqa: F405
    str(BASE_DIR / "var" / "identity-pki" / "ca.crl")  # noqa: F405
]
# Unsigned requests with a bearer token (manage.py sharing_issue_token) are accepted
# on this machine only, for quick experiments; signed requests work as well.
SHARING_API_ALLOW_BEARER = env_bool("SHARING_API_ALLOW_BEARER", True)
