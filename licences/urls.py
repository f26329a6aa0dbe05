from django.urls import path

from . import views, views_desk, views_upload, views_wallet

app_name = "licences"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("verify/upload/", views_upload.verify_upload, name="verify_upload"),
    # Holder, or whoever may act for the holding organisation (views_wallet).
    path(
        "my/licences/<number:number>/download/",
        views_wallet.licence_download,
        name="download",
    ),
    path("my/licences/", views_wallet.wallet, name="wallet"),
    path(
        "my/licences/<number:number>/", views_wallet.wallet_detail, name="wallet_detail"
    ),
    path(
        "my/licences/<number:number>/share/",
        views_wallet.share_create,
        name="share_create",
    ),
    path(
        "my/licences/<number:number>/share/<id:pk>/revoke/",
        views_wallet.share_revoke,
        name="share_revoke",
    ),
    path("licences/shared/<token:token>/", views_wallet.shared, name="shared"),
    path(
        "licences/shared/<token:token>/download/",
        views_wallet.shared_download,
        name="shared_download",
    ),
    # Window desk (views_desk): desk staff only.
    path("desk/licences/", views_desk.desk_licences, name="desk_licences"),
    path(
        "desk/licences/<number:number>/",
        views_desk.desk_licence,
        name="desk_licence",
    ),
    path(
        "desk/licences/<number:number>/<slug:action>/",
        views_desk.desk_licence_action,
        name="desk_licence_action",
    ),
]
