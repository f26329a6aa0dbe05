"""Shared helpers: Django set-up and A/B rounds with the median of ratios."""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def setup_django(settings_module: str = "citizen_portal.settings.dev") -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def per_second(fn: Callable[[], object], *, count: int, seconds: float) -> float:
    """Calls per second over at most ``count`` calls or ``seconds`` seconds."""
    done = 0
    start = time.perf_counter()
    while done < count and time.perf_counter() - start < seconds:
        fn()
        done += 1
    return done / (time.perf_counter() - start)


def ab_rounds(
    measured: Callable[[], float], reference: Callable[[], float], *, rounds: int
) -> tuple[list[float], list[float], list[float]]:
    """Alternate measured and reference; returns both series and per-round ratios."""
    a, b = [], []
    for _ in range(rounds):
        a.append(measured())
        b.append(reference())
    return a, b, [x / y for x, y in zip(a, b, strict=True)]


def summary(ratios: list[float]) -> str:
    return (
        f"median {statistics.median(ratios):.3f} "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f}, {len(ratios)} rounds)"
    )


def run_in_fresh_process(module: str, settings_module: str, *flags: str) -> str:
    """Run ``python -m <module> <flags>`` in a fresh process, echo its output and
    return its stdout; raise when it failed. A benchmark needs its own database
    settings, which cannot change in a process where Django is set up already
    (``python -m benchmarks``, pytest)."""
    from benchmarks._http import ROOT

    result = subprocess.run(
        [sys.executable, "-m", module, *flags],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": settings_module},
        capture_output=True,
        text=True,
        timeout=3600,
    )
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    result.check_returncode()
    return result.stdout
