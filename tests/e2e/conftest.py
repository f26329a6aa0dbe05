"""Browser tests: Playwright drives the Debian Chromium against ``live_server``.

No browser is downloaded (never run ``playwright install``): the system Chromium is
launched through ``executable_path``. Without it the tests are skipped (or fail under
CI, see tests/services_support.py).

Playwright's sync API keeps an asyncio event loop running in the main thread from
the first browser test to the end of the session. Two consequences are handled here:

* Django refuses ORM calls from a thread with a running loop unless
  ``DJANGO_ALLOW_ASYNC_UNSAFE`` is set. It is set while the loop runs, not at import:
  set at import it would be inherited by every subprocess of the session, and
  ``manage.py check --deploy`` (tests/test_project.py) rightly fails on it.
* The browser tests run last (after pytest-django's own ordering), so that no other
  test runs with the loop running or with that variable set.
"""

import os

import pytest

from tests.celery_worker import (  # noqa: F401
    celery_worker_fixture,
)
from tests.e2e.axe import assert_no_serious_violations, axe_script, axe_violations
from tests.e2e.csp import CSPViolations
from tests.services_support import requires_binary

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests after every other test (a stable sort, applied after
    pytest-django's ordering of database tests)."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is not None)


@pytest.fixture(scope="session")
def _django_serialized_contents(django_db_setup) -> dict[str, str]:
    """The test databases' contents serialized for ``serialized_rollback``, read
    before Playwright starts its event loop (see ``playwright`` below)."""
    from django.db import connections

    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


@pytest.fixture(scope="session")
def playwright(_django_serialized_contents, playwright):
    """pytest-playwright's ``playwright``, made safe for Django.

    Django keeps database connections in a thread-critical ``asgiref.local.Local``,
    which holds separate connections while an event loop runs in the thread. Once
    Playwright's loop runs, the main thread gets new connection objects, without
    the serialized contents that ``django_db_setup`` stored on the old ones (when
    a non-browser database test ran first), so ``serialized_rollback`` would
    silently restore nothing. Hand the contents over to the new connections.
    """
    from django.db import connections

    set_here = ASYNC_UNSAFE not in os.environ
    os.environ.setdefault(ASYNC_UNSAFE, "true")
    for alias, contents in _django_serialized_contents.items():
        connections[alias]._test_serialized_contents = contents
    try:
        yield playwright
    finally:
        # Close the connections opened under the loop before it stops.
        connections.close_all()
        if set_here:
            os.environ.pop(ASYNC_UNSAFE, None)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = requires_binary("chromium")
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    """Relative ``page.goto("/...")`` URLs resolve against the live server."""
    return live_server.url


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "locale": "zh-CN",
        "timezone_id": "Asia/Shanghai",
        "accept_downloads": True,
    }


@pytest.fixture
def csp_violations() -> CSPViolations:
    """The Content-Security-Policy violations the browser reported in this test
    (tests/e2e/csp.py); ``csp_violations.assert_none(where=...)`` checks at a
    given point, and every browser test is checked at its end anyway."""
    return CSPViolations()


@pytest.fixture
def context(context, csp_violations: CSPViolations):
    """pytest-playwright's ``context``, failing the test on any violation of the
    Content-Security-Policy by any of its pages."""
    csp_violations.watch(context)
    yield context
    csp_violations.assert_none(where="during the test")


def real_services_configured() -> bool:
    """PostgreSQL and Redis are configured: licences are issued by a real worker."""
    return bool(os.environ.get("REDIS_URL")) and os.environ.get(
        "DATABASE_URL", ""
    ).startswith(("postgres://", "postgresql://"))


@pytest.fixture
def task_runner(request):
    """The real Celery worker when PostgreSQL and Redis are configured; otherwise
    ``None``, and tasks run eagerly in the live server's thread."""
    if real_services_configured():
        return request.getfixturevalue("celery_worker")
    return None


@pytest.fixture
def axe_check():
    """``axe_check(page, where=...)``: run axe-core on the page as it is and fail
    on any serious or critical WCAG A/AA violation (tests/e2e/axe.py). Skips (fails
    under CI) when ``npm ci`` has not installed axe-core."""
    axe_script()

    def check(page, *, where: str = "") -> None:
        assert_no_serious_violations(axe_violations(page), where=where or page.url)

    return check


@pytest.fixture
def rich_applicant(page, live_server):
    """A citizen and a service whose published e-form has every field type
    (tests/e2e/rich_form.py), the browser signed in as the citizen."""
    from tests.e2e.rich_form import rich_applicant_signed_in

    return rich_applicant_signed_in(page, live_server.url)
