"""Import speed: 10,000 and 100,000 synthetic articles (~5 KB) with the full-text index.

Budgets: 10,000 in under 10 s; 100,000 in under 100 s with peak memory under 500 MB.
Each size runs in a child process so its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = [int(n) for n in os.environ.get("BENCH_IMPORT_SIZES", "10000,100000").split(",")]
BUDGET_S = {10_000: 10.0, 100_000: 100.0}

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from annotator.workspace import Workspace
folder, db = sys.argv[1], sys.argv[2]
started = time.perf_counter()
ws = Workspace.open(db, seed=False)
report = ws.import_paths([folder])
elapsed = time.perf_counter() - started
count = ws.articles.count()
hits = len(ws.articles.ids(search="Rutte Brussels"))
ws.close()
# VmHWM is this process image's own peak; ru_maxrss would carry over the parent's.
status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
hwm = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
peak_mb = int(hwm[0]) / 1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(dict(seconds=elapsed, imported=report.imported, count=count,
                      failed=len(report.failed), peak_mb=peak_mb, hits=hits)))
"""


def main() -> None:
    from synthetic import write_txt_corpus

    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        for size in SIZES:
            folder = Path(tmp) / f"corpus{size}"
            made = time.perf_counter()
            write_txt_corpus(folder, size)
            made = time.perf_counter() - made
            db = Path(tmp) / f"bench{size}.db"
            out = subprocess.run(
                [sys.executable, "-c", CHILD.format(here=str(HERE)), str(folder), str(db)],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(out.stdout)
            budget = BUDGET_S.get(size)
            verdict = (
                ""
                if budget is None
                else ("within budget" if result["seconds"] < budget else f"OVER the {budget:.0f} s budget")
            )
            print(
                f"   import {size:>7,} articles: {result['seconds']:6.1f} s "
                f"({size / result['seconds']:,.0f}/s), peak {result['peak_mb']:.0f} MB, "
                f"db {db.stat().st_size / 1e6:,.0f} MB, {verdict} "
                f"[corpus written in {made:.1f} s]"
            )
            assert result["imported"] == size and result["failed"] == 0, result
            for leftover in folder.rglob("*.txt"):
                leftover.unlink()
