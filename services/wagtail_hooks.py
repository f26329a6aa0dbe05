"""The service catalogue in the Wagtail admin: departments, life and business
events, and services (with their materials inline, procedure steps and FAQ as
StreamFields, and a revision kept for every save); and the official working-day
calendar that deadlines count with (one day at a time, or a year's published
schedule at once: ``services.views.calendar``)."""

import django_filters
from django import forms
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import CalendarDay, Department, LifeEvent, MaterialRequirement, Service
from .views.calendar import CalendarDayIndexView, CalendarScheduleView

MaterialRequirement.panels = [
    FieldRowPanel([FieldPanel("name"), FieldPanel("form"), FieldPanel("quantity")]),
    FieldRowPanel(
        [
            FieldPanel("required"),
            FieldPanel("licence_type"),
            FieldPanel("shared_resource"),
        ]
    ),
    FieldRowPanel([FieldPanel("material_code"), FieldPanel("note")]),
    FieldPanel("sample"),
]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = _("Services")
    list_display = ["name", "code", "department", "online_level", "is_active"]
    list_filter = ["department", "service_type", "audience", "online_level"]
    search_fields = ["name", "code", "aliases"]
    ordering = ["code"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
                    FieldRowPanel(
                        [
                            FieldPanel("department"),
                            FieldPanel("service_type"),
                            FieldPanel("audience"),
                        ]
                    ),
                    FieldPanel("aliases"),
                    FieldPanel("keywords"),
                    FieldPanel("events", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("summary"),
                    FieldPanel("is_active"),
                ],
                heading=_("Basics"),
            ),
            ObjectList(
                [
                    FieldPanel("conditions"),
                    FieldPanel("legal_basis"),
                    InlinePanel("materials", heading=_("Materials")),
                    FieldPanel("steps"),
                    FieldPanel("faq"),
                ],
                heading=_("Guide"),
            ),
            ObjectList(
                [
                    FieldRowPanel(
                        [FieldPanel("committed_days"), FieldPanel("statutory_days")]
                    ),
                    FieldPanel("fee"),
                    FieldPanel("online_level"),
                    FieldPanel("min_assurance_level"),
                    FieldPanel("licence_type"),
                    MultiFieldPanel(
                        [FieldPanel("counter_address"), FieldPanel("office_hours")],
                        heading=_("Counter"),
                    ),
                ],
                heading=_("Handling"),
            ),
        ]
    )


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Departments")
    list_display = ["name", "code", "region_name", "region_level"]
    list_filter = ["region_level"]
    search_fields = ["name", "code"]


class LifeEventViewSet(SnippetViewSet):
    model = LifeEvent
    icon = "tag"
    menu_label = _("Life and business events")
    list_display = ["name", "code", "kind", "sort_order"]
    list_filter = ["kind"]


class CatalogueViewSetGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, DepartmentViewSet, LifeEventViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Service catalogue")
    menu_name = "service-catalogue"


register_snippet(CatalogueViewSetGroup)


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
    """Official holidays and adjusted working days (services.workdays); the
    admin permissions on CalendarDay go to the editor group (migration 0012)."""

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
    # A year's published schedule entered at once (services.views.calendar).
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
