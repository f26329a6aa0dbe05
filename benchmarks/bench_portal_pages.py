"""Public portal pages with full-page caching, and the catalogue search, at scale.

Loads the demo catalogue and the demo website, then grows the catalogue to N
services (default 10,000; smoke 400) by giving each demo service a variant per
county, on PostgreSQL (a scratch database). Then, in the same run:

(a) HTTP under gunicorn (2 sync workers, persistent connections, Redis cache) at
    16 connections with ``wrk``: the bare ``GET /healthz/`` view as reference,
    the home page, and guide pages ``/services/<code>/`` cycling over 500
    services, alternating A B C for several rounds. Goals: home and guide at
    least 65% of the bare view's requests/second, p99 at most 2x the bare p99.
(b) The catalogue search in process (``services.selectors.service_search``: the
    first page and the count, as the page uses them) over 49 colloquial queries,
    alternated with a raw PostgreSQL full-text query (the same tokens, GIN index,
    ``ts_rank``, first 20 rows). Goals: p95 at most 15 ms and at most 3x the raw
    p95.

Run alone: ``python -m benchmarks.bench_portal_pages [--smoke] [--services N]``.
``wrk`` comes from Debian (``apt-get install wrk``); without it part (a) is skipped.
"""

import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks._http import SETTINGS, Gunicorn, figures, percentile
from benchmarks._pg import DEFAULT_SERVER, ScratchDatabase
from benchmarks._pg import postgres_reachable as postgres_reachable  # for the test
from benchmarks._util import run_in_fresh_process, setup_django, summary

