from django.contrib import admin

from .models import Notification, PushMessage


@admin.register(PushMessage)
class PushMessageAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "audience_label",
        "status",
        "recipient_count",
        "created_at",
    ]
    readonly_fields = ["status", "recipient_count", "sent_at", "last_user_id"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["subject", "kind", "created_at", "email_status", "sms_status"]
    list_filter = ["kind", "email_status", "sms_status"]
    raw_id_fields = ["user", "push_message"]
