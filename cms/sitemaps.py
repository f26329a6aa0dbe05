"""sitemap.xml: the live pages of every language's tree (Wagtail's sitemap over
the site's home page and its translations) and the guide page of every active
catalogue service. Served by Wagtail's sitemap view, which hands the request to
the page sitemap (for the site and full URLs)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from services.selectors import service_search


class PageSitemap(WagtailSitemap):
    def items(self):
        from wagtail.models import Page

        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        below_a_root = Q()
        for root in roots:
            below_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.filter(below_a_root)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


class ServiceGuideSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6
    limit = 5000

    def __init__(self, request=None):
        self.request = request

    def items(self):
        return service_search().select_related(None).only("code", "updated_at")

    def location(self, item):
        # Chinese, the default language, is unprefixed: /services/<code>/.
        with translation.override("zh-hans"):
            return reverse("services:guide", kwargs={"code": item.code})

    def lastmod(self, item):
        return item.updated_at


sitemaps = {"pages": PageSitemap, "services": ServiceGuideSitemap}
