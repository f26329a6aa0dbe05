"""Wagtail pages of the government website.

Pages hold content, not workflow: the home page reads a short list of services from
the catalogue's selectors and nothing else.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from services.selectors import service_popular


class HomePage(Page):
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["popular_services"] = service_popular(limit=8)
        return context
