"""Department pages: one per ``services.Department``, listing the department's
services (``services.selectors.department_services``, cached in
``cms.caching``), its news and its contact details."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

DEPARTMENT_NEWS = 8


class DepartmentIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.DepartmentPage"]

    class Meta:
        verbose_name = _("department index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["departments"] = (
            DepartmentPage.objects.child_of(self)
            .live()
            .select_related("department")
            .order_by("department__code")
        )
        return context


class DepartmentPage(Page):
    # A foreign key, not one-to-one: the English translation shares the department.
    department = models.ForeignKey(
        "services.Department",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("department"),
    )
    intro = RichTextField(_("introduction"), blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    office_hours = models.CharField(_("office hours"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("department"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("office_hours"),
                FieldPanel("website"),
            ],
            heading=_("contact details"),
        ),
    ]

    parent_page_types = ["cms.DepartmentIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("department page")
        verbose_name_plural = _("department pages")

    @staticmethod
    def route_queryset(queryset):
        return queryset.select_related("department")

    def get_context(self, request, *args, **kwargs):
        from cms.caching import department_news, department_services_cached

        context = super().get_context(request, *args, **kwargs)
        context["services"] = department_services_cached(self.department)
        context["news"] = department_news(self, DEPARTMENT_NEWS)
        return context
