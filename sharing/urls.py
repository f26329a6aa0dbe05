from django.urls import path

from .views import audit, catalogue, discrepancies, requests

app_name = "sharing"

urlpatterns = [
    path("catalogue/", catalogue.catalogue, name="catalogue"),
    path("catalogue/<code:code>/", catalogue.resource_detail, name="resource_detail"),
    path("requests/", requests.request_list, name="request_list"),
    path("requests/new/", requests.request_new, name="request_new"),
    path("requests/<id:pk>/", requests.request_detail, name="request_detail"),
    path(
        "requests/<id:pk>/<slug:action>/",
        requests.request_decide,
        name="request_decide",
    ),
    path("audit/", audit.audit_list, name="audit_list"),
    path("audit/export.csv", audit.audit_export, name="audit_export"),
    path("discrepancies/", discrepancies.discrepancy_queue, name="discrepancy_queue"),
    path(
        "discrepancies/mine/", discrepancies.discrepancy_mine, name="discrepancy_mine"
    ),
    path(
        "discrepancies/<id:pk>/",
        discrepancies.discrepancy_detail,
        name="discrepancy_detail",
    ),
    path(
        "discrepancies/<id:pk>/resolve/",
        discrepancies.discrepancy_resolve_view,
        name="discrepancy_resolve",
    ),
]
