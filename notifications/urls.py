from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("my/notifications/", views.notification_list, name="list"),
    path("my/notifications/read-all/", views.notification_read_all, name="read_all"),
    path("my/notifications/preferences/", views.preferences, name="preferences"),
    path("my/notifications/<id:pk>/", views.notification_open, name="open"),
    path("my/notifications/<id:pk>/read/", views.notification_read, name="read"),
    path("desk/messages/", views.desk_messages, name="desk_messages"),
    path("desk/messages/<id:pk>/", views.desk_message, name="desk_message"),
]
