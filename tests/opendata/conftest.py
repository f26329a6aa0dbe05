import csv
import io
import json

from django.core.files.storage import default_storage

from opendata.models import Dataset, Format


def read_file(slug: str, fmt: str = Format.CSV) -> bytes:
    dataset = Dataset.objects.select_related("latest_release").get(slug=slug)
    data_file = dataset.latest_release.files.get(format=fmt)
    with default_storage.open(data_file.file.name, "rb") as handle:
        return handle.read()


def read_csv(slug: str) -> list[dict]:
    text = read_file(slug).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def read_json(slug: str) -> dict:
    return json.loads(read_file(slug, Format.JSON))
