from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "sharing"
    verbose_name = _("Data sharing")

    def ready(self) -> None:
        from . import checks as sharing_checks
        from . import signals

        signals.connect()
        checks.register(
            sharing_checks.check_bearer_tokens_off, checks.Tags.security, deploy=True
        )
