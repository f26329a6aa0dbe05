"""Root URLs. Public pages sit inside i18n_patterns: unprefixed is Simplified
Chinese, /en/... is English. Admin interfaces are outside the language prefix."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import sitemaps
from common import converters

from .api import api

# Before the apps' patterns below are read: they use these converters.
converters.register()


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("", include("allauth.idp.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("sharing/", include("sharing.urls")),
    path("my/", include("identity.urls")),
    path("forms/", include("eforms.urls")),
    path("opendata/", include("opendata.urls")),
    path("", include("licences.urls")),
    path("", include("notifications.urls")),
    path("", include("services.urls")),
    path("", include("applications.urls")),
    path("", include("desk.urls")),
    path("", include("cms.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
