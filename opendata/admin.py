"""Open data in the Django admin: read-mostly, since builders own the metadata
and releases are only ever added by the generation run."""

from django.contrib import admin

from .models import Dataset, DatasetFile, DatasetRelease


class DatasetReleaseInline(admin.TabularInline):
    model = DatasetRelease
    fields = ["version", "generated_at", "record_count", "content_sha256"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Dataset)
class DatasetAdmin(admin.ModelAdmin):
    list_display = ["slug", "title", "publisher", "update_cycle", "last_generated_at"]
    search_fields = ["slug", "title", "title_en"]
    readonly_fields = ["record_count", "last_generated_at", "latest_release", "fields"]
    inlines = [DatasetReleaseInline]


class DatasetFileInline(admin.TabularInline):
    model = DatasetFile
    fields = ["format", "file", "sha256", "size"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(DatasetRelease)
class DatasetReleaseAdmin(admin.ModelAdmin):
    list_display = ["dataset", "version", "generated_at", "record_count"]
    list_filter = ["dataset"]
    readonly_fields = [
        "dataset",
        "version",
        "generated_at",
        "record_count",
        "content_sha256",
    ]
    inlines = [DatasetFileInline]

    def has_add_permission(self, request) -> bool:
        return False
