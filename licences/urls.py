from django.urls import path

from . import views

app_name = "licences"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("my/licences/<str:number>/download/", views.licence_download, name="download"),
]
