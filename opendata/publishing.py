"""Generating open datasets: builder → files in storage → a release row.

Flow of ``dataset_generate(slug=...)``:

1. copy the builder's metadata onto the ``Dataset`` row (created on first run) and
   lock it, so that two runs at once cannot both add version N+1;
2. stream the builder's records, in one pass, into two spooled temporary files:
   CSV (UTF-8 with a BOM, so that Excel shows Chinese correctly; a header row of
   field names) and JSON (an object with ``metadata`` and a ``records`` array),
   hashing both as they are written, so memory stays bounded;
3. if the CSV checksum equals the latest release's, the data is unchanged: no new
   release, no new files (running twice is harmless);
4. otherwise save both files under ``opendata/<slug>/v<N>/`` in the default
   storage and record the release, its files (SHA-256, size) and the dataset's
   record count and time. Earlier releases and their files are kept.

``dataset_generate_all`` runs every registered builder; the Celery task and the
``opendata_generate`` command call it.
"""

import csv
import hashlib
import json
import logging
import tempfile
from typing import IO

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from .builders import LICENCE_NAME, LICENCE_URL, REGISTRY, Builder
from .models import Dataset, DatasetFile, DatasetRelease, Format

logger = logging.getLogger(__name__)

# Files up to this size stay in memory while being written; larger ones spill to
# a temporary file on disk.
SPOOL_BYTES = 4 * 1024 * 1024


class _HashingWriter:
    """A text sink that encodes to UTF-8, hashes and counts what it writes."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.file.write(data)
        self.sha.update(data)
        self.size += len(data)
        return len(text)

    def close(self) -> None:
        self.file.close()


def _csv_value(value: object) -> object:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def dataset_sync(*, builder: Builder) -> Dataset:
    """Create or update the dataset row from its builder's metadata."""
    dataset, _ = Dataset.objects.update_or_create(
        slug=builder.slug,
        defaults={
            "title": builder.title,
            "title_en": builder.title_en,
            "description": builder.description,
            "description_en": builder.description_en,
            "publisher": builder.publisher(),
            "theme": builder.theme,
            "update_cycle": builder.update_cycle,
            "licence_name": LICENCE_NAME,
            "licence_url": LICENCE_URL,
            "fields": [f.as_dict() for f in builder.fields],
            "sort_order": builder.sort_order,
        },
    )
    return dataset


def _metadata(dataset: Dataset, version: int, generated_at) -> dict:
    return {
        "identifier": dataset.slug,
        "title": dataset.title,
        "title_en": dataset.title_en,
        "description": dataset.description,
        "publisher": dataset.publisher,
        "theme": dataset.theme,
        "update_cycle": dataset.update_cycle,
        "licence": {"name": dataset.licence_name, "url": dataset.licence_url},
        "attribution_required": True,
        "version": version,
        "generated_at": timezone.localtime(generated_at).isoformat(),
        "fields": dataset.fields,
    }


def _write(
    builder: Builder, metadata: dict
) -> tuple[_HashingWriter, _HashingWriter, int]:
    csv_out, json_out = _HashingWriter(), _HashingWriter()
    csv_out.write("\ufeff")
    writer = csv.writer(csv_out, lineterminator="\r\n")
    writer.writerow(builder.field_names)
    head = json.dumps({"metadata": metadata}, ensure_ascii=False)
    json_out.write(head[:-1] + ', "records": [')
    count = 0
    for record in builder.records():
        writer.writerow([_csv_value(record[name]) for name in builder.field_names])
        json_out.write(("," if count else "") + "\n")
        json_out.write(json.dumps(record, ensure_ascii=False))
        count += 1
    json_out.write(f'\n], "record_count": {count}}}\n')
    return csv_out, json_out, count


def dataset_generate(*, slug: str) -> DatasetRelease | None:
    """Publish a new release of dataset ``slug`` if its content changed.

    Returns the new release, or None when the data is unchanged. Raises KeyError
    for a slug no builder is registered under.
    """
    builder = REGISTRY[slug]
    dataset_sync(builder=builder)
    with transaction.atomic():
        dataset = (
            # FOR UPDATE cannot lock the nullable side of the outer join, and
            # only the dataset row needs locking.
            Dataset.objects.select_for_update(of=("self",))
            .select_related("latest_release")
            .get(slug=slug)
        )
        latest = dataset.latest_release
        version = (latest.version if latest else 0) + 1
        now = timezone.now()
        csv_out, json_out, count = _write(builder, _metadata(dataset, version, now))
        saved: list[str] = []
        try:
            if latest and latest.content_sha256 == csv_out.sha.hexdigest():
                logger.info("open data %s unchanged (v%d)", slug, latest.version)
                return None
            release = DatasetRelease.objects.create(
                dataset=dataset,
                version=version,
                generated_at=now,
                record_count=count,
                content_sha256=csv_out.sha.hexdigest(),
            )
            for fmt, out in ((Format.CSV, csv_out), (Format.JSON, json_out)):
                out.file.seek(0)
                name = default_storage.save(
                    f"opendata/{slug}/v{version}/{slug}.{fmt.value}", File(out.file)
                )
                saved.append(name)
                DatasetFile.objects.create(
                    release=release,
                    format=fmt,
                    file=name,
                    sha256=out.sha.hexdigest(),
                    size=out.size,
                )
            dataset.latest_release = release
            dataset.record_count = count
            dataset.last_generated_at = now
            dataset.save(
                update_fields=["latest_release", "record_count", "last_generated_at"]
            )
        except BaseException:
            # The rows roll back with the transaction; the files would be orphans.
            for name in saved:
                default_storage.delete(name)
            raise
        finally:
            csv_out.close()
            json_out.close()
    logger.info("open data %s v%d published (%d records)", slug, version, count)
    return release


def dataset_generate_all() -> list[DatasetRelease]:
    """Generate every registered dataset; returns the releases actually added."""
    releases = []
    for slug in REGISTRY:
        release = dataset_generate(slug=slug)
        if release is not None:
            releases.append(release)
    return releases
