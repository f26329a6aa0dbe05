"""The service catalogue in the Wagtail admin: departments, life and business
events, and services (with their materials inline, procedure steps and FAQ as
StreamFields, and a revision kept for every save). The working-day calendar is in
``workdays.wagtail_hooks``."""

from django import forms
from django.utils.translation import gettext_lazy as _
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

from services.models import Department, LifeEvent, MaterialRequirement, Service

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
