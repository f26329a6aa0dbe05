import pytest
from django.urls import reverse

from opendata.builders import REGISTRY
from opendata.publishing import dataset_generate, dataset_sync
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "service-catalogue"


@pytest.fixture
def published():
    ServiceFactory(code="VIEW-1")
    return dataset_generate(slug=CATALOGUE)


def test_list_shows_datasets_with_publisher_and_cycle(client, published):
    response = client.get("/opendata/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "政务服务事项目录" in body
    assert published.dataset.publisher in body
    assert reverse("opendata:download", args=[CATALOGUE, "csv"]) in body


def test_english_list_under_en_prefix(client, published):
    response = client.get("/en/opendata/")
    assert response.status_code == 200
    assert "Government service catalogue" in response.content.decode()


def test_detail_shows_field_dictionary_and_releases(client, published):
    response = client.get(reverse("opendata:detail", args=[CATALOGUE]))
    body = response.content.decode()
    assert response.status_code == 200
    assert '<th scope="row"><code>service_code</code></th>' in body
    assert "事项编码" in body
    assert published.files.get(format="json").sha256 in body
    assert reverse("opendata:release_download", args=[CATALOGUE, 1, "json"]) in body


def test_english_detail_describes_fields_in_english(client, published):
    response = client.get(f"/en/opendata/{CATALOGUE}/")
    body = response.content.decode()
    assert "Service code" in body
    assert "Field dictionary" in body


def test_dataset_not_generated_shows_being_prepared(client):
    dataset_sync(builder=REGISTRY[CATALOGUE])
    response = client.get(reverse("opendata:detail", args=[CATALOGUE]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "正在准备" in body
    assert reverse("opendata:download", args=[CATALOGUE, "csv"]) not in body


def test_download_of_dataset_not_generated_is_404(client):
    dataset_sync(builder=REGISTRY[CATALOGUE])
    response = client.get(reverse("opendata:download", args=[CATALOGUE, "csv"]))
    assert response.status_code == 404


def test_download_streams_csv_with_headers(client, published):
    response = client.get(reverse("opendata:download", args=[CATALOGUE, "csv"]))
    data_file = published.files.get(format="csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="service-catalogue-v1.csv"' in response["Content-Disposition"]
    assert response["ETag"] == f'"{data_file.sha256}"'
    assert "Last-Modified" in response
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf")
    assert "VIEW-1" in content.decode("utf-8-sig")


def test_download_json_content_type(client, published):
    response = client.get(reverse("opendata:download", args=[CATALOGUE, "json"]))
    assert response["Content-Type"] == "application/json"


def test_conditional_get_with_matching_etag_is_304(client, published):
    etag = f'"{published.files.get(format="csv").sha256}"'
    response = client.get(
        reverse("opendata:download", args=[CATALOGUE, "csv"]),
        HTTP_IF_NONE_MATCH=etag,
    )
    assert response.status_code == 304
    assert response["ETag"] == etag


def test_conditional_get_with_other_etag_is_200(client, published):
    response = client.get(
        reverse("opendata:download", args=[CATALOGUE, "csv"]),
        HTTP_IF_NONE_MATCH='"stale"',
    )
    assert response.status_code == 200


def test_earlier_release_stays_downloadable(client, published):
    ServiceFactory(code="VIEW-2")
    dataset_generate(slug=CATALOGUE)
    response = client.get(
        reverse("opendata:release_download", args=[CATALOGUE, 1, "csv"])
    )
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert response.status_code == 200
    assert "VIEW-1" in content
    assert "VIEW-2" not in content


@pytest.mark.parametrize(
    "path",
    [
        "/opendata/no-such-dataset/",
        "/opendata/no-such-dataset/csv/",
        "/opendata/service-catalogue/xlsx/",
        "/opendata/service-catalogue/v9/csv/",
    ],
)
def test_unknown_dataset_format_or_version_is_404(client, published, path):
    assert client.get(path).status_code == 404
