"""Test-only URLconf: the project's URLs plus the uploaded-PDF check."""

from django.urls import path

from citizen_portal.urls import urlpatterns as project_urlpatterns
from licences import views_upload

urlpatterns = [
    path("verify/upload/", views_upload.verify_upload, name="verify_upload"),
    *project_urlpatterns,
]
