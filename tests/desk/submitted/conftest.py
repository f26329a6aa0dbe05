"""Fixtures of the desk tests of submitted applications: the shared identifier
form (tests/eforms/residence_form.py) with this package's sections, its applicant,
and a member of staff."""

import pytest

from tests.desk.submitted.support import BODY
from tests.eforms.residence_form import (  # noqa: F401
    applicant_fixture,
    service_fixture,
    version_fixture,
)
from tests.factories import StaffUserFactory


@pytest.fixture
def form_body():
    return BODY


@pytest.fixture
def staff():
    return StaffUserFactory()
