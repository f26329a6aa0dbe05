"""The resource catalogue (/sharing/catalogue/): providers and their resources with
share class and legal basis, and per resource its fields with sensitivity and
masking rule. Read-only here; stewards edit it in the admin."""

from django.http import HttpRequest, HttpResponse

from .. import selectors
from ..models import ShareClass
from .access import render_page, role_required


@role_required(selectors.ROLE_CATALOGUE)
def catalogue(request: HttpRequest) -> HttpResponse:
    share_class = request.GET.get("share_class", "")
    if share_class not in ShareClass.values:
        share_class = ""
    return render_page(
        request,
        "sharing/catalogue.html",
        {
            "providers": selectors.catalogue_providers(share_class=share_class),
            "share_class": share_class,
            "share_classes": ShareClass.choices,
        },
        section="catalogue",
    )


@role_required(selectors.ROLE_CATALOGUE)
def resource_detail(request: HttpRequest, code: str) -> HttpResponse:
    resource = selectors.resource_get(code=code)
    may_request = (
        resource.share_class == ShareClass.CONDITIONAL
        and resource.is_active
        and selectors.is_operator(request.user)
    )
    return render_page(
        request,
        "sharing/resource_detail.html",
        {
            "resource": resource,
            "fields": resource.fields.all(),
            "may_request": may_request,
        },
        section="catalogue",
    )
