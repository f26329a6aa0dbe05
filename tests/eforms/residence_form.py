"""A published e-form with identifier fields, for the tests of what becomes of
its answers (tests/eforms/test_identifier_storage.py, the desk's
tests/services/desk_submitted/): the service 居住登记 with its form 居住登记申请表,
the version to fill in, and the applicant 林晓明.

The form's sections come from the ``form_body`` fixture, which the using module
(or its conftest) defines; it imports the fixtures it needs from here::

    from tests.eforms.residence_form import (  # noqa: F401
        applicant_fixture,
        service_fixture,
        version_fixture,
    )
"""

import pytest

from eforms.actions import definition_publish
from tests.factories import PersonFactory, ServiceFactory


def masked(number: str) -> str:
    """A resident ID number as pages show it."""
    return number[:6] + "********" + number[-4:]


@pytest.fixture(name="service")
def service_fixture(form_body):
    """The service 居住登记 with its form published from ``form_body``."""
    service = ServiceFactory(name="居住登记")
    definition_publish(service=service, title="居住登记申请表", body=form_body)
    return service


@pytest.fixture(name="version")
def version_fixture(service):
    """The form's published version, the one an application fills in."""
    return service.form_definition.versions.get()


@pytest.fixture(name="applicant")
def applicant_fixture():
    """The citizen 林晓明."""
    return PersonFactory(name="林晓明").user
