"""gunicorn workers with the application preloaded in the master, or not.

``gunicorn.conf.py`` preloads the application (Django and the search
segmenters) in the master and freezes the garbage collector's view of it before
each fork (``GUNICORN_PRELOAD=1``, the default). This benchmark serves the demo
catalogue with the project's ``gunicorn.conf.py`` on a free port of 127.0.0.1,
alternately preloaded (the measured case) and not (``GUNICORN_PRELOAD=0``, the
reference), for several rounds, and per round:

(a) with 3 workers, after every worker answered catalogue searches: the private
    memory of each worker (USS: private clean and dirty pages, from
    ``/proc/<pid>/smaps_rollup``) and the sum of their PSS;
(b) with 1 worker: the worker is stopped (SIGTERM), and the time until a new
    worker answers a catalogue search (the gap a recycled worker leaves,
    ``max_requests``), several times.

It prints the figures per round, the per-round ratios preloaded/reference of the
median worker USS and of the median gap (median, min and max over rounds), and
a last line against the goal: both ratios at most 0.5. Linux only (``/proc``).

Database: a scratch PostgreSQL database ``bench_worker_start_<pid>`` when a
server answers (DATABASE_URL's, or postgres://postgres@127.0.0.1:5432), dropped
at the end; otherwise a temporary SQLite file, removed at the end; with the demo
catalogue.

Run alone: ``python -m benchmarks.bench_worker_start [--smoke] [--rounds N]``.
"""

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from benchmarks._http import ROOT, SETTINGS, free_port
from benchmarks._pg import scratch_database_url
from benchmarks._util import run_in_fresh_process, setup_django, summary

GOAL_RATIO = 0.5
QUERIES = ["开公司", "社保卡丢了", "办护照", "结婚", "取公积金"]
READY_SECONDS = 60


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()]


def _memory_mb(pid: int) -> dict[str, float]:
    """USS and PSS of a process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_unit = line.split()
        fields[name.rstrip(":")] = int(value) / 1024
    return {
        "uss": fields["Private_Clean"] + fields["Private_Dirty"],
        "pss": fields["Pss"],
    }


class Server:
    """gunicorn with the project's configuration; stopped (its process group) on
    exit."""

    def __init__(self, *, preload: bool, workers: int, log_path: Path) -> None:
        self.preload = preload
        self.workers = workers
        self.log_path = log_path
        self.base_url = ""
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Server":
        import requests

        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": str(self.workers),
            "GUNICORN_PRELOAD": "1" if self.preload else "0",
            "DB_CONN_MAX_AGE": "600",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
        }
        self.log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "gunicorn.conf.py",
                "--no-control-socket",
                "--access-logfile",
                "/dev/null",
                "citizen_portal.wsgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.session = requests.Session()
        deadline = time.monotonic() + READY_SECONDS
        while len(_children(self.process.pid)) < self.workers or not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start; see {self.log_path}")
            time.sleep(0.05)
        return self

    def _answers(self) -> bool:
        import requests

        try:
            return self.session.get(f"{self.base_url}/healthz/", timeout=1).ok
        except requests.RequestException:
            return False

    def search(self, query: str) -> bool:
        import requests

        try:
            response = requests.get(
                f"{self.base_url}/services/", params={"q": query}, timeout=10
            )
        except requests.RequestException:
            return False
        return response.ok

    def worker_pids(self) -> list[int]:
        return _children(self.process.pid)

    def __exit__(self, *exc) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def worker_memory(preload: bool, log_path: Path) -> tuple[float, float]:
    """(median worker USS, sum of worker PSS) in MB, after searches on every
    worker."""
    with Server(preload=preload, workers=3, log_path=log_path) as server:
        for query in QUERIES * 6:  # a new connection each: every worker serves
            if not server.search(query):
                raise RuntimeError(f"search failed; see {log_path}")
        memory = [_memory_mb(pid) for pid in server.worker_pids()]
    return (
        statistics.median(m["uss"] for m in memory),
        sum(m["pss"] for m in memory),
    )


def replacement_gaps(preload: bool, log_path: Path, *, times: int) -> list[float]:
    """Milliseconds from stopping the only worker until a new one answers a
    search."""
    gaps = []
    with Server(preload=preload, workers=1, log_path=log_path) as server:
        for _ in range(times):
            (old,) = server.worker_pids()
            os.kill(old, signal.SIGTERM)
            started = time.perf_counter()
            deadline = time.monotonic() + READY_SECONDS
            while old in server.worker_pids() or not server.search(QUERIES[0]):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no new worker; see {log_path}")
                time.sleep(0.005)
            gaps.append((time.perf_counter() - started) * 1000)
    return gaps


def measure(*, rounds: int, times: int) -> tuple[float, float]:
    log = Path(tempfile.gettempdir()) / f"bench_worker_start_{os.getpid()}.log"
    uss_ratios, gap_ratios = [], []
    for number in range(1, rounds + 1):
        figures = {}
        for preload in (True, False):
            uss, pss = worker_memory(preload, log)
            gaps = replacement_gaps(preload, log, times=times)
            figures[preload] = (uss, statistics.median(gaps))
            label = "preloaded" if preload else "reference"
            print(
                f"round {number} {label}: worker USS {uss:.0f} MB, 3 workers' PSS "
                f"{pss:.0f} MB; new worker answers after "
                + ", ".join(f"{gap:.0f}" for gap in gaps)
                + " ms"
            )
        uss_ratios.append(figures[True][0] / figures[False][0])
        gap_ratios.append(figures[True][1] / figures[False][1])
    log.unlink(missing_ok=True)
    print(f"ratio preloaded/reference worker USS: {summary(uss_ratios)}")
    print(f"ratio preloaded/reference new worker gap: {summary(gap_ratios)}")
    return statistics.median(uss_ratios), statistics.median(gap_ratios)


def main(argv: list[str]) -> bool:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args(argv)
    rounds = args.rounds or (1 if args.smoke else 3)
    times = 1 if args.smoke else 3
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with ExitStack() as stack:
        url = scratch_database_url(stack, f"bench_worker_start_{os.getpid()}")
        os.environ.update(DATABASE_URL=url, DJANGO_SETTINGS_MODULE=SETTINGS)
        setup_django(SETTINGS)
        from django.core.management import call_command
        from django.db import connections

        from demo.catalogue_load import load_catalogue

        call_command("migrate", verbosity=0)
        load_catalogue()
        connections.close_all()
        uss, gap = measure(rounds=rounds, times=times)
    met = uss <= GOAL_RATIO and gap <= GOAL_RATIO
    print(
        f"goal: preloaded workers' USS {uss:.2f}x and new worker gap {gap:.2f}x "
        f"the reference, goal <= {GOAL_RATIO}x -> {'met' if met else 'NOT met'}"
    )
    return met


def run(*, smoke: bool = False) -> str:
    """In a fresh process: it needs its own database settings."""
    flags = ["--smoke"] * smoke
    stdout = run_in_fresh_process("benchmarks.bench_worker_start", SETTINGS, *flags)
    match = re.search(r"-> (met|NOT met)", stdout)
    return match.group(1) if match else ""


if __name__ == "__main__":
    main(sys.argv[1:])
