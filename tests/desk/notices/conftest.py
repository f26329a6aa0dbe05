"""Fixtures of the notice tests: notifications are recorded and materials stored
as plain rows (``support.install_stubs``) unless a test module puts the real ones
back; an application of the signed-in citizen; a supervisor."""

import pytest

from tests.desk.notices.support import install_stubs, make_supervisor
from tests.factories import ApplicationFactory, StaffUserFactory


@pytest.fixture(autouse=True)
def notified(monkeypatch):
    return install_stubs(monkeypatch)


@pytest.fixture
def application(citizen):
    return ApplicationFactory(applicant=citizen)


@pytest.fixture
def supervisor(db):
    return make_supervisor(StaffUserFactory())
