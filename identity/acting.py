"""Acting for an organisation: an explicit, session-based context switch.

A user acts for themselves until they choose an organisation with
``switch_context``; the choice is kept in the session and checked again on every
request by ``acting_for``: an administrator may always act, an agent only while an
``AgentGrant`` is in force (not revoked, started, not expired). A grant that lapses
drops the organisation from the context on the next request. Actions record
``on_behalf_label(request)`` (and the organisation) with what they write.

``acting_context`` is a template context processor (register
``identity.acting.acting_context`` in settings) for the header banner
"正在代表 XX 公司办理".
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AgentGrant, Organisation, OrganisationMember, User

SESSION_KEY = "identity.acting_for"
_CACHE_ATTR = "_identity_acting_for"


def may_act_for(
    user: User, organisation: Organisation, *, service_code: str | None = None
) -> bool:
    """Whether ``user`` may act for ``organisation`` now (for ``service_code``, if
    given: an agent needs a grant for every service or for that one)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if OrganisationMember.objects.filter(
        organisation=organisation,
        user=user,
        role=OrganisationMember.Role.ADMINISTRATOR,
    ).exists():
        return True
    grants = AgentGrant.objects.in_force(timezone.now()).filter(
        organisation=organisation, agent=user
    )
    if service_code is not None:
        grants = grants.filter(service_code__in=["", service_code])
    return grants.exists()


def organisations_for(user: User) -> list[Organisation]:
    """The organisations ``user`` may act for now."""
    if not getattr(user, "is_authenticated", False):
        return []
    administered = Organisation.objects.filter(
        organisationmember__user=user,
        organisationmember__role=OrganisationMember.Role.ADMINISTRATOR,
    )
    granted = Organisation.objects.filter(
        pk__in=AgentGrant.objects.in_force().filter(agent=user).values("organisation")
    )
    return list((administered | granted).distinct().order_by("name"))


def acting_for(request: HttpRequest) -> Organisation | None:
    """The organisation the user acts for in this request, or None (themselves)."""
    if hasattr(request, _CACHE_ATTR):
        return getattr(request, _CACHE_ATTR)
    organisation = None
    pk = request.session.get(SESSION_KEY)
    if pk is not None:
        organisation = Organisation.objects.filter(pk=pk).first()
        if organisation is None or not may_act_for(request.user, organisation):
            request.session.pop(SESSION_KEY, None)
            organisation = None
    setattr(request, _CACHE_ATTR, organisation)
    return organisation


def switch_context(request: HttpRequest, organisation: Organisation | None) -> None:
    """Act for ``organisation`` from now on, or for oneself with None."""
    if organisation is None:
        request.session.pop(SESSION_KEY, None)
    else:
        if not may_act_for(request.user, organisation):
            raise PermissionDenied
        request.session[SESSION_KEY] = organisation.pk
    setattr(request, _CACHE_ATTR, organisation)


def on_behalf_label(request: HttpRequest) -> str:
    """Who an action is done for, in words to record with it."""
    organisation = acting_for(request)
    if organisation is None:
        return _("on their own behalf")
    return _("on behalf of %(name)s (%(code)s)") % {
        "name": organisation.name,
        "code": organisation.identifier_masked,
    }


def acting_context(request: HttpRequest) -> dict:
    """Context processor: ``acting_for`` (lazy) for the header banner."""
    return {"acting_for": lambda: acting_for(request)}
