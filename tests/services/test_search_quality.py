"""Search quality on the demo catalogue: recall at 5 of colloquial queries.

Loads the whole synthetic catalogue (``demo.catalogue_load``), so it measures the
search a visitor of the demo portal gets, on the database the suite runs on."""

import pytest

from demo.catalogue_load import DEMO_CATALOGUE
from services import selectors
from services.catalogue_files import STANDARD_ITEMS, read_files
from services.catalogue_rows import parse
from tests.services.search_queries import QUERIES

pytestmark = pytest.mark.django_db

RECALL_GOAL = 0.9


def test_recall_at_5_of_colloquial_queries(demo_catalogue, capsys):
    misses = []
    for query, expected in QUERIES:
        top = [s.name for s in selectors.service_search(query=query)[:5]]
        if expected not in top:
            misses.append((query, expected, top))
    recall = 1 - len(misses) / len(QUERIES)
    with capsys.disabled():  # shown in every run's output, not only with -s
        print(f"\nsearch recall@5 = {recall:.3f} over {len(QUERIES)} queries")  # noqa: T201
        for query, expected, top in misses:
            print(f"  miss: {query!r} wanted {expected!r}, got {top}")  # noqa: T201
    assert len(QUERIES) >= 40
    assert recall >= RECALL_GOAL


def test_every_required_service_is_found_by_its_own_name(demo_catalogue):
    # The standard items (基本目录) the demo catalogue must contain.
    standard_items = parse(read_files([DEMO_CATALOGUE]))[STANDARD_ITEMS]
    names = [record.values["name"] for record in standard_items]

    assert names
    for name in names:
        assert selectors.service_search(query=name).first().name == name
