from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")

    def ready(self) -> None:
        from applications import applying_cache
        from applications.actions.contact import phone_verified_received
        from identity.signals import phone_verified

        applying_cache.connect()
        phone_verified.connect(
            phone_verified_received, dispatch_uid="applications-phone-verified"
        )
