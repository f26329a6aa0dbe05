"""The applicant's pages: applying for a service, and My Portal (/my/)."""

from django.urls import path

from applications.views import (
    apply,
    apply_review,
    materials,
    my,
    profile,
    supplement,
    withdrawal,
)

app_name = "applications"

urlpatterns = [
    path("services/<code:code>/apply/", apply.apply, name="apply"),
    path(
        "services/<code:code>/apply/review/",
        apply_review.apply_review,
        name="apply_review",
    ),
    path("services/<code:code>/save/", profile.service_save, name="service_save"),
    path("my/profile/", profile.profile, name="profile"),
    path(
        "my/saved/<id:pk>/remove/",
        profile.saved_service_remove,
        name="saved_service_remove",
    ),
    path("my/", my.my_portal, name="my_portal"),
    path("my/materials/", materials.my_materials, name="my_materials"),
    path(
        "my/materials/<id:pk>/",
        materials.material_download,
        name="material_download",
    ),
    path(
        "my/materials/<id:pk>/delete/",
        materials.material_remove,
        name="material_delete",
    ),
    path(
        "my/applications/<number:number>/",
        my.application_detail,
        name="application_detail",
    ),
    path(
        "my/applications/<number:number>/receipt.pdf",
        my.application_receipt,
        name="application_receipt",
    ),
    path(
        "my/applications/<number:number>/supplement/",
        supplement.application_supplement_view,
        name="application_supplement",
    ),
    path(
        "my/applications/<number:number>/withdraw/",
        withdrawal.application_withdraw_view,
        name="application_withdraw",
    ),
]
