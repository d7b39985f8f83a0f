"""Startup speed: from process start to the main window shown and the event loop idle.

Budget: under 1 s to an interactive window. Measured for ``python -m annotator``
from the venv and, when built (``make bundle``), for dist/annotator; plus the
import time of ``annotator.launch`` (the command line with its commands), which every command pays.

The app prints ``annotator-startup-probe <epoch seconds>`` when
ANNOTATOR_STARTUP_PROBE is set (annotator/ui/app.py) and quits after
ANNOTATOR_QUIT_AFTER_MS; the time counts from just before the process is spawned.
Each figure is the median of RUNS starts on a database that already exists; the
first start, which also creates the database and imports the sample corpus, is
shown apart.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "annotator" / ("annotator.exe" if os.name == "nt" else "annotator")
RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", "5"))
BUDGET_S = 1.0
PROBE = "annotator-startup-probe"

IMPORT_CHILD = "import time; t = time.perf_counter(); import annotator.launch; print(time.perf_counter() - t)"


def seconds_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=True)
    for line in out.stdout.splitlines():
        if line.startswith(PROBE):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command[0]} printed no {PROBE} line; stderr: {out.stderr[-500:]}")


def verdict(seconds: float) -> str:
    return "within budget" if seconds < BUDGET_S else f"OVER the {BUDGET_S:.0f} s budget"


def measure_app(label: str, command: list[str], work: Path) -> None:
    db = work / f"{label.split()[0]}.db"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_STARTUP_PROBE": "1",
        "ANNOTATOR_QUIT_AFTER_MS": "50",
        "ANNOTATOR_USER": "bench",
        "XDG_CONFIG_HOME": str(work / "config"),
    }
    first = seconds_to_window([*command, "--db", str(db)], env)
    times = [seconds_to_window([*command, "--db", str(db)], env) for _ in range(RUNS)]
    median = statistics.median(times)
    print(
        f"   {label:<24} window ready in {median:5.2f} s (median of {RUNS}, "
        f"min {min(times):.2f}, max {max(times):.2f}), {verdict(median)}; "
        f"first start with a new database {first:.2f} s"
    )


def main() -> None:
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_CHILD], capture_output=True, text=True, check=True, cwd=ROOT
        )
        times.append(float(out.stdout))
    print(f"   import annotator.launch{statistics.median(times) * 1000:5.0f} ms (median of {RUNS})")

    with tempfile.TemporaryDirectory(prefix="annotator-bench-startup-") as tmp:
        work = Path(tmp)
        measure_app("python -m annotator", [sys.executable, "-m", "annotator"], work)
        if BUNDLE.exists():
            measure_app("bundle (dist/annotator)", [str(BUNDLE)], work)
        else:
            print("   bundle: not built (make bundle), not measured")


if __name__ == "__main__":
    main()
