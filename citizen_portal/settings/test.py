"""Test settings: used by pytest (see pyproject.toml).

Unit tests run Celery tasks eagerly even where REDIS_URL is set; the integration and
browser tests switch eager mode off and start a real worker (tests/conftest.py).
"""

import os

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEFAULT_FROM_EMAIL = "noreply@portal.example"
CELERY_TASK_ALWAYS_EAGER = True
# A queue of this run's own, so that a worker of another run never takes its tasks.
CELERY_TASK_DEFAULT_QUEUE = os.environ.setdefault(
    "CELERY_TASK_DEFAULT_QUEUE", f"citizen-portal-test-{os.getpid()}"
)
# Tests clear the cache between tests; keep it process-local (tests of the Redis
# cache configure their own).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "test-media"))  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the app directories at request time (no collectstatic).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

IDP_OIDC_PRIVATE_KEY = IDP_OIDC_PRIVATE_KEY or oidc_dev_private_key()  # noqa: F405
