"""The open data catalogue over HTTP: ``GET /api/v1/opendata/datasets``.

Anonymous and read-only: every dataset with its metadata, field dictionary and,
once generated, the latest release's download URLs (absolute, Chinese default
language), checksums and sizes. A dataset not generated yet has
``latest_release: null``.
"""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from ninja import Field, NinjaAPI, Router, Schema

from . import selectors
from .models import Dataset

router = Router(tags=["opendata"])


class FieldOut(Schema):
    name: str
    type: str
    title: str = Field(description="Meaning of the column, in Chinese.")
    title_en: str = Field(description="Meaning of the column, in English.")
    description: str = ""


class FileOut(Schema):
    format: str = Field(description="csv or json.")
    url: str
    sha256: str
    size: int = Field(description="Bytes.")


class ReleaseOut(Schema):
    version: int
    generated_at: str
    record_count: int
    files: list[FileOut]


class DatasetOut(Schema):
    identifier: str
    title: str
    title_en: str
    description: str
    description_en: str
    publisher: str
    theme: str
    update_cycle: str
    licence: str
    licence_url: str
    attribution_required: bool = True
    page_url: str
    fields: list[FieldOut]
    latest_release: ReleaseOut | None


def _absolute(name: str, *args) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.PORTAL_BASE_URL + reverse(name, args=args)


def dataset_payload(dataset: Dataset) -> dict:
    release = dataset.latest_release
    latest = None
    if release is not None:
        latest = {
            "version": release.version,
            "generated_at": timezone.localtime(release.generated_at).isoformat(),
            "record_count": release.record_count,
            "files": [
                {
                    "format": f.format,
                    "url": _absolute("opendata:download", dataset.slug, f.format),
                    "sha256": f.sha256,
                    "size": f.size,
                }
                for f in release.files.all()
            ],
        }
    return {
        "identifier": dataset.slug,
        "title": dataset.title,
        "title_en": dataset.title_en,
        "description": dataset.description,
        "description_en": dataset.description_en,
        "publisher": dataset.publisher,
        "theme": dataset.theme,
        "update_cycle": dataset.update_cycle,
        "licence": dataset.licence_name,
        "licence_url": dataset.licence_url,
        "page_url": _absolute("opendata:detail", dataset.slug),
        "fields": dataset.fields,
        "latest_release": latest,
    }


@router.get("/datasets", response=list[DatasetOut], auth=None)
def datasets(request: HttpRequest) -> list[dict]:
    return [dataset_payload(d) for d in selectors.dataset_list()]


def register(api: NinjaAPI, prefix: str = "/opendata") -> None:
    api.add_router(prefix, router)
