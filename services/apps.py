from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Government services")

    def ready(self) -> None:
        from identity.signals import phone_verified
        from services import applying_cache
        from services.actions import phone_verified_received

        applying_cache.connect()
        phone_verified.connect(
            phone_verified_received, dispatch_uid="services-phone-verified"
        )
