"""Settings shared by every environment.

Every value that differs between machines comes from an environment variable with a
safe development default; ``production.py`` removes the defaults for secrets.
"""

import os
from pathlib import Path

import dj_database_url

from .environment import (  # noqa: F401 - env_bool and env_list for the others
    BASE_DIR,
    PORTAL_BASE_URL,
    REDIS_URL,
    env_bool,
    env_list,
)

SECRET_KEY = os.environ.get(
    "SECRET_KEY",
    "dev-only-insecure-key-change-me-0123456789-abcdefghijklmnopqrstuvwxyz",
)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # our apps, in layering order (see ARCHITECTURE.md section 2)
    "workdays",
    "sharing",
    "identity",
    "notifications",
    "licences",
    "services",
    "eforms",
    "applications",
    "desk",
    "opendata",
    "cms",
    "demo",
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
    "allauth.usersessions",
    "allauth.idp.oidc",
    # Content-Security-Policy (citizen_portal.content_security)
    "csp",
    # django-ninja's API docs from its own static files, not from a CDN, which
    # the Content-Security-Policy refuses (and no network may be reachable).
    "ninja",
    # Django (the admin with the portal's site: identity.admin_sites)
    "identity.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # allauth.usersessions' page of one's sessions uses its template filters.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Every response, static files and error pages included, gets the policy.
    "citizen_portal.content_security.PortalCSPMiddleware",
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
    # Staff sessions: 30 minutes idle, 8 hours in all (identity.staff_sessions).
    "identity.staff_sessions.StaffSessionMiddleware",
    # Staff pages are gated view by view (identity.permissions); this only backs
    # that up on the admin sites.
    "identity.mfa.AdminMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that its 413 page has the session, language and user; it still
    # acts before any view or CSRF check parses the body.
    "eforms.middleware.UploadSizeLimitMiddleware",
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
                "citizen_portal.context_processors.portal",
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
# The role web and worker processes connect as; production may migrate as another
# (MIGRATE_DATABASE_URL), which grants this one its privileges (grant_app_role).
DATABASE_APP_ROLE = DATABASES["default"].get("USER", "")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "identity.User"

# --- cache (Redis when REDIS_URL is set) ----------------------------------------
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

# --- search ---------------------------------------------------------------------
# Where jieba keeps its prefix dictionary between processes (common.segmenter);
# the system's temporary directory when this one cannot be created.
SEGMENTER_CACHE_DIR = Path(
    os.environ.get("SEGMENTER_CACHE_DIR", BASE_DIR / "var" / "cache")
)

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

# --- by topic ---------------------------------------------------------------------
from .accounts import *  # noqa: E402, F403
from .content_security import *  # noqa: E402, F403
from .portal import *  # noqa: E402, F403
from .tasks import *  # noqa: E402, F403
