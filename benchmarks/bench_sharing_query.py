"""Latency of a sharing query against a bare indexed SELECT, on PostgreSQL.

Measured, on a population registry of N synthetic persons (default 1,000,000;
``--persons N``; smoke mode 2,000) loaded with ``demo.registries.bulk_population``:

(a) reference: a bare indexed SELECT of the same row (ORM, by keyed hash);
(b) ``sharing.exchange.query("population.person", ...)`` in process, as the
    portal's own system: catalogue, grant, registry read, masking and the audit
    INSERT; alternated with (a) for several rounds (median of per-round p95 ratios);
(c) ``POST /api/v1/sharing/query`` over HTTP under gunicorn (2 sync workers,
    persistent database connections) as an external system with its own grant and
    token, with ``GET /healthz/`` under the same server as context.

Goals: (b) p95 <= 4x (a) p95; (c) p95 < 20 ms. The statements one query() makes are
counted and timed (CaptureQueriesContext) and printed, to show what a cache could
save.

Database: DATABASE_URL when it points at PostgreSQL; otherwise, or with
``--scratch``, a scratch database ``bench_sharing_<pid>`` on that server (default
postgres://postgres@127.0.0.1:5432), migrated here and dropped at the end. Everything
it starts (gunicorn, the scratch database) is stopped, on error too. The HTTP API
allows SHARING_API_RATE_LIMIT (default 600) requests a minute per system, so the
HTTP part stays under 600 requests.

Run alone: ``python -m benchmarks.bench_sharing_query [--smoke] [--persons N]
[--scratch]``.
"""

import argparse
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks._http import SETTINGS, Gunicorn, figures, percentile, timed
from benchmarks._pg import DEFAULT_SERVER, ScratchDatabase, is_postgres
from benchmarks._pg import postgres_reachable as postgres_reachable  # for the test
from benchmarks._util import run_in_fresh_process, setup_django, summary

INPROCESS_GOAL = 4.0
HTTP_GOAL_MS = 20.0
RESOURCE = "population.person"
PURPOSE = "benchmark"
EXTERNAL_SYSTEM = "bench-external"
GRANT_FIELDS = ["resident_id", "name", "sex", "birth_date", "address"]
HTTP_BUDGET = 590  # requests a minute the API lets one system make, with margin


def _load(persons: int) -> None:
    from django.db import connection

    from demo.registries import bulk_population
    from sharing.models import PopulationRecord

    present = PopulationRecord.objects.count()
    start = time.perf_counter()
    if present < persons:
        step = max(persons // 10, 5000)

        def progress(done: int) -> None:
            if done % step < 5000 and persons >= 100_000:
                rate = done / (time.perf_counter() - start)
                print(f"  loading: {done:,} persons ({rate:,.0f}/s)", flush=True)

        bulk_population(persons - present, start=present, progress=progress)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE sharing_populationrecord")
    total = PopulationRecord.objects.count()
    print(
        f"population registry: {total:,} persons "
        f"({total - present:,} loaded in {time.perf_counter() - start:.1f} s)"
    )


def _subjects(count: int) -> list[str]:
    from django.db import connection

    from sharing.protection import decrypt

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT number_encrypted FROM sharing_populationrecord "
            "ORDER BY random() LIMIT %s",
            [count],
        )
        return [decrypt(row[0]) for row in cursor.fetchall()]


def _external_system() -> tuple[str, str]:
    """An external requesting system with an approved grant; (code, token)."""
    import datetime

    from django.utils import timezone

    from sharing.models import Grant, RequesterSystem, Resource

    system, _ = RequesterSystem.objects.get_or_create(
        code=EXTERNAL_SYSTEM,
        defaults={"name": "基准测试外部系统", "agency": "示范省某委办局"},
    )
    now = timezone.now()
    if not Grant.objects.in_force().filter(requester=system).exists():
        Grant.objects.create(
            requester=system,
            resource=Resource.objects.get(code=RESOURCE),
            fields=GRANT_FIELDS,
            unmasked_fields=[],
            purpose="性能基准测试",
            legal_basis="基准测试",
            valid_from=now - datetime.timedelta(minutes=1),
            expires_at=now + datetime.timedelta(days=1),
            status=Grant.Status.APPROVED,
            decided_at=now,
        )
    return system.code, system.issue_token()


