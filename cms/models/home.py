"""The home page: prominent search, popular services, life and business events,
latest news and notices. Its lists come from ``cms.caching.home_lists`` (a
fragment cache filled from ``services.selectors`` and the news sections)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .base import route_below


class HomePage(Page):
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.SectionIndexPage",
        "cms.PolicyIndexPage",
        "cms.DepartmentIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if path_components:
            return route_below(self, request, path_components)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from cms.caching import home_lists

        context = super().get_context(request, *args, **kwargs)
        context.update(home_lists(self))
        return context
