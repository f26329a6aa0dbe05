import pytest

from opendata.builders import REGISTRY
from opendata.publishing import dataset_generate, dataset_sync
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_api_lists_datasets_with_download_urls(client):
    ServiceFactory()
    release = dataset_generate(slug="service-catalogue")
    response = client.get("/api/v1/opendata/datasets")
    assert response.status_code == 200
    (item,) = response.json()
    assert item["identifier"] == "service-catalogue"
    assert item["licence_url"].startswith("https://")
    assert item["fields"][0]["name"] == "service_code"
    files = {f["format"]: f for f in item["latest_release"]["files"]}
    assert files["csv"]["url"].endswith("/opendata/service-catalogue/csv/")
    assert files["csv"]["sha256"] == release.files.get(format="csv").sha256


def test_api_lists_dataset_not_generated_without_release(client):
    dataset_sync(builder=REGISTRY["applications-monthly-by-service"])
    (item,) = client.get("/api/v1/opendata/datasets").json()
    assert item["latest_release"] is None
