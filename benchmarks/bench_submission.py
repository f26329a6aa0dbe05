"""Online submission at 32 concurrent users against a bare POST that inserts a row.

Set-up (``benchmarks._submission_data``), on a scratch PostgreSQL database (full
migrate) with Redis (db 11; Celery tasks go to a queue of this run, deleted at the
end): a service whose published e-form has 20 fields (text, long text, number,
date, choice, multiple choice, phone, email, resident ID, address) and two material
requirements the platform obtains through ``sharing``: an e-licence (resource
``licences.by-holder``) and a registry record (``population.person``). N synthetic
applicants (default 64; ``sharing.synthetic`` IDs), each with a population record
and a licence of that type. Each applicant fills the form once, in process, through
the real form step (``POST /services/<code>/apply/``), which resolves both
materials through the exchange and leaves the pending submission in the session;
that pending data is then copied into many database sessions (auth keys, a CSRF
cookie) with a fresh ``submission_key`` each, so that every measured request
submits a different application.

Measured under gunicorn (2 sync workers, persistent database connections,
``benchmarks.settings_bench``) with ``wrk`` (2 threads, 32 connections), rounds
of A B C D:

A. submission: ``POST /services/<code>/apply/review/`` with the declaration and the
   key: the service (the process's copy), the assurance level, the form version
   and the materials are checked - the licence is read again, the registry
   record stands on the form step's access record (``applications.applying``) - and
   ``application_submit`` writes the application, its two materials, its event
   and the in-site notification, and the draft is discarded, in one transaction;
   the e-mail/SMS delivery task is queued after commit and the pending submission
   leaves the session (a session UPDATE). Each request uses its own session and
   key (never a retry); a good answer is a 302 to the application's page.
B. bare reference: ``POST /bench/insert/`` (``benchmarks.urls_bench``): the same
   middleware, anonymous, one INSERT, 200.
C. signed-in reference (context, no goal): ``POST /bench/insert-signed-in/``: the
   session and user loaded, the CSRF token checked, one INSERT, a 302 - what any
   signed-in form POST costs before doing anything of its own.
D. context only (no goal): the form step, ``POST /services/<code>/apply/`` with
   the 20 fields (validation, prefill through sharing, both materials resolved,
   draft saved, pending written to the session); a good answer is a 302 to review.

Any other answer fails the run loudly, as does running out of prepared sessions.
The applications made are counted and checked (two materials each, from licence
and registry) at the end. Goal: submission p95 <= 150 ms and submission rate >=
25% of the bare rate (median of per-round ratios). wrk keeps all 32 connections
busy, so latency is about 32 / rate: p95 <= 150 ms needs some 210 submissions/s.

Run alone: ``python -m benchmarks.bench_submission [--smoke] [--applicants N]``.
"""

import argparse
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from benchmarks import _submission_data as data
from benchmarks._http import Gunicorn
from benchmarks._pg import DEFAULT_SERVER, ScratchDatabase
from benchmarks._pg import postgres_reachable as postgres_reachable  # for the test
from benchmarks._util import run_in_fresh_process, setup_django, summary
from benchmarks._wrk_post import post_lines, wrk_post

SETTINGS = "benchmarks.settings_bench"
P95_GOAL_MS = 150.0
RATE_GOAL = 0.25
REDIS_URL = os.environ.get("BENCH_SUBMISSION_REDIS_URL", "redis://127.0.0.1:6379/11")
QUEUE = f"bench-submission-{os.getpid()}"


def _print(name: str, series: list[dict]) -> None:
    for n, r in enumerate(series, 1):
        print(
            f"  round {n} {name}: {r['rps']:,.1f}/s, p50 {r['p50']:.1f} ms, "
            f"p95 {r['p95']:.1f} ms, p99 {r['p99']:.1f} ms ({r['requests']} requests)"
        )


def _signed_in_lines(templates, service) -> Path:
    sessions = data.sessions(templates, service, len(templates), fresh_key=False)
    return post_lines(
        "/bench/insert-signed-in/",
        [
            (cookie, urlencode({"csrfmiddlewaretoken": csrf, "note": "bench"}))
            for cookie, csrf, _key in sessions
        ],
    )


def _check_applications(service, answers: int) -> None:
    from applications.models import Application, ApplicationMaterial

    made = Application.objects.filter(service=service).count()
    materials = ApplicationMaterial.objects.filter(application__service=service)
    sources = set(materials.values_list("source", flat=True))
    print(
        f"applications made: {made:,} (wrk counted {answers:,} answers); "
        f"materials {materials.count():,}, sources {sorted(sources)}"
    )
    if (
        made < answers
        or materials.count() != 2 * made
        or sources
        != {ApplicationMaterial.Source.LICENCE, ApplicationMaterial.Source.REGISTRY}
    ):
        raise RuntimeError("the submissions did not make the applications expected")


