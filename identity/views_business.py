"""Business pages under /my/business/: linking companies, deciding pending links,
appointing and revoking agents, and switching whom the user acts for.

Objects outside the user's reach are 404 (their ids reveal nothing); a member
without the role for an action gets 403.
"""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import acting
from .actions import business
from .models import (
    AgentGrant,
    Organisation,
    OrganisationLink,
    OrganisationMember,
    User,
)


class LinkForm(forms.Form):
    credit_code = forms.CharField(
        label=gettext_lazy("Unified social credit code"), max_length=30
    )


class AgentForm(forms.Form):
    agent_email = forms.EmailField(label=gettext_lazy("Agent's email address"))
    service_code = forms.CharField(
        label=gettext_lazy("Service code"),
        max_length=64,
        required=False,
        help_text=gettext_lazy("Leave empty to allow every service."),
    )
    expires_on = forms.DateField(
        label=gettext_lazy("Valid until"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )


def _add_errors(form: forms.Form, error: ValidationError, fields: dict) -> None:
    if hasattr(error, "error_dict"):
        for name, messages_ in error.message_dict.items():
            form.add_error(fields.get(name), messages_)
    else:
        form.add_error(None, error.messages)


def _organisation_of_member(user, pk: int) -> Organisation:
    return get_object_or_404(
        Organisation.objects.filter(organisationmember__user=user).distinct(), pk=pk
    )


@login_required
def business_home(request: HttpRequest) -> HttpResponse:
    return _render_home(request, LinkForm())


def _render_home(request: HttpRequest, link_form: LinkForm) -> HttpResponse:
    user = request.user
    memberships = (
        OrganisationMember.objects.filter(user=user)
        .select_related("organisation")
        .order_by("organisation__name")
    )
    decidable = [
        m.organisation
        for m in memberships
        if business.may_decide_links(user, m.organisation)
    ]
    person = user.person_or_none
    if person is not None:
        decidable += list(person.represented_organisations.all())
    pending = (
        OrganisationLink.objects.filter(
            organisation__in=decidable, status=OrganisationLink.Status.PENDING
        )
        .exclude(user=user)
        .select_related("user", "organisation")
    )
    return render(
        request,
        "identity/business_home.html",
        {
            "link_form": link_form,
            "links": OrganisationLink.objects.filter(user=user).select_related(
                "organisation"
            ),
            "memberships": memberships,
            "pending_links": pending,
            "my_grants": AgentGrant.objects.filter(agent=user).select_related(
                "organisation"
            ),
            "actable": acting.organisations_for(user),
            "current": acting.acting_for(request),
        },
    )


@login_required
@require_POST
def business_link(request: HttpRequest) -> HttpResponse:
    form = LinkForm(request.POST)
    if form.is_valid():
        try:
            link = business.link_credit_code(
                user=request.user, credit_code=form.cleaned_data["credit_code"]
            )
        except ValidationError as error:
            _add_errors(form, error, {"credit_code": "credit_code"})
        else:
            if link.status == OrganisationLink.Status.APPROVED:
                messages.success(
                    request,
                    _("You are now the administrator of %(name)s.")
                    % {"name": link.entity_name},
                )
            else:
                messages.info(
                    request,
                    _(
                        "The registry does not name you as legal representative: "
                        "your request waits for the company's approval."
                    ),
                )
            return redirect("identity:business")
    return _render_home(request, form)


def _decidable_link(request: HttpRequest, pk: int) -> OrganisationLink:
    person = request.user.person_or_none
    visible = Q(
        organisation__organisationmember__user=request.user,
        organisation__organisationmember__role=OrganisationMember.Role.ADMINISTRATOR,
    )
    if person is not None:
        visible |= Q(organisation__legal_representative=person)
    return get_object_or_404(
        OrganisationLink.objects.filter(visible).exclude(user=request.user).distinct(),
        pk=pk,
    )


@login_required
@require_POST
def business_link_approve(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, business.link_approve, _("Request approved."))


@login_required
@require_POST
def business_link_reject(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(request, pk, business.link_reject, _("Request rejected."))


def _decide(request: HttpRequest, pk: int, action, done: str) -> HttpResponse:
    link = _decidable_link(request, pk)
    try:
        action(link=link, decided_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("identity:business")


@login_required
def business_organisation(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _organisation_of_member(request.user, pk)
    if not business.may_manage_agents(request.user, organisation):
        raise PermissionDenied
    return _render_organisation(request, organisation, AgentForm())


def _render_organisation(request, organisation, form) -> HttpResponse:
    return render(
        request,
        "identity/business_organisation.html",
        {
            "organisation": organisation,
            "administrators": OrganisationMember.objects.filter(
                organisation=organisation,
                role=OrganisationMember.Role.ADMINISTRATOR,
            ).select_related("user"),
            "grants": organisation.agent_grants.select_related("agent", "granted_by"),
            "agent_form": form,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def business_agent_grant(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _organisation_of_member(request.user, pk)
    if not business.may_manage_agents(request.user, organisation):
        raise PermissionDenied
    form = AgentForm(request.POST)
    if form.is_valid():
        agent = User.objects.filter(
            email__iexact=form.cleaned_data["agent_email"]
        ).first()
        if agent is None:
            form.add_error("agent_email", _("No account uses this email address."))
        else:
            end_of_day = datetime.datetime.combine(
                form.cleaned_data["expires_on"], datetime.time.max
            )
            try:
                business.agent_grant(
                    organisation=organisation,
                    agent=agent,
                    granted_by=request.user,
                    service_code=form.cleaned_data["service_code"],
                    expires_at=timezone.make_aware(end_of_day),
                )
            except ValidationError as error:
                _add_errors(
                    form,
                    error,
                    {
                        "agent": "agent_email",
                        "service_code": "service_code",
                        "expires_at": "expires_on",
                    },
                )
            else:
                messages.success(request, _("Agent appointed."))
                return redirect("identity:business_organisation", pk=organisation.pk)
    return _render_organisation(request, organisation, form)


@login_required
@require_POST
def business_agent_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    grant = get_object_or_404(
        AgentGrant.objects.filter(
            organisation__organisationmember__user=request.user
        ).distinct(),
        pk=pk,
    )
    try:
        business.agent_revoke(grant=grant, revoked_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Appointment revoked."))
    return redirect("identity:business_organisation", pk=grant.organisation_id)


@login_required
@require_POST
def business_switch(request: HttpRequest) -> HttpResponse:
    raw = request.POST.get("organisation", "")
    if not raw:
        acting.switch_context(request, None)
        messages.success(request, _("You now act on your own behalf."))
        return redirect("identity:business")
    if not raw.isdigit():
        raise PermissionDenied
    organisation = next(
        (o for o in acting.organisations_for(request.user) if o.pk == int(raw)), None
    )
    if organisation is None:
        raise PermissionDenied
    acting.switch_context(request, organisation)
    messages.success(
        request, _("You now act on behalf of %(name)s.") % {"name": organisation.name}
    )
    return redirect("identity:business")
