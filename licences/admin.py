from django.contrib import admin

from .models import Licence, LicenceType


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
    raw_id_fields = ("holder",)
