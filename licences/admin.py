from django.contrib import admin

from .models import Licence, LicenceEvent, LicenceShareLink, LicenceType


@admin.register(LicenceType)
class LicenceTypeAdmin(admin.ModelAdmin):
    list_display = (
        "code",
        "name",
        "issuing_authority",
        "holder_kind",
        "validity_years",
    )


@admin.register(Licence)
class LicenceAdmin(admin.ModelAdmin):
    list_display = ("number", "licence_type", "holder_name", "status", "issued_at")
    list_filter = ("licence_type", "status")
    search_fields = ("number",)
    readonly_fields = ("number", "verification_code", "pdf_sha256", "pdf_rendered_at")
    raw_id_fields = ("holder", "holder_organisation", "replaced_by")


@admin.register(LicenceEvent)
class LicenceEventAdmin(admin.ModelAdmin):
    """Read-only: events are append-only and written by ``licences.lifecycle``."""

    list_display = ("licence", "action", "actor", "reason", "created_at")
    list_filter = ("action",)
    search_fields = ("licence__number",)
    readonly_fields = ("licence", "action", "actor", "reason", "created_at")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(LicenceShareLink)
class LicenceShareLinkAdmin(admin.ModelAdmin):
    list_display = ("licence", "created_by", "created_at", "expires_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("licence__number",)
    readonly_fields = ("licence", "created_by", "created_at", "last_used_at")
    fields = (
        "licence",
        "created_by",
        "created_at",
        "expires_at",
        "revoked_at",
        "last_used_at",
    )

    def has_add_permission(self, request) -> bool:
        return False
