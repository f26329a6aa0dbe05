from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    name = "workdays"
    verbose_name = _("Working-day calendar")

    def ready(self) -> None:
        from . import calendar

        calendar.connect()
        # Reads the table: run by `check --database default` and by migrate, not
        # by every management command.
        checks.register(calendar.check_calendar_coverage, checks.Tags.database)
