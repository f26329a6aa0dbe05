"""The official working-day calendar as administrators enter it.

Each year the State Council publishes the public holidays and the weekend days
made into working days (调休上班) for the next year. chinese-calendar ships them
for the years it was released for; this table lets an administrator enter a
newly published year, or correct a single day, in the Wagtail admin without a
code release (``workdays.wagtail_hooks``). ``workdays.calendar`` gives a row here
precedence over the library, and treats a year as covered by the table once the
table holds at least one holiday in it.
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _


class CalendarDay(models.Model):
    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("Public holiday (day off)")
        WORKING_DAY = "working_day", _("Adjusted working day (weekend worked)")

    date = models.DateField(
        _("date"),
        unique=True,
        help_text=_(
            "One day per row. Enter a year's whole published schedule: once a "
            "year has a holiday here, deadlines no longer fall back to Monday to "
            "Friday for it."
        ),
    )
    kind = models.CharField(
        _("kind of day"),
        max_length=16,
        choices=Kind.choices,
        help_text=_(
            "Public holiday: every day of the published holiday, the Saturdays "
            "and Sundays within it included. Adjusted working day: a Saturday or "
            "Sunday declared a working day to make up for a holiday."
        ),
    )
    name = models.CharField(
        _("holiday name"),
        max_length=50,
        help_text=_(
            "The holiday this day belongs to, or makes up for, e.g. New Year's Day "
            "or Spring Festival."
        ),
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_(
            "Where it was published, e.g. the number of the State Council notice."
        ),
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("official calendar day")
        verbose_name_plural = _("official calendar days")
        # Created as services.CalendarDay; the table kept its name when the
        # calendar moved to its own app.
        db_table = "services_calendarday"

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.name} ({self.get_kind_display()})"

    @admin.display(description=_("weekday"))
    def weekday(self) -> str:
        return formats.date_format(self.date, "l")

    def clean(self) -> None:
        super().clean()
        if (
            self.date is not None
            and self.kind == self.Kind.WORKING_DAY
            and self.date.weekday() < 5
        ):
            raise ValidationError(
                {
                    "kind": _(
                        "An adjusted working day falls on a Saturday or Sunday: "
                        "Monday to Friday are working days already."
                    )
                }
            )
