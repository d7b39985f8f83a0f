"""A corpus of hostile article files, written into a folder by the tests.

Each case is (kind, file, expected) where expected is ``imported``, ``failed``
or ``either`` (safely imported or clearly refused are both fine), and an
optional word the refusal must contain.
"""

from __future__ import annotations

import codecs
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

SCRIPT_MARK = "EVIL_SCRIPT_PAYLOAD"
ARTICLE = (
    "Minister announces new rail line\n\n"
    "The transport minister said on Tuesday that the new line would open in 2027. "
    "Critics said the budget had doubled since the plan was first shown. "
)


@dataclass(frozen=True, slots=True)
class Case:
    kind: str
    path: Path
    expected: str  # imported | failed | either
    reason: str = ""  # a word the refusal must contain
    text: str | None = None  # when imported: the exact stored text


def _paragraphs(seed: int) -> str:
    return ARTICLE + f"Paragraph number {seed} adds a detail of its own.\n"


def hostile_html(seed: int) -> str:
    """A page with scripts, frames, remote and file: resources; only the prose may survive."""
    return f"""<!doctype html><html><head>
<title>Rail line {seed}</title>
<script>document.write("{SCRIPT_MARK}"); fetch("http://127.0.0.1:9/steal");</script>
<script src="http://127.0.0.1:9/x.js"></script>
<link rel="stylesheet" href="http://127.0.0.1:9/s.css">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">
<style>@import url("http://127.0.0.1:9/i.css"); body {{ background: url(file:///etc/passwd) }}</style>
</head><body onload="alert('{SCRIPT_MARK}')">
<iframe src="http://127.0.0.1:9/frame"></iframe>
<article><h1>Rail line {seed}</h1>
<p>The transport minister said on Tuesday that the new line would open in 2027.</p>
<img src="http://127.0.0.1:9/pixel.png" onerror="alert('{SCRIPT_MARK}')">
<p>Critics said the budget had doubled since the plan was first shown, a point
the ministry disputed in a statement on Wednesday, case {seed}.</p>
<p>See <a href="file:///etc/passwd">the file</a> and <a href="javascript:alert(1)">this</a>.</p>
<object data="http://127.0.0.1:9/o.swf"></object><embed src="file:///etc/shadow">
<noscript>Please enable scripts.</noscript>
<p>Residents along the route have been invited to a consultation next month.</p>
</article></body></html>"""


