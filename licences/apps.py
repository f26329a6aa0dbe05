from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LicencesConfig(AppConfig):
    name = "licences"
    verbose_name = _("Electronic licences")

    def ready(self) -> None:
        # The e-licence library is a local registry of the sharing exchange.
        from . import library

        library.register()
