"""Smoke test of the built desktop bundle: ``make bundle-test``.

``python packaging/smoke_test.py [dist/annotator]`` runs the bundled executable
headless (Qt's offscreen platform) on a fresh database in a temporary folder,
the way a person's first start would: the sample corpus is imported from the
bundle, an HTML page goes through the bundled trafilatura, the checks run, and
the main window is drawn into a PNG (kept as build/bundle-test/screenshot.png to
look at). Any non-zero exit, traceback or unexpected line on stderr fails it, and
so does a bundle over the size budget or missing a Qt library it needs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 150
TIMEOUT_S = 120
SAMPLE_ARTICLES = len(list((ROOT / "seeds").glob("*.txt")))
# Libraries the bundle must carry itself; others come with the system.
BUNDLED_LIBRARIES = ("libQt6", "libpyside6", "libshiboken6", "libpython", "libicu")
SCREENSHOT_KEPT = ROOT / "build" / "bundle-test" / "screenshot.png"

# Lines on stderr that say nothing is wrong; everything else fails the test.
HARMLESS_STDERR = [
    # The offscreen platform cannot pass window size hints to a window manager it does not have.
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
    # Same for raising and focusing: there is no window system to ask.
    re.compile(r"^This plugin does not support (raise|setParent|grabbing the keyboard)\(\)$"),
]

HTML_PAGE = """<!doctype html>
<html><head><title>Mayor opens the new bridge</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05"></head>
<body><nav>Home | News | Sport</nav><article><h1>Mayor opens the new bridge</h1>
<p>The mayor opened the new bridge on Tuesday, 5 March 2024, after three years of work
that cost the city more than it had planned.</p>
<p>"It was worth every cent," she told the crowd gathered on the river bank.</p>
</article><footer>Copyright</footer></body></html>
"""


class SmokeFailure(Exception):
    pass


def executable(bundle: Path) -> Path:
    for name in ("annotator", "annotator.exe"):
        if (bundle / name).is_file():
            return bundle / name
    raise SmokeFailure(f"no annotator executable in {bundle}: run `make bundle` first")


def unexpected_stderr(stderr: str) -> list[str]:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return [line for line in lines if not any(p.search(line) for p in HARMLESS_STDERR)]


def run(exe: Path, args: list[str], env: dict[str, str], cwd: Path, ok_codes=(0,)) -> str:
    """Run the bundle; its stdout, or SmokeFailure naming what went wrong."""
    shown = " ".join(["annotator", *args])
    try:
        done = subprocess.run(
            [str(exe), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"`{shown}` did not finish in {TIMEOUT_S} s") from exc
    problems = []
    if done.returncode not in ok_codes:
        problems.append(f"exit status {done.returncode}")
    if "Traceback (most recent call last)" in done.stdout + done.stderr:
        problems.append("a traceback")
    if unexpected_stderr(done.stderr):
        problems.append("unexpected output on stderr")
    if problems:
        raise SmokeFailure(
            f"`{shown}`: {', '.join(problems)}\n--- stdout\n{done.stdout[-3000:]}"
            f"\n--- stderr\n{done.stderr[-3000:]}"
        )
    return done.stdout


def has_command(exe: Path, name: str, env: dict[str, str], cwd: Path) -> bool:
    """True when the bundled command line knows ``name`` (others add commands over time)."""
    done = subprocess.run(
        [str(exe), name, "--help"], env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    return done.returncode == 0


def bundle_size_mb(bundle: Path) -> float:
    files = (p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def missing_libraries(bundle: Path) -> tuple[list[str], list[str]]:
    """Linux: (libraries the bundle must carry but does not, system libraries absent here)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return [], []
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # as the bundle's bootloader sets it
    ours, system = set(), set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if "not found" in line:
                lib = line.split()[0]
                bundled = lib.startswith(BUNDLED_LIBRARIES)
                (ours if bundled else system).add(f"{lib} (needed by {path.relative_to(bundle)})")
    return sorted(ours), sorted(system)


def check_layout(bundle: Path) -> None:
    data = bundle / "_internal" / "annotator" / "_data"
    for relative in (
        "resources/vocabulary.json",
        "resources/kb",
        "resources/icons/annotator.svg",
        "seeds/annotator-manifest.json",
    ):
        if not (data / relative).exists():
            raise SmokeFailure(f"the bundle lacks annotator/_data/{relative}")
    if (bundle / "_internal" / "resources").exists():
        raise SmokeFailure("resources/ is at the bundle root: annotator/paths.py looks in _data")


