from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Website")

    def ready(self) -> None:
        # ``search`` declares the site's segmenter, so that serving processes
        # build it at start (common.segmenter.load_all).
        from . import search, signals  # noqa: F401

        signals.connect()
