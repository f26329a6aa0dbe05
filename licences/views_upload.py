"""The uploaded-PDF check: is this licence PDF's signature intact, ours, and the
signed PDF we issued for a live licence?"""

import hashlib

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from common import ratelimit

from . import numbering
from .models import Licence
from .ratelimit import client_ip
from .signing import verify_pdf

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Validation costs far more than a lookup: a smaller budget than the verify page.
UPLOAD_LIMIT_PER_MINUTE = 10


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Licence PDF"),
        help_text=_("The PDF file of an e-licence, at most 10 MB."),
    )

    def clean_file(self) -> bytes:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        upload.seek(0)
        content = upload.read(MAX_UPLOAD_BYTES + 1)
        if len(content) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        # By content, not by name or declared type.
        if not content.startswith(b"%PDF-"):
            raise forms.ValidationError(_("The file is not a PDF document."))
        return content


def _too_many_checks(request: HttpRequest) -> bool:
    """A per-client budget of uploaded-PDF checks a minute (trusted-proxy aware,
    like the verify page)."""
    result = ratelimit.hit(f"licence-verify-upload:{client_ip(request)}", window=60)
    return result.over(UPLOAD_LIMIT_PER_MINUTE)


def _licence_for(number: str) -> Licence | None:
    if not number or not numbering.is_well_formed(number):
        return None
    return Licence.objects.select_related("licence_type").filter(number=number).first()


@never_cache
def verify_upload(request: HttpRequest) -> HttpResponse:
    context: dict = {}
    status = 200
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if _too_many_checks(request):
            context["throttled"] = True
            status = 429
        elif form.is_valid():
            content = form.cleaned_data["file"]
            check = verify_pdf(content)
            licence = _licence_for(check.licence_number) if check.ok else None
            matches = bool(
                licence is not None
                and licence.pdf_sha256
                and licence.pdf_sha256 == hashlib.sha256(content).hexdigest()
            )
            context.update(
                checked=True,
                check=check,
                licence=licence if matches else None,
                matches=matches,
                live=matches
                and licence.status == Licence.Status.VALID
                and not licence.is_expired,
            )
        else:
            status = 400
    else:
        form = UploadForm()
    context["form"] = form
    return render(request, "licences/verify_upload.html", context, status=status)
