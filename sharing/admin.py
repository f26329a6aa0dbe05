"""Django admin for the sharing catalogue.

Providers, resources (with their fields) and requesting systems are edited here.
Grants and discrepancies are read-mostly: they are filed, decided and resolved in
the workflow pages (/sharing/requests/, /sharing/discrepancies/), where the
permission rules apply and decisions are recorded with who and when. Access records
are read-only: nobody can edit or delete them through the application (the model
and, on PostgreSQL, a trigger refuse it too).
"""

from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import signing
from .models import (
    AccessRecord,
    Discrepancy,
    Grant,
    Provider,
    RequesterSystem,
    Resource,
    ResourceField,
)


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ("code", "name")
    search_fields = ("code", "name")
    filter_horizontal = ("stewards",)


class ResourceFieldInline(admin.TabularInline):
    model = ResourceField
    extra = 0
    fields = ("name", "label", "sensitivity", "mask_rule", "sort_order")


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = (
        "code",
        "name",
        "provider",
        "share_class",
        "subject_type",
        "update_cycle",
        "open_data",
        "is_active",
    )
    list_filter = ("provider", "share_class", "open_data", "is_active")
    search_fields = ("code", "name")
    inlines = [ResourceFieldInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "code",
                    "name",
                    "provider",
                    "description",
                    "subject_type",
                    "share_class",
                    "legal_basis",
                    "update_cycle",
                    "open_data",
                    "is_active",
                )
            },
        ),
        (
            _("Backend"),
            {
                "fields": (
                    "backend",
                    "local_registry",
                    "remote_url",
                    "remote_resource_code",
                    "remote_client_id",
                    "remote_signing_key_setting",
                )
            },
        ),
    )


@admin.register(RequesterSystem)
class RequesterSystemAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "agency", "is_active", "has_key", "has_token")
    list_filter = ("is_active",)
    search_fields = ("code", "name", "agency")
    filter_horizontal = ("operators",)
    fields = (
        "code",
        "name",
        "agency",
        "is_active",
        "operators",
        "signing_public_key",
        "key_fingerprint",
        "has_token",
    )
    readonly_fields = ("key_fingerprint", "has_token")

    @admin.display(boolean=True, description=_("signing key set"))
    def has_key(self, obj: RequesterSystem) -> bool:
        return obj.public_key() is not None

    @admin.display(description=_("signing key"))
    def key_fingerprint(self, obj: RequesterSystem) -> str:
        key = obj.public_key()
        if key is None:
            return "-"
        return f"{signing.algorithm_of(key)} {signing.fingerprint(key)}"

    @admin.display(boolean=True, description=_("API token set"))
    def has_token(self, obj: RequesterSystem) -> bool:
        return bool(obj.token_hash)


@admin.register(Grant)
class GrantAdmin(admin.ModelAdmin):
    list_display = ("pk", "requester", "resource", "status", "expires_at")
    list_filter = ("status", "resource__provider", "resource")
    search_fields = ("requester__code", "resource__code", "purpose")
    readonly_fields = (
        "workflow",
        "requester",
        "resource",
        "fields",
        "unmasked_fields",
        "purpose",
        "legal_basis",
        "valid_from",
        "expires_at",
        "status",
        "requested_by",
        "created_at",
        "decided_by",
        "decided_at",
        "decision_note",
        "revoked_by",
        "revoked_at",
        "revocation_note",
    )
    fields = readonly_fields

    @admin.display(description=_("Decide in the workflow"))
    def workflow(self, obj: Grant) -> str:
        url = reverse("sharing:request_detail", kwargs={"pk": obj.pk})
        return format_html('<a href="{}">{}</a>', url, url)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Discrepancy)
class DiscrepancyAdmin(admin.ModelAdmin):
    list_display = ("pk", "resource", "subject_masked", "field_name", "status")
    list_filter = ("status", "resource__provider", "resource")
    readonly_fields = (
        "workflow",
        "resource",
        "subject_masked",
        "field_name",
        "reported_value",
        "note",
        "reporter_system",
        "reported_by",
        "created_at",
        "status",
        "resolution",
        "resolved_by",
        "resolved_at",
    )
    fields = readonly_fields

    @admin.display(description=_("Resolve in the workflow"))
    def workflow(self, obj: Discrepancy) -> str:
        url = reverse("sharing:discrepancy_detail", kwargs={"pk": obj.pk})
        return format_html('<a href="{}">{}</a>', url, url)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(AccessRecord)
class AccessRecordAdmin(admin.ModelAdmin):
    list_display = ("created_at", "requester_code", "resource_code", "outcome")
    list_filter = ("outcome", "channel", "resource")
    search_fields = ("requester_code", "resource_code", "purpose")
    date_hierarchy = "created_at"
    actions = None

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
