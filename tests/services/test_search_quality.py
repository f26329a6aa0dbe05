"""Search quality on the demo catalogue: recall at 5 of colloquial queries.

Loads the whole synthetic catalogue (``services.demo_load``), so it measures the
search a visitor of the demo portal gets, on the database the suite runs on."""

import pytest

from services import selectors
from services.demo_load import load_catalogue
from tests.services.search_queries import QUERIES

pytestmark = pytest.mark.django_db

RECALL_GOAL = 0.9


@pytest.fixture
def catalogue():
    load_catalogue()


def test_recall_at_5_of_colloquial_queries(catalogue, capsys):
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


def test_every_required_service_is_found_by_its_own_name(catalogue):
    from services.demo_catalogue import REQUIRED_SERVICE_NAMES

    for name in REQUIRED_SERVICE_NAMES:
        assert selectors.service_search(query=name).first().name == name
