"""ASGI entry point."""

import os

from django.core.asgi import get_asgi_application

from common import segmenter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizen_portal.settings.production")

application = get_asgi_application()

# The search segmenters, now rather than in the first search (common.segmenter).
segmenter.load_all()
