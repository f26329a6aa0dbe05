from django.urls import path

from .views import apply, catalogue, desk, desk_lookup, my

app_name = "services"

urlpatterns = [
    path("services/", catalogue.catalogue, name="catalogue"),
    path("services/<str:code>/", catalogue.guide, name="guide"),
    path("services/<str:code>/apply/", apply.apply, name="apply"),
    path("my/", my.my_portal, name="my_portal"),
    path(
        "my/applications/<str:number>/",
        my.application_detail,
        name="application_detail",
    ),
    path("desk/", desk.desk_queue, name="desk_queue"),
    path("desk/lookup/", desk_lookup.desk_lookup, name="desk_lookup"),
    path("desk/applications/<str:number>/", desk.desk_detail, name="desk_detail"),
    path(
        "desk/applications/<str:number>/<str:action>/",
        desk.desk_action,
        name="desk_action",
    ),
]
