"""Fixtures shared by the services tests (a module's own fixture of the same name
wins)."""

import pytest

from tests.factories import PersonFactory, next_resident_id


@pytest.fixture
def resident_id():
    """A fresh synthetic resident ID number."""
    return next_resident_id()


@pytest.fixture
def applicant(resident_id):
    """A citizen whose person has ``resident_id``."""
    return PersonFactory(resident_id=resident_id).user
