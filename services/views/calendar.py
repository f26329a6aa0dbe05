"""The working-day calendar's "Enter a year's schedule" page in the Wagtail admin
(on the calendar's snippet viewset, ``services.wagtail_hooks``).

GET shows the form: the year, the holidays and the adjusted working days one per
line, and a note saved on every day. "Preview" parses the boxes
(``services.calendar_schedule``) and shows, under the form kept as typed, every
date with what it does to the table: new, already there, or replacing a
different row (a conflict, listed apart). "Save" parses again and writes the
previewed plan; when the table changed since the preview, or conflicts need the
editor's choice to replace them, the page shows the preview again with the
reason. Only users who may add calendar days get the page: others in the admin
get 403, and Wagtail sends anonymous users to sign in.
"""

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import IndexView

from identity.permissions import WAGTAIL_ADMIN, staff_required

from ..calendar_schedule import (
    Plan,
    ReplaceNotConfirmed,
    ScheduleChanged,
    ScheduleInvalid,
    example_saturday,
    schedule_parse,
    schedule_plan,
    schedule_save,
)
from ..models import CalendarDay


@method_decorator(staff_required(WAGTAIL_ADMIN), name="dispatch")
class CalendarDayIndexView(IndexView):
    """The calendar's list, with a header button to the schedule page for those
    who may add days."""

    schedule_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.schedule_url_name and self.user_has_permission("add"):
            buttons.append(
                HeaderButton(
                    _("Enter a year's schedule"),
                    url=reverse(self.schedule_url_name),
                    icon_name="calendar-alt",
                )
            )
        return buttons


class ScheduleForm(forms.Form):
    year = forms.TypedChoiceField(label=gettext_lazy("Year"), coerce=int)
    holidays = forms.CharField(
        label=gettext_lazy("Holidays"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )
    working_days = forms.CharField(
        label=gettext_lazy("Adjusted working days"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false"}),
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        required=False,
        max_length=CalendarDay._meta.get_field("note").max_length,
        help_text=gettext_lazy(
            "Where the schedule was published, e.g. the number of the State "
            "Council notice; saved on every day."
        ),
    )
    # Rendered by the preview's conflict list, never ticked in advance.
    replace = forms.BooleanField(required=False)
    digest = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        # Last year (a correction) to two years ahead: a typed 2207 is refused.
        years = range(this_year - 1, this_year + 3)
        self.fields["year"].choices = [(year, str(year)) for year in years]
        self.fields["year"].initial = this_year + 1
        # Examples in next year's dates, the schedule most often entered.
        example = this_year + 1
        self.fields["holidays"].help_text = _(
            "One holiday per line: its dates as published, a single date or a "
            "range, then its name, e.g. “%(range)s Spring Festival” or "
            "“%(day)s National Day”. Every day of a range is a day off, "
            "weekends included."
        ) % {"range": f"{example}-02-06..{example}-02-12", "day": f"{example}-10-01"}
        self.fields["working_days"].help_text = _(
            "One Saturday or Sunday worked per line, then the name of the holiday "
            "it makes up for, e.g. “%(day)s Spring Festival”."
        ) % {"day": example_saturday(example).isoformat()}
        self.schedule = None

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.schedule = schedule_parse(
                year=cleaned["year"],
                holidays=cleaned["holidays"],
                working_days=cleaned["working_days"],
                note=cleaned["note"],
            )
        except ScheduleInvalid as invalid:
            for field, errors in invalid.errors.items():
                for error in errors:
                    self.add_error(field, error)
        return cleaned


@method_decorator(staff_required(WAGTAIL_ADMIN), name="dispatch")
class CalendarScheduleView(WagtailAdminTemplateMixin, TemplateView):
    model = CalendarDay
    index_url_name = None
    schedule_url_name = None
    header_icon = "date"
    page_title = gettext_lazy("Enter a year's schedule")
    template_name = "services/calendar/schedule.html"
    forbidden_template_name = "services/calendar/schedule_forbidden.html"

    @cached_property
    def permission_policy(self):
        # The calendar's add view checks the same policy.
        return policy_registry.get_by_type(CalendarDay) or ModelPermissionPolicy(
            CalendarDay
        )

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not self.permission_policy.user_has_permission(request.user, "add"):
            # Wagtail's own check would redirect to the dashboard instead.
            return TemplateResponse(
                request,
                self.forbidden_template_name,
                super().get_context_data(),
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(CalendarDay._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, *, form: ScheduleForm, plan: Plan | None = None, **kw):
        return super().get_context_data(
            form=form,
            plan=plan,
            can_save=plan is not None and bool(plan.new or plan.conflicts),
            action_url=reverse(self.schedule_url_name),
            **kw,
        )

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return self.render_to_response(self.get_context_data(form=ScheduleForm()))

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        notice = None
        if "save" in request.POST:
            try:
                plan = schedule_save(
                    schedule=form.schedule,
                    digest=form.cleaned_data["digest"],
                    replace=form.cleaned_data["replace"],
                    user=request.user,
                )
            except ScheduleChanged:
                notice = _(
                    "The calendar or the schedule changed since the preview. Check "
                    "the preview below, then save."
                )
            except ReplaceNotConfirmed:
                notice = _(
                    "Some dates are in the calendar already with other entries. "
                    "Choose to replace them, or remove those dates from the "
                    "schedule, then save."
                )
            else:
                messages.success(
                    request,
                    _(
                        "The %(year)s schedule is saved. Days added: %(added)s; "
                        "replaced: %(replaced)s; already in the calendar: "
                        "%(unchanged)s."
                    )
                    % {
                        "year": plan.schedule.year,
                        "added": len(plan.new),
                        "replaced": len(plan.conflicts),
                        "unchanged": len(plan.unchanged),
                    },
                )
                index = reverse(self.index_url_name)
                return redirect(f"{index}?year={plan.schedule.year}")
        plan = schedule_plan(form.schedule)
        return self.render_to_response(
            self.get_context_data(form=form, plan=plan, notice=notice)
        )