def _statements(query: Callable[[str], object], subjects: list[str]) -> None:
    """Print the statements one query() makes (CaptureQueriesContext), with their
    mean time (an execute wrapper: the debug cursor keeps only milliseconds)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings: list[float] = []

    def timer(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(time.perf_counter() - start)

    times: dict[str, list[float]] = defaultdict(list)
    per_call, totals, database = [], [], []
    for subject in subjects:
        timings.clear()
        with CaptureQueriesContext(connection) as captured:
            with connection.execute_wrapper(timer):
                start = time.perf_counter()
                query(subject)
                totals.append(time.perf_counter() - start)
        per_call.append(len(captured))
        database.append(sum(timings))
        for index, (entry, seconds) in enumerate(
            zip(captured.captured_queries, timings, strict=True)
        ):
            times[f"{index + 1}. {_shape(entry['sql'])}"].append(seconds)
    print(
        f"query() statements per call: {statistics.median(per_call):.0f} "
        f"(over {len(subjects)} calls; mean time each, round trip included):"
    )
    for shape, values in times.items():
        print(f"  {shape}: {statistics.mean(values) * 1000:.3f} ms")
    rest = statistics.mean(totals) - statistics.mean(database)
    print(f"  outside the statements (Python): {rest * 1000:.3f} ms")


def _shape(sql: str) -> str:
    verb = sql.split(None, 1)[0].upper()
    table = re.search(r'(?:FROM|INTO|UPDATE)\s+"?(\w+)"?', sql)
    name = table.group(1) if table else "?"
    return f"{verb} {name}"


def measure_in_process(
    pool: list[str], *, rounds: int, count: int, seconds: float, profile: bool = False
) -> float:
    from sharing import exchange, protection
    from sharing.models import AccessRecord, PopulationRecord, RequesterSystem

    def bare(subject: str) -> object:
        return (
            PopulationRecord.objects.filter(number_hash=protection.keyed_hash(subject))
            .values_list("name", "sex", "birth_date", "address")
            .first()
        )

    def query(subject: str) -> object:
        return exchange.query(
            RESOURCE, subject, requester="citizen-portal", purpose=PURPOSE
        )

    system = RequesterSystem.objects.get(code="citizen-portal")

    def audited(subject: str) -> object:
        """The floor of an audited read: the SELECT and one committed INSERT."""
        row = bare(subject)
        AccessRecord.objects.create(
            requester=system,
            requester_code=system.code,
            resource_code=RESOURCE,
            subject_hash=protection.keyed_hash(subject),
            purpose=PURPOSE,
            channel=AccessRecord.Channel.INTERNAL,
            outcome=AccessRecord.Outcome.ALLOWED,
        )
        return row

    rng = random.Random(7)  # noqa: S311
    for subject in pool:  # warm the buffers for every subject, for both cases
        bare(subject)
    for subject in pool[:50]:
        query(subject)
        audited(subject)
    measured, reference, floor = [], [], []
    for _ in range(rounds):
        measured.append(timed(query, rng.sample(pool, count), seconds=seconds))
        reference.append(timed(bare, rng.sample(pool, count), seconds=seconds))
        floor.append(timed(audited, rng.sample(pool, count), seconds=seconds))
    ratios = [
        percentile(a, 0.95) / percentile(b, 0.95)
        for a, b in zip(measured, reference, strict=True)
    ]
    figures("bare indexed SELECT (reference)", reference)
    figures("query() in-process", measured)
    figures("SELECT + audit INSERT, no query() logic (context)", floor)
    print(f"ratio query()/SELECT p95: {summary(ratios)}")
    floor_ratios = [
        percentile(a, 0.95) / percentile(b, 0.95)
        for a, b in zip(floor, reference, strict=True)
    ]
    print(f"ratio (SELECT + INSERT)/SELECT p95 (context): {summary(floor_ratios)}")
    _statements(query, rng.sample(pool, min(len(pool), 200)))
    if profile:
        _profile(query, rng.sample(pool, min(len(pool), 500)))
    return statistics.median(ratios)


def _profile(query: Callable[[str], object], subjects: list[str]) -> None:
    """Print where query() spends its time (cProfile, cumulative)."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for subject in subjects:
        query(subject)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(30)
    print(f"profile of {len(subjects)} query() calls:")
    print(out.getvalue())


