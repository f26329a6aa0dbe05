"""Django admin for e-licences, with the bulk import of licences issued by a legacy
system: ``LicenceAdmin.import_view`` at ``<changelist>/import/`` (linked from the
changelist) takes a licence type and a CSV file, shows every invalid row with its
column and reason, or imports all rows through ``bulk_import`` and shows what was
created and skipped."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from licences import bulk_import
from licences.actions import bulk_import as bulk_import_write

from .models import Licence, LicenceEvent, LicenceShareLink, LicenceType


class LicenceImportForm(forms.Form):
    licence_type = forms.ModelChoiceField(
        queryset=LicenceType.objects.all(), label=_("Licence type")
    )
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 or GB18030, at most 2 MB and 5,000 rows. Columns: holder, "
            "holder_name, holder_identifier, legacy_number, issued_on, "
            "valid_until (optional), then one column per licence data field."
        ),
    )

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        limit = bulk_import.MAX_BYTES
        content = upload.read(limit + 1) if upload.size <= limit else b""
        if upload.size > limit or len(content) > limit:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": limit // 2**20}
            )
        return content


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
    # The changelist links to the import: admin/licences/licence/change_list.html.

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_view)
        return [
            path("import/", view, name="licences_licence_import"),
            *super().get_urls(),
        ]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import existing licences"),
        }
        if request.method == "POST":
            form = LicenceImportForm(request.POST, request.FILES)
        else:
            form = LicenceImportForm()
        if form.is_bound and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                plan = bulk_import.plan_import(
                    licence_type=form.cleaned_data["licence_type"], content=upload
                )
            except bulk_import.ImportFileError as exc:
                form.add_error("file", exc.message)
            else:
                if plan.errors:
                    context["errors"] = plan.errors
                else:
                    context["result"] = bulk_import_write.licences_import(
                        plan=plan,
                        imported_by=request.user,
                        filename=request.FILES["file"].name,
                    )
        context["form"] = form
        return TemplateResponse(request, "admin/licences/licence/import.html", context)


@admin.register(LicenceEvent)
class LicenceEventAdmin(admin.ModelAdmin):
    """Read-only: events are append-only and written by
    ``licences.actions.lifecycle``."""

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