def build(folder: Path, seed: int = 7) -> list[Case]:
    """Write the corpus into ``folder``; returns its cases."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(
        name: str, data: bytes, kind: str, expected: str, reason: str = "", text: str | None = None
    ) -> None:
        path = folder / name
        path.write_bytes(data)
        cases.append(Case(kind, path, expected, reason, text))

    for n, ext in enumerate([".txt", ".html", ".json", ".jsonl", ".csv"] * 2):
        add(f"random-{n}{ext}", b"\x00" + rng.randbytes(rng.randint(1, 4096)), "random bytes", "failed")
    for n, ext in enumerate([".txt", ".html", ".json", ".csv", ".jsonl"]):
        body = ARTICLE.encode() + b"caf\xe9 \xff\xfe broken" + str(n).encode()
        add(f"latin1-{n}{ext}", body, "invalid UTF-8", "failed", "UTF-8")
    for n, (bom, codec) in enumerate(
        [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
    ):
        text = _paragraphs(100 + n) + "Ünïcödé — “quoted” 日本語\n"
        add(f"utf16-{n}.txt", bom + text.encode(codec), "UTF-16 with BOM", "imported", text=text)
        record = json.dumps({"text": text + "(JSON)", "title": f"UTF-16 {n}"}, ensure_ascii=False)
        add(
            f"utf16-{n}.json", bom + record.encode(codec), "UTF-16 with BOM", "imported", text=text + "(JSON)"
        )
        csv_text = 'title,text\r\n"UTF-16 csv",' + json.dumps(_paragraphs(110 + n)) + "\r\n"
        add(f"utf16-{n}.csv", bom + csv_text.encode(codec), "UTF-16 with BOM", "imported")
    add(
        "utf8-bom.txt",
        codecs.BOM_UTF8 + _paragraphs(120).encode(),
        "UTF-8 with BOM",
        "imported",
        text=_paragraphs(120),
    )
    add(
        "crlf.txt",
        _paragraphs(121).replace("\n", "\r\n").encode(),
        "CRLF line ends",
        "imported",
        text=_paragraphs(121),
    )
    for ext in (".txt", ".html", ".json", ".jsonl", ".csv"):
        add(f"empty{ext}", b"", "empty file", "failed", "empty")
        add(f"blank{ext}", b" \n\t\r\n  ", "blank file", "failed", "empty")
    big = folder / "huge-200mb.txt"
    with big.open("wb") as f:  # sparse: the size check must refuse it before reading
        f.truncate(200 * 1024 * 1024)
    cases.append(Case("200 MB file", big, "failed", "limit"))
    line = ("word " * 2_000_000).encode()  # 10 MB, one line
    add("one-line-10mb.txt", line, "10 MB single line", "imported")
    add(
        "one-line-10mb.jsonl",
        json.dumps({"text": "jsonl " + line.decode()}).encode(),
        "10 MB single line",
        "imported",
    )
    nested = "<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>"
    add("nested-100k.html", nested.encode(), "100,000 nested divs", "either")
    add("nested-unclosed.html", ("<div><span>" * 50_000).encode(), "100,000 nested divs", "either")
    for n in range(4):
        add(f"hostile-{n}.html", hostile_html(n).encode(), "HTML with scripts/iframes/remote", "imported")
    wrong_json = [
        b"42",
        b'"just a string"',
        b"[1, 2, 3]",
        b'{"articles": 5}',
        b'{"title": "no text"}',
        b'{"text": 5}',
        b'{"text": "ok text here", "title": 7}',
        b"[]",
        b"{",
        b'{"text": "ok", "published": ["2025"]}',
        b'{"text": "x", "published": "not a date"}',
        b"[" * 200_000 + b"]" * 200_000,
        b'{"text": "lone \\ud800 surrogate"}',
        b"null",
    ]
    for n, data in enumerate(wrong_json):
        add(f"wrong-shape-{n}.json", data, "JSON of the wrong shape", "failed")
    wrong_csv = [
        b"title,body\nA,some text\n",
        b"text\n",
        b"",
        b'title\n"unterminated,quote\n',
        b"a,b,c\n1,2,3,4,5\n",
        b'text,title\n"has a \x00 nul",t\n',
    ]
    for n, data in enumerate(wrong_csv):
        add(f"wrong-columns-{n}.csv", data, "CSV with wrong columns", "failed")
    ragged = 'title,text\n"Ragged",' + json.dumps(_paragraphs(130)) + ",extra,cells\n"
    add("ragged.csv", ragged.encode(), "CSV with extra cells", "imported")
    good = json.dumps({"text": _paragraphs(140), "title": "good line"})
    add(
        "bad-line.jsonl",
        f"{good}\n{{not json\n{good.replace('140', '141')}\n".encode(),
        "JSONL with a bad line",
        "failed",
        "line 2",
    )
    add(
        "bad-record.jsonl",
        f'{good}\n["not", "an", "object"]\n'.encode(),
        "JSONL with a bad line",
        "failed",
        "line 2",
    )
    for name in ("article.exe", "article.pdf", "article"):
        add(name, b"MZ\x90\x00" + os.urandom(64), "unsupported type", "failed", "unsupported")
    return cases


def manifest_folders(root: Path) -> list[tuple[Path, str]]:
    """Folders with broken manifests: (folder, word the refusal names)."""
    out = []
    for n, manifest in enumerate(
        [
            b"{not json",
            b'{"files": []}',
            b'{"files": {"a.txt": "x"}}',
            b"\xff\xfe\x00",
            b'{"files": {"a.txt": {"published": "not a date"}}}',
        ]
    ):
        folder = root / f"manifest-{n}"
        folder.mkdir(parents=True)
        (folder / "annotator-manifest.json").write_bytes(manifest)
        (folder / "a.txt").write_text(_paragraphs(200 + n), encoding="utf-8")
        out.append((folder, "manifest"))
    return out
