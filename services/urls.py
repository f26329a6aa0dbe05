from django.urls import path

from services.views import catalogue

app_name = "services"

urlpatterns = [
    path("services/", catalogue.catalogue, name="catalogue"),
    path("services/<code:code>/", catalogue.guide, name="guide"),
]
