"""Shared helpers: Django set-up and A/B rounds with the median of ratios."""

import os
import statistics
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
