import datetime

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.utils import timezone

from identity import acting
from identity.actions import business

from .business_support import in_days, organisation_with_admin, verified_user

pytestmark = pytest.mark.django_db


def _request(user, session=None):
    request = RequestFactory().get("/")
    request.user = user
    request.session = session if session is not None else SessionStore()
    return request


def _agent(organisation, admin, **kwargs):
    agent = verified_user()
    grant = business.agent_grant(
        organisation=organisation,
        agent=agent,
        granted_by=admin,
        expires_at=kwargs.pop("expires_at", in_days(9)),
        **kwargs,
    )
    return agent, grant


def test_user_acts_for_themselves_by_default():
    assert acting.acting_for(_request(verified_user())) is None


def test_administrator_switches_context_to_organisation():
    organisation, admin = organisation_with_admin()
    request = _request(admin)
    acting.switch_context(request, organisation)
    assert acting.acting_for(_request(admin, request.session)) == organisation


def test_switch_back_to_self():
    organisation, admin = organisation_with_admin()
    request = _request(admin)
    acting.switch_context(request, organisation)
    acting.switch_context(request, None)
    assert acting.acting_for(_request(admin, request.session)) is None


def test_stranger_cannot_switch_to_organisation():
    organisation, _admin = organisation_with_admin()
    with pytest.raises(PermissionDenied):
        acting.switch_context(_request(verified_user()), organisation)


def test_agent_with_grant_in_force_may_switch():
    organisation, admin = organisation_with_admin()
    agent, _grant = _agent(organisation, admin)
    request = _request(agent)
    acting.switch_context(request, organisation)
    assert acting.acting_for(_request(agent, request.session)) == organisation


def test_expired_grant_drops_context_on_next_request(monkeypatch):
    organisation, admin = organisation_with_admin()
    agent, _grant = _agent(organisation, admin, expires_at=in_days(1))
    request = _request(agent)
    acting.switch_context(request, organisation)
    later = timezone.now() + datetime.timedelta(days=2)
    monkeypatch.setattr(acting.timezone, "now", lambda: later)
    next_request = _request(agent, request.session)
    assert acting.acting_for(next_request) is None
    assert acting.SESSION_KEY not in next_request.session


def test_revoked_grant_drops_context_on_next_request():
    organisation, admin = organisation_with_admin()
    agent, grant = _agent(organisation, admin)
    request = _request(agent)
    acting.switch_context(request, organisation)
    business.agent_revoke(grant=grant, revoked_by=admin)
    assert acting.acting_for(_request(agent, request.session)) is None


def test_grant_not_yet_started_does_not_allow_acting():
    organisation, admin = organisation_with_admin()
    agent, _grant = _agent(
        organisation, admin, valid_from=in_days(1), expires_at=in_days(5)
    )
    with pytest.raises(PermissionDenied):
        acting.switch_context(_request(agent), organisation)


def test_service_grant_allows_only_that_service():
    organisation, admin = organisation_with_admin()
    agent, _grant = _agent(organisation, admin, service_code="TEST-0001")
    assert acting.may_act_for(agent, organisation, service_code="TEST-0001")
    assert not acting.may_act_for(agent, organisation, service_code="TEST-0002")


def test_grant_for_every_service_allows_any_service():
    organisation, admin = organisation_with_admin()
    agent, _grant = _agent(organisation, admin)
    assert acting.may_act_for(agent, organisation, service_code="TEST-0002")


def test_on_behalf_label_names_the_organisation():
    organisation, admin = organisation_with_admin()
    request = _request(admin)
    assert acting.on_behalf_label(request) == "本人办理"
    acting.switch_context(request, organisation)
    label = acting.on_behalf_label(_request(admin, request.session))
    assert organisation.name in label
    assert organisation.identifier_masked in label


def test_organisations_for_lists_only_those_in_force():
    organisation, admin = organisation_with_admin()
    agent, grant = _agent(organisation, admin)
    assert acting.organisations_for(agent) == [organisation]
    business.agent_revoke(grant=grant, revoked_by=admin)
    assert acting.organisations_for(agent) == []
