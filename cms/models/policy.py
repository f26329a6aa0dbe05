"""Policy documents (政策文件): number (文号), issuing body, dates, status, subject,
attachments and the interpretations that explain them; and their index page,
filterable by year and issuing body."""

from django.db import models
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.search import SegmentedSearchMixin

from .base import paginate

MAX_FILTER_LENGTH = 100


class PolicyIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PolicyDocumentPage"]

    class Meta:
        verbose_name = _("policy document index")

    def documents(self):
        return (
            PolicyDocumentPage.objects.child_of(self)
            .live()
            .order_by("-issue_date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = self.documents()
        year = request.GET.get("year", "")[:4]
        body = request.GET.get("issuing_body", "").replace("\x00", "")
        body = body[:MAX_FILTER_LENGTH]
        if year.isdigit():
            documents = documents.filter(issue_date__year=int(year))
        if body:
            documents = documents.filter(issuing_body=body)
        every = self.documents()
        context.update(
            documents=paginate(request, documents),
            years=sorted(
                {d.year for d in every.values_list("issue_date", flat=True)},
                reverse=True,
            ),
            issuing_bodies=sorted(set(every.values_list("issuing_body", flat=True))),
            selected_year=year,
            selected_body=body,
            extra_query=urlencode(
                {k: v for k, v in (("year", year), ("issuing_body", body)) if v}
            )
            + "&",
        )
        return context


class PolicyDocumentPage(SegmentedSearchMixin, Page):
    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        AMENDED = "amended", _("amended")
        REPEALED = "repealed", _("repealed")

    document_number = models.CharField(
        _("document number"),
        max_length=60,
        blank=True,
        help_text=_("For example 示政办〔2026〕12号."),
    )
    issuing_body = models.CharField(_("issuing body"), max_length=100)
    issue_date = models.DateField(_("issue date"))
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.IN_FORCE
    )
    subject = models.CharField(_("subject category"), max_length=50, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_text_fields = ("summary", "document_number", "issuing_body", "subject")
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.SearchField("document_number"),
        index.SearchField("issuing_body"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("issue_date"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("document_number"),
                FieldPanel("issuing_body"),
                FieldPanel("issue_date"),
                FieldPanel("effective_date"),
                FieldPanel("status"),
                FieldPanel("subject"),
            ],
            heading=_("document details"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("attachments")),
    ]

    parent_page_types = ["cms.PolicyIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("policy document")
        verbose_name_plural = _("policy documents")

    def get_context(self, request, *args, **kwargs):
        from cms.caching import policy_extras

        context = super().get_context(request, *args, **kwargs)
        context.update(policy_extras(self))
        return context


class PolicyAttachment(Orderable):
    page = ParentalKey(
        PolicyDocumentPage, on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    title = models.CharField(_("link text"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @property
    def label(self) -> str:
        return self.title or self.document.title
