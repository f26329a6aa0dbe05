"""Latency of licence verification over HTTP against a bare Django view.

Loads N synthetic licences (default 5,000; ``--licences N``; smoke mode 200) and
serves the project under gunicorn (2 sync workers, persistent database
connections). Alternating rounds (A B A B ...) of:

(a) ``GET /api/v1/licences/verify?number=..&code=..`` for random loaded licences
    (the measured case);
(b) ``GET /healthz/``, a bare Django view in the same server (the reference);
(c) ``GET /verify/?number=..&code=..``, the HTML page (context).

Prints p50/p95 of each (median over rounds), the per-round p95 ratio (a)/(b), and a
last line against the issue's goal: p95 of (a) at most 15 ms.

Rate limit: verification allows 30 lookups a minute per client address
(``licences.ratelimit``), and the limit stays in force here. The benchmark
overrides a setting instead: ``LICENCE_TRUSTED_PROXY_COUNT=1`` (environment), as
behind one reverse proxy, and sends each request with its own synthetic client
address in ``X-Forwarded-For``, so that every request is counted by the limiter
(the cache add/incr cost is measured) and no client goes over its budget. The
counters live in the configured cache: LocMemCache per worker unless
``REDIS_URL`` is set.

Database: a scratch PostgreSQL database ``bench_verify_<pid>`` when a server
answers (DATABASE_URL's, or postgres://postgres@127.0.0.1:5432), dropped at the
end; otherwise a temporary SQLite file, removed at the end.

Run alone: ``python -m benchmarks.bench_licence_verify [--smoke] [--licences N]``.
"""

import argparse
import os
import random
import re
import signal
import sys
import tempfile
import time
from contextlib import ExitStack
from itertools import count as counter
from pathlib import Path

from benchmarks._http import SETTINGS, Gunicorn, figures, percentile, timed
from benchmarks._pg import (
    DEFAULT_SERVER,
    ScratchDatabase,
    is_postgres,
    postgres_reachable,
)
from benchmarks._util import run_in_fresh_process, setup_django, summary

GOAL_MS = 15.0
TYPE_CODE = "BVFY"


def _load(total: int) -> list[tuple[str, str]]:
    """``total`` licences of one type for one holder; their (number, code)."""
    from django.db import connection
    from django.utils import timezone

    from identity.models import User
    from licences import numbering
    from licences.models import Licence, LicenceType

    start = time.perf_counter()
    licence_type, _ = LicenceType.objects.get_or_create(
        code=TYPE_CODE,
        defaults={"name": "基准测试许可证", "issuing_authority": "示范省测试厅"},
    )
    holder, _ = User.objects.get_or_create(
        username="bench-holder", defaults={"email": "bench-holder@example.com"}
    )
    rng = random.Random(5)  # noqa: S311 - synthetic data
    now = timezone.now()
    rows = [
        Licence(
            number=numbering.licence_number(licence_type, now.year, index),
            verification_code="".join(
                rng.choice(numbering.VERIFICATION_ALPHABET) for _ in range(8)
            ),
            licence_type=licence_type,
            holder=holder,
            holder_name="林晓明",
            holder_identifier_masked="350102********1234",
            issuing_authority=licence_type.issuing_authority,
            issued_at=now,
        )
        for index in range(1, total + 1)
    ]
    Licence.objects.bulk_create(rows, batch_size=1000)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE licences_licence")
    print(f"loaded {total:,} licences in {time.perf_counter() - start:.1f} s")
    return [(row.number, row.verification_code) for row in rows]


