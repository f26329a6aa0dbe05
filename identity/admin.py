from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from .models import Organisation, OrganisationMember, Person, User


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
