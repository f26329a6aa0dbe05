"""Run every benchmark in this package: ``python -m benchmarks [--smoke]``."""

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    smoke = "--smoke" in sys.argv
    names = sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.name.startswith("bench_")
    )
    for name in names:
        print(f"# {name}")
        module = importlib.import_module(f"benchmarks.{name}")
        module.run(smoke=smoke)
    return 0


if __name__ == "__main__":
    sys.exit(main())