RPS_GOAL = 0.65
P99_GOAL = 2.0
SEARCH_P95_GOAL_MS = 15.0
SEARCH_RATIO_GOAL = 3.0
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
COUNTIES = [
    f"{city}{district}"
    for city in ("榕城", "鹭岛", "泉山", "漳水", "莆阳", "三明", "南平", "龙岩")
    for district in ("东区", "西区", "南区", "北区", "新区")
]
WRK_SCRIPT = """
local paths = {}
local n = 0
init = function(args)
  for i, p in ipairs(args) do paths[i] = p end
  n = #paths
end
local i = 0
request = function()
  i = i % n + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.6f %.3f %.3f %.3f %d\\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def _grow_catalogue(total: int) -> None:
    """Variants of the demo services until there are ``total``, indexed like the
    originals (the index terms are copied and extended, then the PostgreSQL
    vectors are built in one statement)."""
    from django.db import connection

    from services.models import MaterialRequirement, Service
    from services.search import tokenize

    templates = list(Service.objects.order_by("code").prefetch_related("materials"))
    missing = total - Service.objects.count()
    services, materials = [], []
    for n in range(max(missing, 0)):
        template = templates[n % len(templates)]
        county = COUNTIES[(n // len(templates)) % len(COUNTIES)]
        terms = dict(template.search_terms)
        terms["a"] = [*terms.get("a", []), *tokenize(county)]
        services.append(
            Service(
                code=f"BM-{n:05d}",
                name=f"{template.name}（{county}）",
                department_id=template.department_id,
                service_type=template.service_type,
                audience=template.audience,
                aliases=template.aliases,
                keywords=template.keywords,
                summary=template.summary,
                conditions=template.conditions,
                legal_basis=template.legal_basis,
                steps=template.steps,
                faq=template.faq,
                committed_days=template.committed_days,
                statutory_days=template.statutory_days,
                fee=template.fee,
                online_level=template.online_level,
                counter_address=template.counter_address,
                office_hours=template.office_hours,
                licence_type_id=template.licence_type_id,
                search_terms=terms,
            )
        )
    created = Service.objects.bulk_create(services, batch_size=1000)
    by_code = {t.code: t for t in templates}
    for service, n in zip(created, range(len(created)), strict=True):
        template = by_code[templates[n % len(templates)].code]
        for material in template.materials.all():
            material.pk = None
            material.service_id = service.pk
            materials.append(material)
    MaterialRequirement.objects.bulk_create(materials, batch_size=2000)
    with connection.cursor() as cursor:

        def vector(key: str, weight: str) -> str:
            return (
                "setweight(to_tsvector('simple', coalesce(array_to_string(ARRAY("
                f"SELECT jsonb_array_elements_text(search_terms->'{key}')), ' '), "
                f"'')), '{weight}')"
            )

        cursor.execute(
            "UPDATE services_service SET "  # noqa: S608 - constants only
            f"search_vector = {vector('a', 'A')} || {vector('b', 'B')}, "
            f"search_vector_text = {vector('c', 'C')} "
            "WHERE code LIKE 'BM-%%'"
        )
        cursor.execute("ANALYZE services_service")
        cursor.execute("ANALYZE services_materialrequirement")


def _wrk(base_url: str, paths: list[str], seconds: float) -> dict:
    script = Path(tempfile.gettempdir()) / f"bench_portal_{os.getpid()}.lua"
    script.write_text(WRK_SCRIPT)
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c16",
            f"-d{max(1, round(seconds))}s",
            "--latency",
            "-s",
            str(script),
            base_url,
            "--",
            *paths,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"wrk failed: {result.stdout} {result.stderr}")
    output = result.stdout
    match = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", output)
    requests, duration, p50, p95, p99, errors = match.groups()
    if int(errors):
        raise RuntimeError(f"wrk saw {errors} errors for {paths[0]}...")
    return {
        "rps": int(requests) / float(duration),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
    }


def measure_http(url: str, codes: list[str], *, rounds: int, seconds: float) -> bool:
    import requests

    if shutil.which("wrk") is None:
        print("HTTP part skipped: wrk is not installed (apt-get install wrk)")
        return True
    os.environ["REDIS_URL"] = REDIS_URL
    log = Path(tempfile.gettempdir()) / f"bench_portal_gunicorn_{os.getpid()}.log"
    with Gunicorn(url, log) as server:
        cases = {
            "bare /healthz/": ["/healthz/"],
            "home page /": ["/"],
            "guide pages": [f"/services/{code}/" for code in codes],
        }
        for paths in cases.values():  # warm the page cache
            for path in paths:
                response = requests.get(server.base_url + path, timeout=10)
                response.raise_for_status()
        hit = requests.get(server.base_url + "/", timeout=10)
        print(f"page cache on the home page: {hit.headers.get('X-Page-Cache')}")
        results: dict[str, list[dict]] = {name: [] for name in cases}
        for _ in range(rounds):
            for name, paths in cases.items():
                results[name].append(_wrk(server.base_url, paths, seconds))
    bare = results["bare /healthz/"]
    for name, series in results.items():
        rps = statistics.median(r["rps"] for r in series)
        p99 = statistics.median(r["p99"] for r in series)
        print(f"{name}: {rps:,.0f} req/s, p99 {p99:.2f} ms (median of {rounds})")
    met = True
    for name in ("home page /", "guide pages"):
        rps_ratios = [
            r["rps"] / b["rps"] for r, b in zip(results[name], bare, strict=True)
        ]
        p99_ratios = [
            r["p99"] / b["p99"] for r, b in zip(results[name], bare, strict=True)
        ]
        rps_ok = statistics.median(rps_ratios) >= RPS_GOAL
        p99_ok = statistics.median(p99_ratios) <= P99_GOAL
        met = met and rps_ok and p99_ok
        print(f"ratio {name}/bare req/s: {summary(rps_ratios)}")
        print(f"ratio {name}/bare p99: {summary(p99_ratios)}")
    return met


def measure_search(*, rounds: int, seconds: float) -> tuple[float, float]:
    from django.db import connection

    from services import selectors
    from services.search import query_terms
    from tests.services.search_queries import QUERIES

    queries = [query for query, _expected in QUERIES]
    raw_sql = (
        "SELECT id, ts_rank(search_vector, q) AS rank FROM services_service, "
        "to_tsquery('simple', %s) q WHERE is_active AND search_vector @@ q "
        "ORDER BY rank DESC LIMIT 20"
    )
    raw_terms = {q: " | ".join(f"'{t}'" for t in query_terms(q)) for q in queries}

    def ours(query: str) -> None:
        services = selectors.service_search(query=query)
        list(services[:20])
        services.count()

    def raw(query: str) -> None:
        with connection.cursor() as cursor:
            cursor.execute(raw_sql, [raw_terms[query]])
            cursor.fetchall()

    def sample(fn) -> list[float]:
        samples = []
        deadline = time.perf_counter() + seconds
        order = queries * 20
        random.shuffle(order)
        for query in order:
            start = time.perf_counter()
            fn(query)
            samples.append((time.perf_counter() - start) * 1000)
            if time.perf_counter() > deadline:
                break
        return samples

    for query in queries:  # warm: jieba's dictionary, plans, connection
        ours(query)
        raw(query)
    ours_rounds, raw_rounds, ratios = [], [], []
    for _ in range(rounds):
        a, b = sample(ours), sample(raw)
        ours_rounds.append(a)
        raw_rounds.append(b)
        ratios.append(percentile(a, 0.95) / percentile(b, 0.95))
    _p50, ours_p95 = figures(
        "catalogue search (service_search, page + count)", ours_rounds
    )
    figures("raw PostgreSQL full-text query (reference)", raw_rounds)
    print(f"ratio search/raw p95: {summary(ratios)}")
    return ours_p95, statistics.median(ratios)


def main(argv: list[str]) -> bool:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--services", type=int, default=None)
    args = parser.parse_args(argv)
    total = args.services or (400 if args.smoke else 10_000)
    rounds, seconds = (1, 1.0) if args.smoke else (3, 8.0)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        database = stack.enter_context(
            ScratchDatabase(DEFAULT_SERVER, f"bench_portal_{os.getpid()}")
        )
        os.environ.update(
            DATABASE_URL=database.url,
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DEBUG="0",
            REDIS_URL=REDIS_URL,
        )
        started = time.perf_counter()
        setup_django(SETTINGS)
        from django.core.cache import cache
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        cache.clear()
        from demo.catalogue_load import load_catalogue

        load_catalogue()
        try:
            from demo.website import seed_cms_demo
        except ImportError:
            print("(no demo website content to load)")
        else:
            seed_cms_demo()
        _grow_catalogue(total)
        from services.models import Service

        count = Service.objects.count()
        print(f"{count:,} services loaded in {time.perf_counter() - started:.1f} s")
        codes = list(Service.objects.order_by("?").values_list("code", flat=True)[:500])
        ours_p95, ratio = measure_search(rounds=rounds, seconds=seconds)
        http_met = measure_http(database.url, codes, rounds=rounds, seconds=seconds)
    search_met = ours_p95 <= SEARCH_P95_GOAL_MS and ratio <= SEARCH_RATIO_GOAL
    print(
        f"goals: search p95 {ours_p95:.2f} ms (<= {SEARCH_P95_GOAL_MS:.0f} ms) and "
        f"{ratio:.2f}x raw (<= {SEARCH_RATIO_GOAL:.0f}x) -> "
        f"{'met' if search_met else 'NOT met'}; cached pages >= {RPS_GOAL:.0%} of "
        f"bare req/s with p99 <= {P99_GOAL:.0f}x -> {'met' if http_met else 'NOT met'}"
    )
    return search_met and http_met


def run(*, smoke: bool = False) -> bool:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke
    return "-> met" in run_in_fresh_process(
        "benchmarks.bench_portal_pages", SETTINGS, *flags
    )


if __name__ == "__main__":
    main(sys.argv[1:])
