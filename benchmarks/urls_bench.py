"""The project's URLs plus reference views for benchmarks (``settings_bench``).

``POST /bench/insert/`` is the "bare POST that inserts one row": through the whole
middleware stack like any view, CSRF-exempt (it has no form), one INSERT into the
scratch table ``bench_insert`` that the benchmark creates, and a short answer.

``POST /bench/insert-signed-in/`` is the same for a signed-in user posting a form:
the session and the user are loaded, the CSRF token is checked, one INSERT, and a
redirect (403 without a signed-in user).
"""

from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from citizen_portal.urls import urlpatterns as project_urlpatterns

INSERT_TABLE = "bench_insert"


@csrf_exempt
@require_POST
def insert_one(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {INSERT_TABLE} (note) VALUES (%s)",  # noqa: S608 - constant
            [request.POST.get("note", "")[:100]],
        )
    return HttpResponse("ok", content_type="text/plain")


@require_POST
def insert_signed_in(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {INSERT_TABLE} (note) VALUES (%s)",  # noqa: S608 - constant
            [f"user {request.user.pk}: {request.POST.get('note', '')[:80]}"],
        )
    return HttpResponseRedirect("/bench/done/")


# First, before the project's patterns (Wagtail's catch-all serves pages).
urlpatterns = [
    path("bench/insert/", insert_one),
    path("bench/insert-signed-in/", insert_signed_in),
    *project_urlpatterns,
]
