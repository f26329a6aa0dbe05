"""Serving processes build the search segmenters when they start, so that the
first search of a new process reads no dictionary (common.segmenter)."""

import importlib

import jieba
import pytest
from django.urls import reverse

from citizen_portal.celery import load_segmenters
from common import segmenter
from tests.factories import ServiceFactory


@pytest.fixture
def unloaded(monkeypatch) -> list[segmenter.Segmenter]:
    """The project's segmenters as in a process that has not built them yet."""
    declared = segmenter.registered()
    for each in declared:
        monkeypatch.setattr(each, "_tokenizer", None)
    return declared


def _start(entry_point: str) -> None:
    importlib.reload(importlib.import_module(entry_point))


def test_the_catalogue_and_the_site_declare_their_segmenters():
    assert {s.name for s in segmenter.registered()} >= {"catalogue", "site"}


@pytest.mark.parametrize("entry_point", ["citizen_portal.wsgi", "citizen_portal.asgi"])
def test_the_web_entry_points_build_the_segmenters(unloaded, entry_point):
    _start(entry_point)
    assert all(s.loaded for s in unloaded)


def test_a_celery_worker_builds_the_segmenters_when_it_starts(unloaded):
    from celery.signals import worker_init

    uids = [key[0] for key, _receiver in worker_init.receivers]
    assert "citizen_portal.segmenters" in uids
    load_segmenters()
    assert all(s.loaded for s in unloaded)


@pytest.mark.django_db
def test_after_start_the_first_searches_read_no_dictionary(
    unloaded, client, monkeypatch
):
    service = ServiceFactory(name="建筑工程施工许可核发")
    _start("citizen_portal.wsgi")
    reads = []
    for name in ("initialize", "load_userdict"):
        original = getattr(jieba.Tokenizer, name)

        def counted(self, *args, _original=original, **kwargs):
            reads.append(self)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(jieba.Tokenizer, name, counted)
    catalogue = client.get(reverse("services:catalogue"), {"q": "施工许可"})
    site = client.get("/search/", {"q": "施工许可"})
    assert service.name in [s.name for s in catalogue.context["page"]]
    assert site.status_code == 200
    assert reads == []
