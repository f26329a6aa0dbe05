"""Benchmarks run in smoke mode (one tiny round) so that they keep working; the
figures they print are not asserted."""

import os

from benchmarks import (
    bench_licence_pdfcheck,
    bench_licence_render,
    bench_licence_verify,
    bench_sharing_query,
)
from tests.services_support import need


def test_licence_render_benchmark_runs(capsys):
    ratio = bench_licence_render.run(smoke=True)
    assert ratio > 0
    assert "ratio render/bare" in capsys.readouterr().out


def test_sharing_query_benchmark_runs(capsys):
    url = os.environ.get("DATABASE_URL", "")
    need(
        bench_sharing_query.is_postgres(url)
        or bench_sharing_query.postgres_reachable(),
        "no PostgreSQL: DATABASE_URL is not PostgreSQL and none answers on "
        "127.0.0.1:5432",
    )
    # A scratch database of its own, even where DATABASE_URL names a server.
    ratio = bench_sharing_query.run(smoke=True, scratch=True)
    assert ratio > 0
    out = capsys.readouterr().out
    assert "query() in-process" in out
    assert "goals: in-process query()/SELECT p95 ratio" in out


def test_licence_pdfcheck_benchmark_runs(capsys):
    ratio = bench_licence_pdfcheck.run(smoke=True)
    assert ratio > 0
    out = capsys.readouterr().out
    assert "verify_pdf (upload check)" in out
    assert "ratio verify_pdf/raw rate" in out


def test_licence_verify_benchmark_runs(capsys):
    # Its own database: scratch PostgreSQL when one answers, else temporary SQLite.
    p95 = bench_licence_verify.run(smoke=True)
    assert p95 > 0
    out = capsys.readouterr().out
    assert "GET /healthz/ (bare Django view, reference)" in out
    assert "goal: verify API p95" in out


def test_portal_pages_benchmark_runs(capsys):
    from benchmarks import bench_portal_pages

    need(
        bench_portal_pages.postgres_reachable(),
        "no PostgreSQL answers on 127.0.0.1:5432",
    )
    bench_portal_pages.run(smoke=True)
    out = capsys.readouterr().out
    assert "catalogue search (service_search, page + count)" in out
    assert "goals: search p95" in out


def test_submission_benchmark_runs(capsys):
    import shutil

    from benchmarks import bench_submission

    need(
        bench_submission.postgres_reachable(),
        "no PostgreSQL answers on 127.0.0.1:5432",
    )
    need(shutil.which("wrk") is not None, "wrk is not installed")
    need(
        bench_submission.redis_reachable(), "no Redis at " + bench_submission.REDIS_URL
    )
    bench_submission.run(smoke=True)
    out = capsys.readouterr().out
    assert "sources ['licence', 'registry']" in out
    assert "round 1 submission:" in out
    assert "ratio submission/bare insert rate" in out
    assert "goal: submission p95" in out


def test_search_start_benchmark_runs(capsys):
    from benchmarks import bench_search_start

    # Its own database: scratch PostgreSQL when one answers, else temporary SQLite.
    ratio = bench_search_start.run(smoke=True)
    assert ratio > 0
    out = capsys.readouterr().out
    assert "ratio first/warm search, start" in out
    assert "goal: first search in a started process" in out


def test_worker_start_benchmark_runs(capsys):
    import sys

    from benchmarks import bench_worker_start

    need(sys.platform == "linux", "reads /proc")
    assert bench_worker_start.run(smoke=True) in ("met", "NOT met")
    out = capsys.readouterr().out
    assert "ratio preloaded/reference worker USS" in out
    assert "ratio preloaded/reference new worker gap" in out
