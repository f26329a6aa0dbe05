from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from .models import (
    AgentGrant,
    Consent,
    CorrectionRequest,
    IdentityLink,
    Organisation,
    OrganisationLink,
    OrganisationMember,
    Person,
    User,
)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (None, {"fields": ("display_name",)}),
    )
    list_display = ("username", "email", "display_name", "is_staff")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "identifier_masked", "user")
    readonly_fields = ("identifier_masked",)
    search_fields = ("name",)


class OrganisationMemberInline(admin.TabularInline):
    model = OrganisationMember
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "identifier_masked")
    readonly_fields = ("identifier_masked",)
    raw_id_fields = ("legal_representative",)
    inlines = [OrganisationMemberInline]


@admin.register(IdentityLink)
class IdentityLinkAdmin(admin.ModelAdmin):
    list_display = ("person", "kind", "identifier_masked", "method", "verified_at")
    list_filter = ("kind", "method")
    readonly_fields = ("identifier_masked", "source_resource", "source_access_record")
    raw_id_fields = ("person", "verified_by")


@admin.register(OrganisationLink)
class OrganisationLinkAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "status", "created_at")
    list_filter = ("status",)
    raw_id_fields = ("user", "organisation", "decided_by")


@admin.register(AgentGrant)
class AgentGrantAdmin(admin.ModelAdmin):
    list_display = ("organisation", "agent", "service_code", "expires_at", "revoked_at")
    raw_id_fields = ("organisation", "agent", "granted_by", "revoked_by")


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "given_at", "withdrawn_at")


@admin.register(CorrectionRequest)
class CorrectionRequestAdmin(admin.ModelAdmin):
    list_display = ("__str__", "created_at")
