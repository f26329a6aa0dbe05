import pytest
from django.core.management import call_command

from opendata.builders import REGISTRY
from opendata.models import Dataset, DatasetRelease
from opendata.tasks import opendata_generate_all
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def test_task_runs_eagerly_and_publishes_every_dataset(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    ServiceFactory()
    result = opendata_generate_all.delay().get()
    assert sorted(result) == sorted(f"{slug} v1" for slug in REGISTRY)
    assert Dataset.objects.filter(latest_release__isnull=False).count() == len(REGISTRY)


def test_task_twice_adds_no_release():
    ServiceFactory()
    opendata_generate_all.delay()
    assert opendata_generate_all.delay().get() == []
    assert DatasetRelease.objects.count() == len(REGISTRY)


def test_task_is_scheduled_daily(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["opendata-generate-all"]
    assert entry["task"] == opendata_generate_all.name
    assert entry["schedule"].hour == {2}
    assert entry["schedule"].minute == {30}


def test_management_command_generates_one_dataset(capsys):
    ServiceFactory()
    call_command("opendata_generate", dataset=["service-catalogue"])
    assert "service-catalogue: v1" in capsys.readouterr().out
    assert DatasetRelease.objects.get().dataset.slug == "service-catalogue"
