"""The first catalogue search of a fresh process against a warm one.

A search segments the query with jieba, whose dictionary takes about half a
second to read. Serving processes now build their segmenters when they start
(``common.segmenter``); before, the first search of each process read the
dictionary. This benchmark loads the demo catalogue once, then starts fresh
processes alternately in two modes (A B A B ...):

(a) ``start``: Django set up through the real WSGI entry point
    (``citizen_portal.wsgi``, which builds the segmenters), as gunicorn and
    runserver do (the measured case);
(b) ``lazy``: Django set up with ``get_wsgi_application()`` only, so the first
    search builds what it needs, as every process did before (the reference).

Each process opens its database connection, then times its first search
(``services.selectors.service_search``: the first page and the count, as the
catalogue page uses them), then every query of ``tests.services.search_queries``
once to warm up and once more timed (the warm searches). Per process it prints
the set-up time, the first search and the median warm search; per mode the
median over rounds of the ratio first/warm; and a last line against the goal: in
a started process the first search takes at most 5x a warm one. (It cannot be
1x: a first search also pays the first ORM queries of the process, some 6 ms
here; reading the dictionary costs over 100x.)

Database: a scratch PostgreSQL database ``bench_search_start_<pid>`` when a
server answers (DATABASE_URL's, or postgres://postgres@127.0.0.1:5432), dropped
at the end; otherwise a temporary SQLite file, removed at the end.

Run alone: ``python -m benchmarks.bench_search_start [--smoke] [--rounds N]``.
"""

import argparse
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack

from benchmarks._http import ROOT, SETTINGS
from benchmarks._pg import is_postgres, scratch_database_url
from benchmarks._util import run_in_fresh_process, setup_django, summary

GOAL_RATIO = 5.0
MODES = ("start", "lazy")
CHILD_TIMEOUT = 300


def _search_ms(query: str) -> float:
    from services.selectors import service_search

    start = time.perf_counter()
    services = service_search(query=query)
    list(services[:20])
    services.count()
    return (time.perf_counter() - start) * 1000


def child(mode: str, queries: int) -> None:
    """One fresh process: set up, first search, warm searches; one JSON line."""
    started = time.perf_counter()
    if mode == "start":
        import citizen_portal.wsgi  # noqa: F401 - the entry point under test
    else:
        from django.core.wsgi import get_wsgi_application

        get_wsgi_application()
    setup_ms = (time.perf_counter() - started) * 1000
    from django.db import connection

    from tests.services.search_queries import QUERIES

    connection.ensure_connection()
    texts = [query for query, _expected in QUERIES][:queries]
    first_ms = _search_ms(texts[0])
    for text in texts:
        _search_ms(text)
    warm = [_search_ms(text) for text in texts]
    print(
        json.dumps(
            {
                "mode": mode,
                "setup_ms": setup_ms,
                "first_ms": first_ms,
                "warm_ms": statistics.median(warm),
            }
        )
    )


def _fresh_process(mode: str, queries: int) -> dict:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_search_start",
            "--child",
            mode,
            "--queries",
            str(queries),
        ],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
    if result.returncode:
        print(result.stderr, end="", file=sys.stderr)
        result.check_returncode()
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(*, rounds: int, queries: int) -> dict[str, list[float]]:
    ratios: dict[str, list[float]] = {mode: [] for mode in MODES}
    for number in range(1, rounds + 1):
        for mode in MODES:
            figures = _fresh_process(mode, queries)
            ratio = figures["first_ms"] / figures["warm_ms"]
            ratios[mode].append(ratio)
            print(
                f"round {number} {mode}: set-up {figures['setup_ms']:.0f} ms, "
                f"first search {figures['first_ms']:.1f} ms, warm search "
                f"{figures['warm_ms']:.1f} ms (median of {queries}), "
                f"ratio {ratio:.2f}"
            )
    for mode in MODES:
        print(f"ratio first/warm search, {mode}: {summary(ratios[mode])}")
    return ratios


def main(argv: list[str]) -> float:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--child", choices=MODES)
    parser.add_argument("--queries", type=int, default=None)
    args = parser.parse_args(argv)
    queries = args.queries or (5 if args.smoke else 40)
    if args.child:
        child(args.child, queries)
        return 0.0
    rounds = args.rounds or (1 if args.smoke else 5)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        url = scratch_database_url(stack, f"bench_search_start_{os.getpid()}")
        os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE=SETTINGS, DEBUG="0")
        started = time.perf_counter()
        setup_django(SETTINGS)
        from django.core.management import call_command

        from demo.catalogue_load import load_catalogue
        from services.models import Service

        call_command("migrate", verbosity=0)
        load_catalogue()
        vendor = "PostgreSQL (scratch)" if is_postgres(url) else "SQLite (temporary)"
        print(
            f"database {vendor}: {Service.objects.count()} services loaded in "
            f"{time.perf_counter() - started:.1f} s"
        )
        ratios = measure(rounds=rounds, queries=queries)
    started_ratio = statistics.median(ratios["start"])
    print(
        f"goal: first search in a started process {started_ratio:.2f}x a warm one "
        f"(lazy: {statistics.median(ratios['lazy']):.2f}x), goal <= "
        f"{GOAL_RATIO:.0f}x -> {'met' if started_ratio <= GOAL_RATIO else 'NOT met'}"
    )
    return started_ratio


def run(*, smoke: bool = False) -> float:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke
    stdout = run_in_fresh_process("benchmarks.bench_search_start", SETTINGS, *flags)
    match = re.search(r"goal: first search in a started process ([0-9.]+)x", stdout)
    return float(match.group(1)) if match else float("nan")


if __name__ == "__main__":
    main(sys.argv[1:])
