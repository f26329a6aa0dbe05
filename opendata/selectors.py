"""Read queries for the open data pages, downloads and API."""

from django.db.models import F, Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Dataset, DatasetFile, DatasetRelease, Format


def dataset_list() -> QuerySet[Dataset]:
    return Dataset.objects.select_related("latest_release").prefetch_related(
        "latest_release__files"
    )


def dataset_detail(*, slug: str) -> Dataset:
    """The dataset with its latest release and every release's files."""
    releases = DatasetRelease.objects.prefetch_related("files").order_by("-version")
    return get_object_or_404(
        dataset_list().prefetch_related(Prefetch("releases", queryset=releases)),
        slug=slug,
    )


def dataset_file(*, slug: str, fmt: str, version: int | None = None) -> DatasetFile:
    """The file of ``slug`` in ``fmt``: of the latest release, or of ``version``.
    Http404 for an unknown dataset, format or version, or one not generated yet."""
    if fmt not in Format.values:
        raise Http404("unknown format")
    files = DatasetFile.objects.select_related("release__dataset").filter(
        release__dataset__slug=slug, format=fmt
    )
    if version is None:
        files = files.filter(release__dataset__latest_release=F("release"))
    else:
        files = files.filter(release__version=version)
    return get_object_or_404(files)
