"""My notifications (/my/notifications/) and the agency message desk
(/desk/messages/).

The person's pages list their own notifications only: another account's
notification is a 404. Opening one marks it read and follows its link when that is
a page of this portal. The desk pages are staff pages for the
``notifications.add_pushmessage`` permission (403 otherwise), with the second
factor of staff (``identity.permissions.staff_required``).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from identity.permissions import staff_required

from . import actions, selectors
from .delivery import is_local_url
from .forms import PreferenceForm, PushMessageForm
from .models import Notification, NotificationPreference, PushMessage

PAGE_SIZE = 20


def _own(request: HttpRequest, pk: int) -> Notification:
    try:
        return selectors.notification_of(user=request.user, pk=pk)
    except Notification.DoesNotExist:
        raise Http404 from None


@login_required
def notification_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.notifications_of(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "notifications/list.html",
        {"page": page, "notifications": page.object_list},
    )


@login_required
def notification_open(request: HttpRequest, pk: int) -> HttpResponse:
    notification = _own(request, pk)
    actions.notification_mark_read(notification=notification, user=request.user)
    if is_local_url(notification.url):
        return redirect(notification.url)
    return render(request, "notifications/detail.html", {"notification": notification})


@login_required
@require_POST
def notification_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = _own(request, pk)
    actions.notification_mark_read(notification=notification, user=request.user)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read_all(request: HttpRequest) -> HttpResponse:
    actions.notifications_mark_all_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    instance = NotificationPreference.objects.filter(user=request.user).first()
    form = PreferenceForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        actions.preference_update(
            user=request.user,
            email_enabled=form.cleaned_data["email_enabled"],
            sms_enabled=form.cleaned_data["sms_enabled"],
        )
        messages.success(request, _("Your choices are saved."))
        return redirect("notifications:list")
    return render(request, "notifications/preferences.html", {"form": form})


# --- agency messages -------------------------------------------------------------


def _check_may_push(request: HttpRequest) -> None:
    if not request.user.has_perm(actions.PUSH_PERMISSION):
        raise PermissionDenied


@staff_required(actions.PUSH_PERMISSION)
def desk_messages(request: HttpRequest) -> HttpResponse:
    _check_may_push(request)
    form = PushMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        message = actions.push_message_create(
            author=request.user,
            title=data["title"],
            body=data["body"],
            url=data["url"],
            audience_kind=data["audience_kind"],
            audience_value=data["audience_value"],
            send_email=data["send_email"],
        )
        messages.success(request, _("The message is being sent."))
        return redirect(message.get_absolute_url())
    return render(
        request,
        "notifications/desk_messages.html",
        {"form": form, "push_messages": selectors.push_messages()[:50]},
    )


@staff_required(actions.PUSH_PERMISSION)
def desk_message(request: HttpRequest, pk: int) -> HttpResponse:
    _check_may_push(request)
    message = get_object_or_404(PushMessage, pk=pk)
    if request.method == "POST":
        actions.push_message_resend(message=message, author=request.user)
        messages.success(request, _("The message is being sent."))
        return redirect(message.get_absolute_url())
    return render(
        request,
        "notifications/desk_message.html",
        {
            "message": message,
            "counts": selectors.push_message_counts(message=message),
        },
    )
