from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("", views.dataset_list, name="list"),
    path("<slug:slug>/", views.dataset_detail, name="detail"),
    path(
        "<slug:slug>/v<id:version>/<slug:fmt>/",
        views.dataset_download,
        name="release_download",
    ),
    path("<slug:slug>/<slug:fmt>/", views.dataset_download, name="download"),
]
