"""Online submission at 32 concurrent users against a bare POST that inserts a row.

Set-up, on a scratch PostgreSQL database (full migrate) with Redis (db 11, flushed
first; Celery tasks go to a queue of this run, deleted at the end): a service
whose published e-form has 20 fields (text, long text, number, date, choice,
multiple choice, phone, email, resident ID, address) and two material
requirements the platform obtains through ``sharing``: an e-licence (resource
``licences.by-holder``) and a registry record (``population.person``). N synthetic
applicants (default 64; ``sharing.synthetic`` IDs), each with a population record
and a licence of that type. Each applicant fills the form once, in process, through
the real form step (``POST /services/<code>/apply/``), which leaves the pending
submission in the session; that pending data is then copied into many
database sessions (auth keys, a CSRF cookie) with a fresh ``submission_key`` each,
so that every measured request submits a different application.

Measured under gunicorn (2 sync workers, persistent database connections,
``benchmarks.settings_bench``) with ``wrk`` (2 threads, 32 connections), rounds
of A B C:

A. submission: ``POST /services/<code>/apply/review/`` with the declaration and the
   key: the view re-resolves both materials through the exchange (two sharing
   queries, each with its access record), checks the version and the materials,
   and ``application_submit`` writes the application, its two materials, its
   event and the in-site notification in one transaction and queues the
   notification tasks after commit; the pending submission leaves the session
   (a session UPDATE) and the applicant's draft, if any, is discarded (once per
   applicant per round). Each request uses its own session and key (never a
   retry); a good answer is a 302 to the application's page.
B. bare reference: ``POST /bench/insert/`` (``benchmarks.urls_bench``): the same
   middleware, one INSERT, 200.
C. context only (no goal): the form step, ``POST /services/<code>/apply/`` with
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
import datetime
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from benchmarks._http import ROOT, Gunicorn
from benchmarks._pg import DEFAULT_SERVER, ScratchDatabase
from benchmarks._pg import postgres_reachable as postgres_reachable  # for the test
from benchmarks._util import setup_django, summary
from benchmarks._wrk_post import post_lines, wrk_post

SETTINGS = "benchmarks.settings_bench"
P95_GOAL_MS = 150.0
RATE_GOAL = 0.25
REDIS_URL = os.environ.get("BENCH_SUBMISSION_REDIS_URL", "redis://127.0.0.1:6379/11")
QUEUE = f"bench-submission-{os.getpid()}"


def _form_body() -> list:
    from eforms.demo import field, options, section

    yes_no = options(("yes", "是"), ("no", "否"))
    return [
        section(
            "申请人信息",
            field("text", "applicant_name", "姓名", prefill="population.name"),
            field("phone", "phone", "手机号码"),
            field("email", "email", "电子邮箱"),
            field("date", "birth_date", "出生日期", latest_days=0),
            field("choice", "sex", "性别", options=options(("m", "男"), ("f", "女"))),
            field("address", "home_address", "现住址", detail_required=True),
        ),
        section(
            "申请事项",
            field(
                "choice",
                "reason",
                "申请原因",
                widget="select",
                options=options(("work", "就业"), ("study", "就学"), ("live", "居住")),
            ),
            field("text", "employer", "工作单位", max_length=100),
            field("phone", "employer_phone", "单位电话"),
            field("number", "years", "居住年限", min_value="0", max_value="80"),
            field("number", "income", "月收入（元）", min_value="0", decimal_places=2),
            field("date", "start_date", "来本市日期", latest_days=0),
            field(
                "multiple_choice",
                "needs",
                "需要的服务",
                options=options(
                    ("school", "子女入学"), ("medical", "医保"), ("car", "车辆")
                ),
            ),
            field("choice", "insured", "是否参保", options=yes_no),
            field("long_text", "remarks", "申请事由", max_length=500),
        ),
        section(
            "紧急联系人",
            field("text", "contact_name", "联系人姓名"),
            field("resident_id", "contact_id", "联系人身份证号码"),
            field("phone", "contact_phone", "联系人手机"),
            field(
                "choice",
                "relation",
                "关系",
                options=options(("p", "父母"), ("s", "配偶")),
            ),
            field("email", "contact_email", "联系人邮箱", required=False),
        ),
    ]


def _form_post(n: int) -> dict:
    """The 20 answers as a browser posts them (the name comes from the registry)."""
    from sharing.synthetic import resident_id

    contact = resident_id("350103", datetime.date(1986, 5, 1), n % 999 + 1)
    return {
        "applicant_name": "",
        "phone": f"139{n:08d}",
        "email": f"applicant{n}@example.com",
        "birth_date": "1990-03-07",
        "sex": "m",
        "home_address__province": "350000",
        "home_address__city": "350100",
        "home_address__county": "350102",
        "home_address__detail": "政务路1号3幢201室",
        "reason": "work",
        "employer": "示范数字科技有限公司",
        "employer_phone": "13800000000",
        "years": "3",
        "income": "8500.50",
        "start_date": "2023-09-01",
        "needs": ["school", "medical"],
        "insured": "yes",
        "remarks": "来本市工作三年，申请居住证签注。",
        "contact_name": "林测试",
        "contact_id": contact,
        "contact_phone": "13700000000",
        "relation": "p",
        "contact_email": "",
        "_continue": "1",
    }


def _load(applicants: int):
    """The service, its form and its two shared materials, and the applicants
    (a population record and a licence each); returns (service, users)."""
    from eforms.demo import definition_publish
    from sharing.synthetic import resident_id
    from tests.factories import (
        LicenceFactory,
        LicenceTypeFactory,
        MaterialRequirementFactory,
        PersonFactory,
        ServiceFactory,
    )
    from tests.sharing import registry_data

    licence_type = LicenceTypeFactory(code="BMJZ", name="居住证（基准）")
    service = ServiceFactory(name="居住证签注（基准）", licence_type=licence_type)
    MaterialRequirementFactory(
        service=service, name="居住证", licence_type=licence_type, sort_order=1
    )
    MaterialRequirementFactory(
        service=service,
        name="户口簿",
        shared_resource="population.person",
        sort_order=2,
    )
    definition_publish(service=service, title="居住证签注申请表", body=_form_body())
    users = []
    for n in range(applicants):
        number = resident_id(
            "350102",
            datetime.date(1985, 1, 1) + datetime.timedelta(days=n * 53 % 7000),
            n % 999 + 1,
        )
        name = f"测试申请人{n:03d}"
        registry_data.person(resident=number, name=name)
        user = PersonFactory(resident_id=number, name=name).user
        LicenceFactory(holder=user, licence_type=licence_type, holder_name=name)
        users.append(user)
    return service, users


def _templates(service, users) -> dict:
    """Each applicant's session after the real form step: {user pk: session dict}."""
    from django.test import Client
    from django.urls import reverse

    from services.applying import pending_key

    url = reverse("services:apply", kwargs={"code": service.code})
    templates = {}
    for n, user in enumerate(users):
        client = Client()
        client.force_login(user)
        response = client.post(url, _form_post(n))
        if response.status_code != 302 or "/review/" not in response["Location"]:
            raise RuntimeError(f"form step refused: {response.status_code}")
        session = dict(client.session.items())
        if len(session[pending_key(service)]["obtained"]) != 2:
            raise RuntimeError("both materials should be obtained through sharing")
        templates[user.pk] = session
    return templates


