"""Serving the project over HTTP for a benchmark, and timing calls.

``Gunicorn(database_url, log_path)`` starts gunicorn (2 sync workers, persistent
database connections) on a free port of 127.0.0.1 in its own process group, waits
until ``/healthz/`` answers and stops it on exit, keeping its log only on error.
``timed`` measures per-call latency in ms; ``percentile`` and ``figures`` summarise
rounds of such samples.
"""

import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "citizen_portal.settings.dev"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn with 2 sync workers on a free port; stopped (its own process
    group) on exit."""

    def __init__(
        self, database_url: str, log_path: Path, *, settings_module: str = SETTINGS
    ):
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.log_path = log_path
        self.settings_module = settings_module
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> "Gunicorn":
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": self.settings_module,
            "DATABASE_URL": self.database_url,
            "DB_CONN_MAX_AGE": "600",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
        }
        self.log = self.log_path.open("wb")
        # Started outside the project (--chdir back into it) so that gunicorn does
        # not read the project's gunicorn.conf.py, whose access log would write a
        # line per request; no control socket, which is shared per user.
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--chdir",
                str(ROOT),
                "--no-control-socket",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "2",
                "--worker-class",
                "sync",
                "--log-level",
                "warning",
                "citizen_portal.wsgi:application",
            ],
            cwd=tempfile.gettempdir(),
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._wait_ready()
        return self

    def _wait_ready(self, seconds: float = 60) -> None:
        import requests

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited ({self.process.returncode}); see {self.log_path}"
                )
            try:
                if requests.get(f"{self.base_url}/healthz/", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer in {seconds} s")

    def __exit__(self, exc_type, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # the master stops its workers
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
        if exc_type is None:
            self.log_path.unlink(missing_ok=True)
        else:
            print(f"gunicorn log kept: {self.log_path}", file=sys.stderr)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(
    fn: Callable[[str], object], subjects: list[str], *, seconds: float
) -> list[float]:
    """Latency in ms of ``fn(subject)`` per subject, stopping after ``seconds``."""
    samples = []
    deadline = time.perf_counter() + seconds
    for subject in subjects:
        start = time.perf_counter()
        fn(subject)
        end = time.perf_counter()
        samples.append((end - start) * 1000)
        if end > deadline:
            break
    return samples


def figures(label: str, rounds: list[list[float]]) -> tuple[float, float]:
    p50 = statistics.median(percentile(s, 0.5) for s in rounds)
    p95 = statistics.median(percentile(s, 0.95) for s in rounds)
    count = sum(len(s) for s in rounds)
    print(
        f"{label}: p50 {p50:.3f} ms, p95 {p95:.3f} ms "
        f"(median of {len(rounds)} rounds, {count} calls)"
    )
    return p50, p95
