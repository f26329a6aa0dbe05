from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Government services")

    def ready(self) -> None:
        from identity.signals import phone_verified

        from . import applying_cache, workdays
        from .actions import phone_verified_received

        applying_cache.connect()
        workdays.connect()
        # Reads the table: run by `check --database default` and by migrate, not
        # by every management command.
        checks.register(workdays.check_calendar_coverage, checks.Tags.database)
        phone_verified.connect(
            phone_verified_received, dispatch_uid="services-phone-verified"
        )
