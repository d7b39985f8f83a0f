"""The wheel, installed alone in a fresh environment, imports every article format.

``make test`` runs in an environment that also holds the test tools, and they
can bring in a library the app needs without it being declared (the HTML
readers need ``lxml_html_clean``, which ``lxml[html_clean]`` brings only with
some versions of pip). Here the wheel is built and installed without extras
into a new virtual environment (one per test session) by that environment's own
pip, and the installed command imports one file of each format.
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HTML = """<!doctype html><html><head><title>Summit ends without a deal</title>
<meta property="article:published_time" content="2025-03-04"></head><body><article>
<h1>Summit ends without a deal</h1>
<p>The leaders met in Geneva on Tuesday and left without an agreement on trade.</p>
<p>Talks will resume in April, officials said after the meeting ended late at night.</p>
</article></body></html>"""


def _run(*args: str | Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, ROOT)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("annotator-*.whl")
    return found


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Path:
    """The ``annotator`` command of a new environment holding the wheel and its dependencies."""
    env = tmp_path_factory.mktemp("env")
    # With the pip that comes with the new environment, as a person would: older
    # pips do not match ``lxml[html_clean]`` to lxml's ``html-clean`` extra.
    venv.EnvBuilder(with_pip=True).create(env)
    done = _run(env / "bin" / "python", "-m", "pip", "install", "--quiet", "--no-compile", wheel)
    assert done.returncode == 0, f"installing the wheel alone failed:\n{done.stderr}"
    return env / "bin" / "annotator"


def test_the_wheel_declares_what_the_html_reader_needs(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
    required = {
        line.split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower().replace("-", "_")
        for line in metadata.get_all("Requires-Dist") or []
        if "extra ==" not in line
    }
    assert "lxml_html_clean" in required


def _formats(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    files = {
        "txt": folder / "plain.txt",
        "html": folder / "page.html",
        "json": folder / "records.json",
        "jsonl": folder / "records.jsonl",
        "csv": folder / "table.csv",
    }
    files["txt"].write_text("Plain title\n\nA plain text article about the vote on Sunday.\n")
    files["html"].write_text(HTML, encoding="utf-8")
    files["json"].write_text(json.dumps([{"title": "From JSON", "text": "An article in JSON."}]))
    files["jsonl"].write_text(json.dumps({"title": "From JSONL", "text": "A JSONL article."}) + "\n")
    files["csv"].write_text('title,text\nFrom CSV,"An article in a CSV row."\n')
    with_manifest = folder / "with-manifest"
    with_manifest.mkdir()
    (with_manifest / "story.txt").write_text("Untitled\n\nAn article its manifest describes.\n")
    (with_manifest / "annotator-manifest.json").write_text(
        json.dumps({"files": {"story.txt": {"title": "Named by the manifest", "published": "2025-06-10"}}})
    )
    files["folder"] = with_manifest
    return files


def test_the_installed_command_imports_every_format(installed, tmp_path):
    db = tmp_path / "clean.db"
    for fmt, path in _formats(tmp_path / "in").items():
        out = _run(installed, "--db", db, "import", "--json", path, timeout=300)
        assert out.returncode == 0, f"{fmt}: {out.stderr}"
        report = json.loads(out.stdout)
        assert report["imported"] == 1, (fmt, report)
    listing = _run(installed, "--db", db, "list", "--json")
    titles = {row["title"]: row for row in json.loads(listing.stdout)}
    assert {
        "Summit ends without a deal",
        "From JSON",
        "From JSONL",
        "From CSV",
        "Named by the manifest",
    } <= set(titles)
    assert titles["Named by the manifest"]["published"] == "2025-06-10"
