"""Public open data pages: the catalogue, a dataset's page and file downloads.

Downloads stream the stored file with its content type, an attachment filename,
``ETag`` (the file's SHA-256) and ``Last-Modified`` (the release time); a
conditional GET that matches answers 304 without opening the file. Unknown
datasets, formats and versions, and datasets not generated yet, answer 404.
"""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from . import selectors

# Clients may reuse a download for a while; the daily run changes it at most once.
DOWNLOAD_MAX_AGE = 600


@require_safe
def dataset_list(request: HttpRequest) -> HttpResponse:
    return render(request, "opendata/list.html", {"datasets": selectors.dataset_list()})


@require_safe
def dataset_detail(request: HttpRequest, slug: str) -> HttpResponse:
    dataset = selectors.dataset_detail(slug=slug)
    return render(
        request,
        "opendata/detail.html",
        {"dataset": dataset, "releases": list(dataset.releases.all())},
    )


@require_safe
def dataset_download(
    request: HttpRequest, slug: str, fmt: str, version: int | None = None
) -> HttpResponse:
    data_file = selectors.dataset_file(slug=slug, fmt=fmt, version=version)
    etag = f'"{data_file.sha256}"'
    last_modified = int(data_file.release.generated_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        try:
            handle = default_storage.open(data_file.file.name, "rb")
        except OSError as exc:
            raise Http404("file missing from storage") from exc
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=data_file.download_name,
            content_type=data_file.content_type,
        )
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=DOWNLOAD_MAX_AGE)
    return response
