"""Reading and writing TempEval-3 TimeML files.

Tagging works on the TEXT content with its markup removed; the new TIMEX3 tags are then
inserted at the matching raw offsets so every other byte of the file stays as it was.
A timex that would cross the boundary of an existing element (EVENT, SIGNAL) is dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .tagger import tag
from .timex import Timex

_TEXT_RX = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG_RX = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_TIMEX_TAG_RX = re.compile(r"</?TIMEX3\b[^>]*>")
_DCT_RX = re.compile(
    r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*value=\"([^\"]+)\""
    r"|<TIMEX3\b[^>]*value=\"([^\"]+)\"[^>]*functionInDocument=\"CREATION_TIME\""
)
_TID_RX = re.compile(r"\btid=\"t(\d+)\"")


@dataclass(slots=True)
class Element:
    """An element inside TEXT: its plain-text span and the raw offsets of its tags."""

    name: str
    plain_start: int
    plain_end: int = -1
    open_raw: tuple[int, int] = (0, 0)
    close_raw: tuple[int, int] = (0, 0)
    attrs: str = ""


@dataclass(slots=True)
class TextLayer:
    """The TEXT content of a document, with its markup separated from the plain text."""

    raw: str
    plain: str
    raw_of_plain: list[int]
    elements: list[Element] = field(default_factory=list)


def read_dct(xml_text: str) -> str | None:
    """The document creation date (YYYY-MM-DD) of a TimeML document."""
    found = _DCT_RX.search(xml_text)
    if not found:
        return None
    return (found.group(1) or found.group(2))[:10]


def text_span(xml_text: str) -> tuple[int, int]:
    """Raw offsets of the TEXT element's content."""
    found = _TEXT_RX.search(xml_text)
    if not found:
        raise ValueError("no <TEXT> element")
    return found.span(1)


def parse_text(raw: str) -> TextLayer:
    """Separate TEXT content into plain text and elements, keeping a plain->raw offset map."""
    pieces: list[str] = []
    raw_of_plain: list[int] = []
    elements: list[Element] = []
    stack: list[Element] = []
    plain_len = 0
    cursor = 0
    for found in _TAG_RX.finditer(raw):
        chunk = raw[cursor : found.start()]
        pieces.append(chunk)
        raw_of_plain.extend(range(cursor, found.start()))
        plain_len += len(chunk)
        cursor = found.end()
        closing, name, selfclosing = found.group(1), found.group(2), found.group(3)
        if closing:
            for index in range(len(stack) - 1, -1, -1):
                if stack[index].name == name:
                    element = stack.pop(index)
                    element.plain_end = plain_len
                    element.close_raw = found.span()
                    break
        elif selfclosing:
            elements.append(Element(name, plain_len, plain_len, found.span(), found.span(), found.group()))
        else:
            element = Element(name, plain_len, open_raw=found.span(), attrs=found.group())
            elements.append(element)
            stack.append(element)
    pieces.append(raw[cursor:])
    raw_of_plain.extend(range(cursor, len(raw) + 1))
    return TextLayer(raw, "".join(pieces), raw_of_plain, elements)


def strip_timexes(xml_text: str) -> str:
    """The document without the TIMEX3 tags inside TEXT (the DCT and all else kept)."""
    start, end = text_span(xml_text)
    return xml_text[:start] + _TIMEX_TAG_RX.sub("", xml_text[start:end]) + xml_text[end:]


def _fits(timex: Timex, elements: list[Element]) -> bool:
    """Whether a span nests properly with every existing element (no crossing boundary)."""
    for element in elements:
        s, e = element.plain_start, element.plain_end
        if e <= timex.start or s >= timex.end or s == e:
            continue
        inside = timex.start <= s and e <= timex.end
        around = s <= timex.start and timex.end <= e
        if not (inside or around):
            return False
    return True


def _insert_points(timex: Timex, layer: TextLayer) -> tuple[int, int]:
    """Raw offsets for the opening and closing TIMEX3 tags of a span that fits.

    By default the timex goes inside elements starting or ending exactly where it does;
    elements strictly inside the span are wrapped instead.
    """
    open_at = layer.raw_of_plain[timex.start]
    close_at = layer.raw_of_plain[timex.end - 1] + 1
    for element in layer.elements:
        s, e = element.plain_start, element.plain_end
        if s == e:
            continue
        if s == timex.start and e < timex.end:
            open_at = min(open_at, element.open_raw[0])
        if e == timex.end and s > timex.start:
            close_at = max(close_at, element.close_raw[1])
    return open_at, close_at


def _opening_tag(tid: int, timex: Timex) -> str:
    attrs = f'tid="t{tid}" type={quoteattr(timex.type)} value={quoteattr(timex.value)}'
    if timex.mod:
        attrs += f" mod={quoteattr(timex.mod)}"
    return f"<TIMEX3 {attrs}>"


def tag_timeml(xml_text: str) -> tuple[str, list[Timex]]:
    """The document with fresh TIMEX3 tags inside TEXT, and the timexes placed."""
    document = strip_timexes(xml_text)
    start, end = text_span(document)
    layer = parse_text(document[start:end])
    timexes = [t for t in tag(layer.plain, read_dct(document)) if _fits(t, layer.elements)]
    used = [int(n) for n in _TID_RX.findall(xml_text)]
    next_tid = max(used, default=0) + 1
    inserts: list[tuple[int, int, str]] = []
    for order, timex in enumerate(timexes):
        open_at, close_at = _insert_points(timex, layer)
        inserts.append((open_at, 1, _opening_tag(next_tid + order, timex)))
        inserts.append((close_at, 0, "</TIMEX3>"))
    raw = layer.raw
    for offset, _, piece in sorted(inserts, key=lambda item: (item[0], item[1]), reverse=True):
        raw = raw[:offset] + piece + raw[offset:]
    return document[:start] + raw + document[end:], timexes


@dataclass(slots=True)
class DirReport:
    """What tag_timeml_dir did."""

    files: int = 0
    timexes: int = 0
    failed: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"files": self.files, "timexes": self.timexes, "failed": self.failed})


def tag_timeml_dir(in_dir: str | Path, out_dir: str | Path) -> DirReport:
    """Tag every *.tml file under in_dir, writing same-named files under out_dir."""
    source, target = Path(in_dir), Path(out_dir)
    report = DirReport()
    for path in sorted(source.rglob("*.tml")):
        destination = target / path.relative_to(source)
        try:
            tagged, timexes = tag_timeml(path.read_bytes().decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            report.failed[str(path)] = str(error)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(tagged.encode("utf-8"))
        report.files += 1
        report.timexes += len(timexes)
    return report
