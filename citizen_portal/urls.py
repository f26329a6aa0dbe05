"""Root URLs. Public pages sit inside i18n_patterns: unprefixed is Simplified
Chinese, /en/... is English. Admin interfaces are outside the language prefix.

One sign-in: the Wagtail admin's and Wagtail's front-end login pages are routed
to redirects to allauth's before Wagtail's own URLs (the Django admin's is its
site's ``login``), and every staff view is behind the staff gate: views of our
apps by their declaration, the sharing pages' where they are included (sharing
is below identity), the admin sites' here and in ``identity.admin_sites``.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import sitemaps
from common import converters  # noqa: F401 - registers <code:>, <id:>... first
from identity import sign_in
from identity.admin_sites import guard_wagtail_admin
from identity.permissions import guard_urlpatterns
from sharing import urls as sharing_urls

from .api import api


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/login/", sign_in.wagtail_admin_login),
    path("admin/", include(guard_wagtail_admin(wagtailadmin_urls.urlpatterns))),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("", include("allauth.idp.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path(
        "sharing/",
        include((guard_urlpatterns(sharing_urls.urlpatterns), sharing_urls.app_name)),
    ),
    path("my/", include("identity.urls")),
    path("forms/", include("eforms.urls")),
    path("opendata/", include("opendata.urls")),
    path("", include("licences.urls")),
    path("", include("notifications.urls")),
    path("", include("services.urls")),
    path("", include("applications.urls")),
    path("", include("desk.urls")),
    path("", include("cms.urls")),
    path("_util/login/", sign_in.front_end_login),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
