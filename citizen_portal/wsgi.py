"""WSGI entry point for gunicorn (see gunicorn.conf.py) and runserver."""

import os

from django.core.wsgi import get_wsgi_application

from common import segmenter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizen_portal.settings.production")

application = get_wsgi_application()

# The search segmenters, now rather than in the first search (common.segmenter).
segmenter.load_all()
