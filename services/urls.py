from django.urls import path

from services.views import (
    apply,
    apply_review,
    catalogue,
    desk,
    desk_lookup,
    materials,
    my,
    notices,
    profile,
    supplement,
    withdrawal,
)

app_name = "services"

urlpatterns = [
    path("services/", catalogue.catalogue, name="catalogue"),
    path("services/<str:code>/", catalogue.guide, name="guide"),
    path("services/<str:code>/apply/", apply.apply, name="apply"),
    path(
        "services/<str:code>/apply/review/",
        apply_review.apply_review,
        name="apply_review",
    ),
    path("services/<str:code>/save/", profile.service_save, name="service_save"),
    path("my/profile/", profile.profile, name="profile"),
    path(
        "my/saved/<int:pk>/remove/",
        profile.saved_service_remove,
        name="saved_service_remove",
    ),
    path("my/", my.my_portal, name="my_portal"),
    path("my/materials/", materials.my_materials, name="my_materials"),
    path(
        "my/materials/<int:pk>/",
        materials.material_download,
        name="material_download",
    ),
    path(
        "my/materials/<int:pk>/delete/",
        materials.material_remove,
        name="material_delete",
    ),
    path(
        "my/applications/<str:number>/",
        my.application_detail,
        name="application_detail",
    ),
    path(
        "my/applications/<str:number>/receipt.pdf",
        my.application_receipt,
        name="application_receipt",
    ),
    path(
        "my/applications/<str:number>/supplement/",
        supplement.application_supplement_view,
        name="application_supplement",
    ),
    path(
        "my/applications/<str:number>/withdraw/",
        withdrawal.application_withdraw_view,
        name="application_withdraw",
    ),
    path("desk/", desk.desk_queue, name="desk_queue"),
    path(
        "desk/notices/additional/",
        notices.desk_notice_report,
        name="desk_notice_report",
    ),
    path(
        "desk/notices/pending/",
        notices.desk_notice_pending,
        name="desk_notice_pending",
    ),
    path(
        "desk/notices/<int:pk>/approve/",
        notices.desk_notice_approve,
        name="desk_notice_approve",
    ),
    path(
        "desk/notices/<int:pk>/refuse/",
        notices.desk_notice_refuse,
        name="desk_notice_refuse",
    ),
    path(
        "desk/applications/<str:number>/receipt.pdf",
        desk.desk_receipt,
        name="desk_receipt",
    ),
    path(
        "desk/applications/<str:number>/notice/",
        notices.desk_notice_issue,
        name="desk_notice_issue",
    ),
    path(
        "desk/applications/<str:number>/materials/<int:pk>/",
        materials.desk_material_download,
        name="desk_material_download",
    ),
    path("desk/lookup/", desk_lookup.desk_lookup, name="desk_lookup"),
    path("desk/applications/<str:number>/", desk.desk_detail, name="desk_detail"),
    path(
        "desk/applications/<str:number>/<str:action>/",
        desk.desk_action,
        name="desk_action",
    ),
]
