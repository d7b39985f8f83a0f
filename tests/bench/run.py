"""Run every benchmark (``make bench``): each tests/bench/bench_*.py's ``main()``.

``python tests/bench/run.py [NAME ...]`` runs only the named ones (e.g. ``import``).
Each benchmark runs in a process of its own, so its memory peak and its start-up
are its own and one broken benchmark cannot hide the others.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_one(path: Path) -> None:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HERE))
    spec.loader.exec_module(module)
    module.main()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        run_one(Path(argv[1]))
        return 0
    wanted = set(argv)
    failures = 0
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, __file__, "--one", str(path)])
        if result.returncode != 0:
            failures += 1
            print(f"   FAILED (exit status {result.returncode})", flush=True)
        print(f"   ({time.perf_counter() - started:.1f} s)\n", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
