"""Development: the embedded default (SQLite, in-process tasks) unless DATABASE_URL
or REDIS_URL point at real services."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "noreply@portal.example"
