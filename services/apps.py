from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Government services")

    def ready(self) -> None:
        # Declares the catalogue's segmenter, so that serving processes build it
        # at start (common.segmenter.load_all).
        from . import search  # noqa: F401