def _sessions(templates: dict, service, count: int, *, fresh_key: bool) -> list:
    """``count`` new database sessions cycling over the applicants, each a copy of
    the applicant's session (a fresh submission key with ``fresh_key``); returns
    [(cookie header, csrf token, submission key)]."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from services.applying import pending_key

    key = pending_key(service)
    expires = timezone.now() + datetime.timedelta(days=1)
    store = SessionStore()
    rows, out = [], []
    sessions = list(templates.values())
    for n in range(count):
        data = dict(sessions[n % len(sessions)])
        pending = dict(data[key])
        if fresh_key:
            pending["submission_key"] = str(uuid.uuid4())
        data[key] = pending
        session_key = secrets.token_hex(16)
        rows.append(
            Session(
                session_key=session_key,
                session_data=store.encode(data),
                expire_date=expires,
            )
        )
        csrf = secrets.token_hex(16)  # a 32-character CSRF secret
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}"
        )
        out.append((cookie, csrf, pending["submission_key"]))
    Session.objects.bulk_create(rows, batch_size=2000)
    return out


def _submission_lines(templates, service, count: int) -> Path:
    from django.urls import reverse

    url = reverse("services:apply_review", kwargs={"code": service.code})
    entries = [
        (
            cookie,
            urlencode(
                {
                    "csrfmiddlewaretoken": csrf,
                    "submission_key": key,
                    "declaration": "on",
                }
            ),
        )
        for cookie, csrf, key in _sessions(templates, service, count, fresh_key=True)
    ]
    return post_lines(url, entries)


def _form_lines(templates, service) -> Path:
    from django.urls import reverse

    url = reverse("services:apply", kwargs={"code": service.code})
    sessions = _sessions(templates, service, len(templates), fresh_key=False)
    entries = [
        (cookie, urlencode({**_form_post(n), "csrfmiddlewaretoken": csrf}, doseq=True))
        for n, (cookie, csrf, _key) in enumerate(sessions)
    ]
    return post_lines(url, entries)


def _print(name: str, series: list[dict]) -> None:
    for n, r in enumerate(series, 1):
        print(
            f"  round {n} {name}: {r['rps']:,.1f}/s, p50 {r['p50']:.1f} ms, "
            f"p95 {r['p95']:.1f} ms, p99 {r['p99']:.1f} ms ({r['requests']} requests)"
        )


def measure(
    url: str, service, templates, *, rounds: int, seconds: float, form_step: bool
) -> bool:
    from django.urls import reverse

    from services.models import Application, ApplicationMaterial

    done_prefix = reverse("services:application_detail", kwargs={"number": "X"})[:-2]
    review = reverse("services:apply_review", kwargs={"code": service.code})
    bare = post_lines("/bench/insert/", [("", "note=bench")] * 64)
    log = Path(tempfile.gettempdir()) / f"bench_submission_gunicorn_{os.getpid()}.log"
    results = {"submission": [], "bare insert": [], "form step": []}
    with Gunicorn(url, log, settings_module=SETTINGS) as server:
        base = server.base_url

        def submit(count: int) -> dict:
            lines = _submission_lines(templates, service, count)
            return wrk_post(
                base,
                lines,
                seconds=seconds,
                status=302,
                location=done_prefix,
                cycle=False,
            )

        def insert() -> dict:
            copy = post_lines("/bench/insert/", [("", "note=bench")] * 64)
            return wrk_post(
                base, copy, seconds=seconds, status=200, location="", cycle=True
            )

        # Warm-up (not reported) also sizes the prepared submissions: twice the
        # rate seen, plus a margin.
        warm = wrk_post(
            base,
            _submission_lines(templates, service, 4000),
            seconds=min(seconds, 3),
            status=302,
            location=done_prefix,
            cycle=False,
        )
        wrk_post(base, bare, seconds=1, status=200, location="", cycle=True)
        per_round = int(warm["rps"] * max(1, round(seconds)) * 2) + 200
        print(
            f"warm-up: {warm['rps']:,.1f} submissions/s; {per_round} prepared per round"
        )
        for _ in range(rounds):
            results["submission"].append(submit(per_round))
            results["bare insert"].append(insert())
            if form_step:
                lines = _form_lines(templates, service)
                results["form step"].append(
                    wrk_post(
                        base,
                        lines,
                        seconds=seconds,
                        status=302,
                        location=review,
                        cycle=True,
                    )
                )
    made = Application.objects.filter(service=service).count()
    wanted = sum(r["requests"] for r in results["submission"]) + warm["requests"]
    materials = ApplicationMaterial.objects.filter(application__service=service)
    sources = set(materials.values_list("source", flat=True))
    print(
        f"applications made: {made:,} (wrk counted {wanted:,} answers); "
        f"materials {materials.count():,}, sources {sorted(sources)}"
    )
    if (
        made < wanted
        or materials.count() != 2 * made
        or sources
        != {ApplicationMaterial.Source.LICENCE, ApplicationMaterial.Source.REGISTRY}
    ):
        raise RuntimeError("the submissions did not make the applications expected")
    for name, series in results.items():
        if series:
            _print(name, series)
    sub, ref = results["submission"], results["bare insert"]
    ratios = [a["rps"] / b["rps"] for a, b in zip(sub, ref, strict=True)]
    p95 = statistics.median(r["p95"] for r in sub)
    for name, series in results.items():
        if series:
            print(
                f"{name}: {statistics.median(r['rps'] for r in series):,.1f}/s, "
                f"p50 {statistics.median(r['p50'] for r in series):.1f} ms, "
                f"p95 {statistics.median(r['p95'] for r in series):.1f} ms, "
                f"p99 {statistics.median(r['p99'] for r in series):.1f} ms "
                f"(median of {len(series)} rounds)"
            )
    print(f"ratio submission/bare insert rate: {summary(ratios)}")
    met = p95 <= P95_GOAL_MS and statistics.median(ratios) >= RATE_GOAL
    print(
        f"goal: submission p95 {p95:.1f} ms (<= {P95_GOAL_MS:.0f} ms) and "
        f"{statistics.median(ratios):.1%} of the bare rate (>= {RATE_GOAL:.0%}) -> "
        f"{'met' if met else 'NOT met'}"
    )
    return met


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
        service, users = _load(applicants)
        templates = _templates(service, users)
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
    args = [sys.executable, "-m", "benchmarks.bench_submission"]
    args += ["--smoke"] * smoke
    result = subprocess.run(
        args,
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS},
        capture_output=True,
        text=True,
        timeout=3600,
    )
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    result.check_returncode()
    return "-> met" in result.stdout


if __name__ == "__main__":
    main(sys.argv[1:])
