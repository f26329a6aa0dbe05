"""RSS feed of the latest news (Django syndication), in the active language: the
articles of the first live news section of the active locale."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .models import ArticlePage, SectionIndexPage

FEED_ITEMS = 20


class NewsFeed(Feed):
    title = _("Demo Province Government Services: news")
    description = _("The latest news from the Demo Province government.")

    def get_object(self, request, *args, **kwargs):
        return (
            SectionIndexPage.objects.live()
            .filter(kind=SectionIndexPage.Kind.NEWS, locale=Locale.get_active())
            .order_by("path")
            .first()
        )

    def link(self, section):
        return section.get_url() if section else "/"

    def items(self, section):
        if section is None:
            return []
        return (
            ArticlePage.objects.child_of(section)
            .live()
            .public()
            .order_by("-date", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at