def measure_http(
    pool: list[str], database_url: str, *, rounds: int, count: int, seconds: float
) -> float | None:
    import requests

    code, token = _external_system()
    rng = random.Random(11)  # noqa: S311
    log = Path(tempfile.gettempdir()) / f"bench_sharing_gunicorn_{os.getpid()}.log"
    with Gunicorn(database_url, log) as server:
        session = requests.Session()
        session.headers.update(
            {"X-Client-Id": code, "Authorization": f"Bearer {token}"}
        )
        url = f"{server.base_url}/api/v1/sharing/query"
        problems: list[str] = []

        def post(subject: str) -> None:
            response = session.post(
                url,
                json={
                    "resource": RESOURCE,
                    "subject": subject,
                    "purpose": PURPOSE,
                    "fields": GRANT_FIELDS,
                },
                timeout=10,
            )
            if response.status_code != 200:
                problems.append(f"{response.status_code} {response.text[:120]}")

        def health(_subject: str) -> None:
            session.get(f"{server.base_url}/healthz/", timeout=10).raise_for_status()

        post(pool[0])
        if problems:
            if problems[0].startswith("404"):
                print("HTTP: endpoint not available")
            else:
                print(f"HTTP: endpoint answered {problems[0]}; skipped")
            return None
        warm = min(20, len(pool))
        for subject in pool[:warm]:
            post(subject)
            health(subject)
        count = min(count, (HTTP_BUDGET - warm - 1) // rounds)
        measured, reference = [], []
        for _ in range(rounds):
            measured.append(timed(post, rng.sample(pool, count), seconds=seconds))
            reference.append(timed(health, rng.sample(pool, count), seconds=seconds))
        if problems:
            print(f"HTTP: {len(problems)} requests failed, e.g. {problems[0]}")
        _p50, p95 = figures("HTTP POST /api/v1/sharing/query", measured)
        _h50, h95 = figures("HTTP GET /healthz/ (context)", reference)
        print(f"ratio HTTP query/healthz p95: {p95 / h95:.2f}")
        return p95


def main(argv: list[str]) -> float:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--persons", type=int, default=None)
    parser.add_argument(
        "--profile", action="store_true", help="print a cProfile of query()"
    )
    parser.add_argument(
        "--scratch",
        action="store_true",
        help="use a scratch database even when DATABASE_URL is set",
    )
    args = parser.parse_args(argv)
    persons = args.persons or (2_000 if args.smoke else 1_000_000)
    if args.smoke:
        rounds, count, seconds, http_rounds, http_count = 1, 100, 5.0, 1, 30
    else:
        rounds, count, seconds, http_rounds, http_count = 5, 2000, 10.0, 3, 500
    given = os.environ.get("DATABASE_URL", "")
    scratch = args.scratch or not is_postgres(given)
    server = given if is_postgres(given) else DEFAULT_SERVER

    # SIGTERM unwinds like Ctrl-C, so that the clean-up below runs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        if scratch:
            database = stack.enter_context(
                ScratchDatabase(server, f"bench_sharing_{os.getpid()}")
            )
            url = database.url
        else:
            url = given
        os.environ["DATABASE_URL"] = url
        os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
        os.environ["DEBUG"] = "0"  # no query log in the measured process
        started = time.perf_counter()
        setup_django(SETTINGS)
        from django.core.management import call_command

        # The sharing app and what it depends on: all that the benchmark uses.
        call_command("migrate", "sharing", verbosity=0)
        where = urlsplit(url).path.lstrip("/") + (" (scratch)" if scratch else "")
        print(f"database {where}: migrated in {time.perf_counter() - started:.1f} s")
        _load(persons)
        pool = _subjects(min(persons, 5000))
        ratio = measure_in_process(
            pool, rounds=rounds, count=count, seconds=seconds, profile=args.profile
        )
        http_p95 = measure_http(
            pool, url, rounds=http_rounds, count=http_count, seconds=seconds
        )
    http = (
        "HTTP p95 not measured"
        if http_p95 is None
        else f"HTTP p95 {http_p95:.2f} ms, goal < {HTTP_GOAL_MS:.0f} ms -> "
        f"{'met' if http_p95 < HTTP_GOAL_MS else 'NOT met'}"
    )
    print(
        f"goals: in-process query()/SELECT p95 ratio {ratio:.2f}x, goal <= "
        f"{INPROCESS_GOAL:.0f}x -> {'met' if ratio <= INPROCESS_GOAL else 'NOT met'}; "
        f"{http}"
    )
    return ratio


def run(*, smoke: bool = False, scratch: bool = False) -> float:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke + ["--scratch"] * scratch
    stdout = run_in_fresh_process("benchmarks.bench_sharing_query", SETTINGS, *flags)
    match = re.search(r"query\(\)/SELECT p95 ratio ([0-9.]+)x", stdout)
    return float(match.group(1)) if match else float("nan")


if __name__ == "__main__":
    main(sys.argv[1:])