def smoke(bundle: Path, work: Path) -> None:
    exe = executable(bundle)
    db = work / "smoke.db"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "ANNOTATOR_DB": str(db),  # never the person's own database
            "ANNOTATOR_USER": "smoke-test",  # the app asks for a name on first start otherwise
            "XDG_CONFIG_HOME": str(work / "config"),  # Qt settings of this run only
            "XDG_RUNTIME_DIR": str(work / "runtime"),
        }
    )
    (work / "runtime").mkdir(mode=0o700)

    size = bundle_size_mb(bundle)
    print(f"bundle size: {size:.1f} MB (budget {SIZE_BUDGET_MB} MB)")
    if size > SIZE_BUDGET_MB:
        raise SmokeFailure(f"the bundle is {size:.1f} MB, over the {SIZE_BUDGET_MB} MB budget")
    check_layout(bundle)
    ours, system = missing_libraries(bundle)
    if ours:
        raise SmokeFailure("libraries missing from the bundle:\n  " + "\n  ".join(ours))
    if system:
        print(
            "note: system libraries absent on this machine (a desktop has them):\n  "
            + "\n  ".join(sorted({line.split()[0] for line in system}))
        )

    version = run(exe, ["--version"], env, work).strip()
    print(f"ok  {version}")

    articles = json.loads(run(exe, ["list", "--db", str(db), "--json"], env, work))
    sources = sorted(a["source"] for a in articles)
    if len(articles) != SAMPLE_ARTICLES or not all(s.startswith("seeds/") for s in sources):
        raise SmokeFailure(f"expected the {SAMPLE_ARTICLES} sample articles, got {sources}")
    print(f"ok  sample corpus opened from the bundle: {len(articles)} articles")

    page = work / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    report = json.loads(run(exe, ["import", "--db", str(db), "--json", str(page)], env, work))
    if report["imported"] != 1:
        raise SmokeFailure(f"the HTML page was not imported: {report}")
    shown = json.loads(run(exe, ["show", "--db", str(db), "--json", str(page)], env, work))
    if "bridge" not in shown["text"] or "Copyright" in shown["text"]:
        raise SmokeFailure(f"trafilatura did not extract the article text: {shown['text']!r}")
    print(f"ok  HTML import (trafilatura): {shown['title']!r}, published {shown['published']}")

    if has_command(exe, "check", env, work):
        # Exit 1 means "found something"; the sample corpus has known date errors.
        out = run(exe, ["check", "--db", str(db), "--json"], env, work, ok_codes=(0, 1))
        findings = json.loads(out)
        if isinstance(findings, list) and not findings:
            raise SmokeFailure("the checks found nothing in the sample corpus: is the KB bundled?")
        count = len(findings) if isinstance(findings, list) else "a report of"
        print(f"ok  check --json: {count} finding(s) in the sample corpus (knowledge base found)")
    else:
        print("skip check: the `check` command is not registered in this build")

    if has_command(exe, "screenshot", env, work):
        png = work / "screenshot.png"
        run(exe, ["screenshot", "--db", str(db), "-o", str(png)], env, work)
        is_png = png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if not is_png or png.stat().st_size < 10_000:
            raise SmokeFailure(f"the screenshot {png} is missing or empty")
        SCREENSHOT_KEPT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, SCREENSHOT_KEPT)
        print(f"ok  screenshot: {SCREENSHOT_KEPT} ({png.stat().st_size // 1024} KB)")
    else:
        print("skip screenshot: the `screenshot` command is not registered in this build")

    # The app itself, as a double-click starts it (no command), closed by its own timer.
    out = run(
        exe,
        ["--db", str(db)],
        {**env, "ANNOTATOR_QUIT_AFTER_MS": "1500", "ANNOTATOR_STARTUP_PROBE": "1"},
        work,
    )
    if "annotator-startup-probe" not in out:
        raise SmokeFailure("the app did not report its window shown (ANNOTATOR_STARTUP_PROBE)")
    print("ok  the app opened its main window and closed")


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "annotator").resolve()
    with tempfile.TemporaryDirectory(prefix="annotator-bundle-test-") as tmp:
        try:
            smoke(bundle, Path(tmp))
        except SmokeFailure as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
    print("bundle test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
