"""News, notices and policy interpretations: a section index page per kind and
the articles below it, newest first."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.search import SegmentedSearchMixin

from .base import paginate


class SectionIndexPage(Page):
    class Kind(models.TextChoices):
        NEWS = "news", _("news")
        NOTICE = "notice", _("notices")
        INTERPRETATION = "interpretation", _("policy interpretations")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("kind"), FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ArticlePage"]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def articles(self):
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .select_related("department")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, self.articles())
        return context


class ArticlePage(SegmentedSearchMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    source = models.CharField(_("source"), max_length=100, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_alt = models.CharField(
        _("lead image alternative text"), max_length=200, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    department = models.ForeignKey(
        "services.Department",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("department"),
        help_text=_("The article appears on this department's page."),
    )
    policy = models.ForeignKey(
        "cms.PolicyDocumentPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="interpretations",
        verbose_name=_("interpreted policy document"),
    )

    search_text_fields = ("summary", "source")
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("source"), FieldPanel("department")],
            heading=_("publication"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading=_("lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("policy"),
    ]

    parent_page_types = ["cms.SectionIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @staticmethod
    def route_queryset(queryset):
        return queryset.select_related("department", "lead_image", "policy")
