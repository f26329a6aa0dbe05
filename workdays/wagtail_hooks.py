"""The working-day calendar in the Wagtail admin: the official holidays and
adjusted working days as a snippet, with a page to enter a year's schedule."""

import django_filters
from django import forms
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CalendarDay
from .views import CalendarDayIndexView, CalendarScheduleView


def _calendar_years() -> list[tuple[str, str]]:
    """This year, the next, and every year with days in the table, latest first."""
    this_year = timezone.localdate().year
    years = {d.year for d in CalendarDay.objects.dates("date", "year")}
    years |= {this_year, this_year + 1}
    return [(str(year), str(year)) for year in sorted(years, reverse=True)]


class CalendarDayFilterSet(WagtailFilterSet):
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        choices=_calendar_years,
        method="filter_year",
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = CalendarDay
        fields = ["year", "kind"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(date__year=int(value)) if value else queryset


class CalendarDayViewSet(SnippetViewSet):
    """Official holidays and adjusted working days (workdays.calendar); the
    admin permissions on CalendarDay go to the editor group (services migration
    0012)."""

    model = CalendarDay
    icon = "date"
    menu_label = _("Working-day calendar")
    menu_name = "working-day-calendar"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["date", "weekday", "kind", "name", "note"]
    filterset_class = CalendarDayFilterSet
    ordering = ["-date"]
    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("name"),
        FieldPanel("note"),
    ]
    # A year's published schedule entered at once (workdays.views).
    index_view_class = CalendarDayIndexView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            schedule_url_name=self.get_url_name("schedule"), **kwargs
        )

    def get_urlpatterns(self):
        schedule = self.construct_view(CalendarScheduleView)
        return [
            *super().get_urlpatterns(),
            path("schedule/", schedule, name="schedule"),
        ]


register_snippet(CalendarDayViewSet)
