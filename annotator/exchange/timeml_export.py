"""TimeML: an article with its date annotations as inline TIMEX3 tags.

The publication date becomes the document creation time (DCT), the anchor that
temporal taggers and the TempEval scorer resolve relative dates against. TIMEX3
tags cannot overlap, so a date span overlapping an earlier one is left out and
reported rather than written as broken XML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from annotator.exchange.common import Ticker, atomic_write
from annotator.exchange.query import Bundle

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)
FILE_SUFFIXES = (".tml", ".xml", ".timeml")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class TimemlResult:
    text: str
    timexes: int = 0
    warnings: list[str] = field(default_factory=list)


def _x(text: str) -> str:
    """Escaped for XML, without the control characters XML 1.0 forbids."""
    return escape(_XML_BAD.sub(" ", text))


def docid(article: dict) -> str:
    source = article.get("source") or ""
    name = Path(source).stem if source else ""
    return name or f"article-{article['id']}"


def timeml_document(article: dict, dates: list[dict]) -> TimemlResult:
    """The TimeML document for ``article`` with ``dates`` (date annotations) inline."""
    result = TimemlResult("")
    text = article["text"]
    parts = [HEADER, f"<DOCID>{_x(docid(article))}</DOCID>\n"]
    if article.get("published"):
        value = quoteattr(article["published"])
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={value} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{_x(article["published"])}</TIMEX3></DCT>\n'
        )
    else:
        result.warnings.append(f"article {article['id']}: no publication date, so no DCT")
    if article.get("title"):
        parts.append(f"<TITLE>{_x(article['title'])}</TITLE>\n")
    parts.append("<TEXT>")
    cursor = 0
    for number, date in enumerate(sorted(dates, key=lambda d: (d["start"], -d["end"])), 1):
        if date["start"] < cursor:
            result.warnings.append(
                f"article {article['id']}: date {date['uid']} at {date['start']}-{date['end']} "
                "overlaps another and was left out"
            )
            continue
        attrs = f'tid="t{number}" type={quoteattr(date.get("date_type") or "DATE")}'
        if date.get("date_value"):
            attrs += f" value={quoteattr(date['date_value'])}"
        else:
            result.warnings.append(f"article {article['id']}: date {date['uid']} has no value")
        mod = (date.get("attrs") or {}).get("mod")
        if mod:
            attrs += f" mod={quoteattr(mod)}"
        parts.append(_x(text[cursor : date["start"]]))
        parts.append(f"<TIMEX3 {attrs}>{_x(text[date['start'] : date['end']])}</TIMEX3>")
        cursor = date["end"]
        result.timexes += 1
    parts.append(_x(text[cursor:]))
    parts.append("</TEXT>\n</TimeML>\n")
    result.text = "".join(parts)
    return result


def _file_name(article: dict) -> str:
    return f"{article['id']:05d}_{re.sub(r'[^A-Za-z0-9_.-]+', '_', docid(article))[:60]}.tml"


def write_timeml(
    bundle: Bundle, path: str | Path, ticker: Ticker, *, single: bool | None = None
) -> tuple[list[Path], list[str], int]:
    """Write one document per article into folder ``path``, or to the file ``path``
    (named ``*.tml``/``*.xml``, or ``single``) for one article. Returns files, warnings, count.
    """
    path = Path(path)
    dates: dict[int, list[dict]] = {article_id: [] for article_id in bundle.articles}
    for annotation in bundle.annotations:
        if annotation["kind"] == "date":
            dates[annotation["article_id"]].append(annotation)
        ticker.step()
    if single is None:
        single = path.suffix.lower() in FILE_SUFFIXES and not path.is_dir()
    if single and len(bundle.articles) > 1:
        raise ValueError(
            f"TimeML holds one article per file and {len(bundle.articles)} articles are "
            "selected: give a folder, or one article with --article"
        )
    files: list[Path] = []
    warnings: list[str] = []
    count = 0
    for article_id, article in sorted(bundle.articles.items()):
        document = timeml_document(article, dates[article_id])
        target = path if single else path / _file_name(article)
        with atomic_write(target, newline="\n") as handle:
            handle.write(document.text)
        files.append(target)
        warnings.extend(document.warnings)
        count += document.timexes
    return files, warnings, count
