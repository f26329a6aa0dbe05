import pytest

from identity import sms


@pytest.fixture(autouse=True)
def _empty_sms_outbox():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def verified_citizen(db):
    from tests.factories import PersonFactory, UserFactory

    user = UserFactory(phone="13912345678", phone_verified=True)
    PersonFactory(user=user)
    return user
