from django.urls import path

from . import views, views_upload, views_wallet

app_name = "licences"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("verify/upload/", views_upload.verify_upload, name="verify_upload"),
    # Holder, or whoever may act for the holding organisation (views_wallet).
    path(
        "my/licences/<str:number>/download/",
        views_wallet.licence_download,
        name="download",
    ),
    path("my/licences/", views_wallet.wallet, name="wallet"),
    path("my/licences/<str:number>/", views_wallet.wallet_detail, name="wallet_detail"),
    path(
        "my/licences/<str:number>/share/",
        views_wallet.share_create,
        name="share_create",
    ),
    path(
        "my/licences/<str:number>/share/<int:pk>/revoke/",
        views_wallet.share_revoke,
        name="share_revoke",
    ),
    path("licences/shared/<str:token>/", views_wallet.shared, name="shared"),
    path(
        "licences/shared/<str:token>/download/",
        views_wallet.shared_download,
        name="shared_download",
    ),
]
