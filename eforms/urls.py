from django.urls import path

from . import views

app_name = "eforms"

urlpatterns = [
    path("report-error/", views.report_error, name="report_error"),
    path(
        "drafts/<code:service_code>/autosave/",
        views.draft_autosave,
        name="draft_autosave",
    ),
]