def measure(  # noqa: C901
    pairs: list[tuple[str, str]],
    database_url: str,
    *,
    rounds: int,
    count: int,
    seconds: float,
) -> float:
    import requests

    log = Path(tempfile.gettempdir()) / f"bench_verify_gunicorn_{os.getpid()}.log"
    addresses = counter(1)
    problems: list[str] = []
    rng = random.Random(13)  # noqa: S311
    with Gunicorn(database_url, log, settings_module=SETTINGS) as server:
        session = requests.Session()

        def client() -> dict:
            n = next(addresses)
            return {"X-Forwarded-For": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"}

        def api(pair: tuple[str, str]) -> None:
            number, code = pair
            response = session.get(
                f"{server.base_url}/api/v1/licences/verify",
                params={"number": number, "code": code},
                headers=client(),
                timeout=10,
            )
            if response.status_code != 200 or response.json()["status"] != "valid":
                problems.append(f"api {response.status_code} {response.text[:100]}")

        def page(pair: tuple[str, str]) -> None:
            number, code = pair
            response = session.get(
                f"{server.base_url}/verify/",
                params={"number": number, "code": code},
                headers=client(),
                timeout=10,
            )
            if response.status_code != 200:
                problems.append(f"page {response.status_code}")

        def bare(_pair: tuple[str, str]) -> None:
            response = session.get(
                f"{server.base_url}/healthz/", headers=client(), timeout=10
            )
            if response.status_code != 200:
                problems.append(f"healthz {response.status_code}")

        for pair in pairs[: min(50, len(pairs))]:  # warm both workers
            api(pair)
            page(pair)
            bare(pair)
        if problems:
            raise RuntimeError(f"warm-up failed: {problems[0]}")
        measured, reference, html = [], [], []
        for _ in range(rounds):
            measured.append(timed(api, rng.sample(pairs, count), seconds=seconds))
            reference.append(timed(bare, rng.sample(pairs, count), seconds=seconds))
            html.append(timed(page, rng.sample(pairs, count), seconds=seconds))
    if problems:
        print(f"{len(problems)} requests failed, e.g. {problems[0]}")
    _p50, p95 = figures("GET /api/v1/licences/verify", measured)
    figures("GET /healthz/ (bare Django view, reference)", reference)
    figures("GET /verify/ HTML page (context)", html)
    ratios = [
        percentile(a, 0.95) / percentile(b, 0.95)
        for a, b in zip(measured, reference, strict=True)
    ]
    print(f"ratio verify API/bare view p95: {summary(ratios)}")
    return p95


def main(argv: list[str]) -> float:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--licences", type=int, default=None)
    args = parser.parse_args(argv)
    total = args.licences or (200 if args.smoke else 5_000)
    rounds, count, seconds = (1, 30, 5.0) if args.smoke else (5, 1000, 15.0)
    given = os.environ.get("DATABASE_URL", "")
    server = given if is_postgres(given) else DEFAULT_SERVER

    # SIGTERM unwinds like Ctrl-C, so that the clean-up below runs.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        if postgres_reachable(server):
            url = stack.enter_context(
                ScratchDatabase(server, f"bench_verify_{os.getpid()}")
            ).url
        else:
            path = Path(tempfile.gettempdir()) / f"bench_verify_{os.getpid()}.sqlite3"
            stack.callback(path.unlink, missing_ok=True)
            url = f"sqlite:///{path}"
        os.environ.update(
            DATABASE_URL=url,
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DEBUG="0",
            # The settings override of the rate limit (module docstring).
            LICENCE_TRUSTED_PROXY_COUNT="1",
        )
        started = time.perf_counter()
        setup_django(SETTINGS)
        from django.core.management import call_command

        call_command("migrate", "licences", verbosity=0)
        vendor = "PostgreSQL (scratch)" if is_postgres(url) else "SQLite (temporary)"
        print(f"database {vendor}: migrated in {time.perf_counter() - started:.1f} s")
        pairs = _load(total)
        p95 = measure(pairs, url, rounds=rounds, count=count, seconds=seconds)
    print(
        f"goal: verify API p95 {p95:.2f} ms, goal <= {GOAL_MS:.0f} ms -> "
        f"{'met' if p95 <= GOAL_MS else 'NOT met'}"
    )
    return p95


def run(*, smoke: bool = False) -> float:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke
    stdout = run_in_fresh_process("benchmarks.bench_licence_verify", SETTINGS, *flags)
    match = re.search(r"goal: verify API p95 ([0-9.]+) ms", stdout)
    return float(match.group(1)) if match else float("nan")


if __name__ == "__main__":
    main(sys.argv[1:])