def _report(results: dict) -> bool:
    for name, series in results.items():
        if series:
            _print(name, series)
    for name, series in results.items():
        if series:
            print(
                f"{name}: {statistics.median(r['rps'] for r in series):,.1f}/s, "
                f"p50 {statistics.median(r['p50'] for r in series):.1f} ms, "
                f"p95 {statistics.median(r['p95'] for r in series):.1f} ms, "
                f"p99 {statistics.median(r['p99'] for r in series):.1f} ms "
                f"(median of {len(series)} rounds)"
            )
    sub, ref = results["submission"], results["bare insert"]
    ratios = [a["rps"] / b["rps"] for a, b in zip(sub, ref, strict=True)]
    signed_in = [
        a["rps"] / b["rps"]
        for a, b in zip(results["signed-in insert"], ref, strict=True)
    ]
    print(f"ratio submission/bare insert rate: {summary(ratios)}")
    print(f"ratio signed-in insert/bare insert rate (context): {summary(signed_in)}")
    p95 = statistics.median(r["p95"] for r in sub)
    met = p95 <= P95_GOAL_MS and statistics.median(ratios) >= RATE_GOAL
    print(
        f"goal: submission p95 {p95:.1f} ms (<= {P95_GOAL_MS:.0f} ms) and "
        f"{statistics.median(ratios):.1%} of the bare rate (>= {RATE_GOAL:.0%}) -> "
        f"{'met' if met else 'NOT met'}"
    )
    return met


def measure(
    url: str, service, templates, *, rounds: int, seconds: float, form_step: bool
) -> bool:
    from django.urls import reverse

    done_prefix = reverse("applications:application_detail", kwargs={"number": "X"})[
        :-2
    ]
    review = reverse("applications:apply_review", kwargs={"code": service.code})

    def bare() -> Path:
        return post_lines("/bench/insert/", [("", "note=bench")] * 64)

    def signed_in() -> Path:
        return _signed_in_lines(templates, service)

    log = Path(tempfile.gettempdir()) / f"bench_submission_gunicorn_{os.getpid()}.log"
    results = {
        "submission": [],
        "bare insert": [],
        "signed-in insert": [],
        "form step": [],
    }
    with Gunicorn(url, log, settings_module=SETTINGS) as server:
        base = server.base_url

        def load(
            lines: Path, *, status: int, location: str, cycle: bool, seconds=seconds
        ):
            return wrk_post(
                base,
                lines,
                seconds=seconds,
                status=status,
                location=location,
                cycle=cycle,
            )

        def submit(count: int) -> dict:
            lines = data.submission_lines(templates, service, count)
            return load(lines, status=302, location=done_prefix, cycle=False)

        # Warm-up (not reported) also sizes the prepared submissions: twice the
        # rate seen, plus a margin.
        warm = load(
            data.submission_lines(templates, service, 4000),
            status=302,
            location=done_prefix,
            cycle=False,
            seconds=min(seconds, 3),
        )
        load(bare(), status=200, location="", cycle=True, seconds=1)
        load(signed_in(), status=302, location="/bench/", cycle=True, seconds=1)
        per_round = int(warm["rps"] * max(1, round(seconds)) * 2) + 200
        print(
            f"warm-up: {warm['rps']:,.1f} submissions/s; {per_round} prepared per round"
        )
        for _ in range(rounds):
            results["submission"].append(submit(per_round))
            results["bare insert"].append(
                load(bare(), status=200, location="", cycle=True)
            )
            results["signed-in insert"].append(
                load(signed_in(), status=302, location="/bench/", cycle=True)
            )
            if form_step:
                results["form step"].append(
                    load(
                        data.form_lines(templates, service),
                        status=302,
                        location=review,
                        cycle=True,
                    )
                )
    answers = sum(r["requests"] for r in results["submission"]) + warm["requests"]
    _check_applications(service, answers)
    return _report(results)


def redis_reachable() -> bool:
    """Whether Redis answers at REDIS_URL (for the smoke test)."""
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping())
    except redis.RedisError:
        return False


def _drop_queue() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.delete(QUEUE, *client.keys(f"*{QUEUE}*"))


def main(argv: list[str]) -> bool:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--applicants", type=int, default=None)
    parser.add_argument("--no-form-step", action="store_true")
    args = parser.parse_args(argv)
    applicants = args.applicants or (8 if args.smoke else 64)
    rounds, seconds = (1, 2.0) if args.smoke else (3, 8.0)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install wrk)")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        database = stack.enter_context(
            ScratchDatabase(DEFAULT_SERVER, f"bench_submission_{os.getpid()}")
        )
        os.environ.update(
            DATABASE_URL=database.url,
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DEBUG="0",
            REDIS_URL=REDIS_URL,
            CELERY_TASK_DEFAULT_QUEUE=QUEUE,
            ALLOWED_HOSTS="127.0.0.1,testserver",
        )
        stack.callback(_drop_queue)
        started = time.perf_counter()
        setup_django(SETTINGS)
        from django.core.cache import cache
        from django.core.management import call_command
        from django.db import connection

        from benchmarks.urls_bench import INSERT_TABLE

        call_command("migrate", verbosity=0)
        cache.clear()
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TABLE {INSERT_TABLE} (id bigserial PRIMARY KEY, "
                "created timestamptz NOT NULL DEFAULT now(), note text NOT NULL)"
            )
        service, users = data.load(applicants)
        templates = data.templates_after_form_step(service, users)
        print(
            f"{applicants} applicants and their form step ready in "
            f"{time.perf_counter() - started:.1f} s"
        )
        return measure(
            database.url,
            service,
            templates,
            rounds=rounds,
            seconds=seconds,
            form_step=not args.no_form_step,
        )


def run(*, smoke: bool = False) -> bool:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke
    return "-> met" in run_in_fresh_process(
        "benchmarks.bench_submission", SETTINGS, *flags
    )


if __name__ == "__main__":
    main(sys.argv[1:])
