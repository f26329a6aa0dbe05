from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        # Apps above this one in the layering (services, licences...) register the
        # audiences they know of in their own ``audiences`` module, as Django's
        # admin discovers ``admin`` modules: notifications never imports them.
        autodiscover_modules("audiences")
