"""Settings for benchmarks served by gunicorn: the development settings (which
read DATABASE_URL, REDIS_URL... from the environment) with a URL configuration
that adds benchmark-only reference views to the project's URLs, so that the
product's own URLs stay untouched."""

from citizen_portal.settings.dev import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls_bench"
