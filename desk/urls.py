"""The window desk (/desk/): the queue, a case, lookup by one certificate, and
one-time notices."""

from django.urls import path

from desk.views import cases, lookup, materials, notices

app_name = "desk"

urlpatterns = [
    path("desk/", cases.desk_queue, name="queue"),
    path(
        "desk/notices/additional/",
        notices.desk_notice_report,
        name="notice_report",
    ),
    path(
        "desk/notices/pending/",
        notices.desk_notice_pending,
        name="notice_pending",
    ),
    path(
        "desk/notices/<id:pk>/approve/",
        notices.desk_notice_approve,
        name="notice_approve",
    ),
    path(
        "desk/notices/<id:pk>/refuse/",
        notices.desk_notice_refuse,
        name="notice_refuse",
    ),
    path(
        "desk/applications/<number:number>/receipt.pdf",
        cases.desk_receipt,
        name="receipt",
    ),
    path(
        "desk/applications/<number:number>/notice/",
        notices.desk_notice_issue,
        name="notice_issue",
    ),
    path(
        "desk/applications/<number:number>/materials/<id:pk>/",
        materials.desk_material_download,
        name="material_download",
    ),
    path("desk/lookup/", lookup.desk_lookup, name="lookup"),
    path("desk/applications/<number:number>/", cases.desk_detail, name="detail"),
    path(
        "desk/applications/<number:number>/<slug:action>/",
        cases.desk_action,
        name="action",
    ),
]
