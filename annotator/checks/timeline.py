"""What the timeline shows, as plain data: dated items with ranges, kinds, flags and spans.

An article's timeline gathers everything that places it in time: its publication
date, the dates written in it (the user's date annotations and the tagger's open
suggestions), the known events it mentions (placed where the knowledge base puts
them) and the knowledge-base facts its flags cite. A flagged item also carries
where the text places it, so the view can draw the gap a fact-checker has to
judge. Kept free of Qt so the assembly is tested on its own.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

#: Drawing order of the lanes, top to bottom, with their titles.
LANES = (("date", "Dates in the text"), ("mention", "Events mentioned"), ("kb", "Knowledge base"))
LANE_OF_KIND = {"date": "date", "suggestion": "date", "mention": "mention", "event": "kb", "term": "kb"}
OPEN_ENDED_DAYS = 365  # how far an ongoing event is drawn past the last dated item


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One thing on the time axis; ``span`` is where the text mentions it (if it does)."""

    key: str
    kind: str  # date | suggestion | mention | event | term | pubdate
    label: str
    start: date
    end: date
    article_id: int | None = None
    span: tuple[int, int] | None = None
    flagged: bool = False
    flag_ids: tuple[int, ...] = ()
    implied: tuple[date, date] | None = None  # where the text places it, for a flagged item
    note: str = ""
    ongoing: bool = False

    @property
    def lane(self) -> str:
        return LANE_OF_KIND.get(self.kind, "kb")


@dataclass(slots=True)
class Timeline:
    """The items of one article or of the corpus, publication dates apart."""

    items: list[TimelineItem] = field(default_factory=list)
    pubdates: list[TimelineItem] = field(default_factory=list)

    def bounds(self) -> tuple[date, date] | None:
        days = [d for item in self.items + self.pubdates for d in (item.start, item.end)]
        days += [d for item in self.items if item.implied for d in item.implied]
        return (min(days), max(days)) if days else None

    def in_order(self) -> list[TimelineItem]:
        return sorted(self.items, key=lambda item: (item.start, item.end, item.key))

    def flagged(self) -> list[TimelineItem]:
        return [item for item in self.items if item.flagged]


def _bounds(value: str | None) -> tuple[date, date] | None:
    from annotator.temporal.values import value_bounds

    if not value:
        return None
    try:
        return value_bounds(value)
    except (ValueError, TypeError):
        return None


def _fact_bounds(start: str | None, end: str | None) -> tuple[date, date, bool] | None:
    """A knowledge-base range from its texts; an open end means still going on."""
    low = _bounds(start)
    if low is None:
        return None
    high = _bounds(end) if end else None
    return low[0], (high[1] if high else low[1]), end is None


def _pubdate_item(ws: Any, article_id: int, title: str) -> TimelineItem | None:
    pub = ws.articles.pubdate(article_id)
    if pub is None:
        return None
    label = f"Published {pub.describe()}"
    note = f"{pub.precision} precision, {pub.provenance or 'unknown provenance'}"
    return TimelineItem(
        f"pubdate:{article_id}",
        "pubdate",
        label,
        pub.earliest,
        pub.latest,
        article_id,
        note=f"{title}: {note}" if title else note,
    )


def _text_dates(ws: Any, article: dict, tag_if_none: bool) -> list[TimelineItem]:
    """Date annotations and open tagger suggestions that name a calendar date."""
    items = []
    for row in ws.annotations.for_article(article["id"]):
        bounds = _bounds(row.get("date_value")) if row["kind"] == "date" else None
        if bounds:
            items.append(
                TimelineItem(
                    f"date:{row['id']}",
                    "date",
                    f"{row['quote']} = {row['date_value']}",
                    *bounds,
                    article["id"],
                    (row["start"], row["end"]),
                )
            )
    suggestions = list(
        ws.db.query(
            "select * from suggestions where article_id = ? and state = 'open' order by start",
            [article["id"]],
        )
    )
    if not suggestions and not items and tag_if_none:
        suggestions = _tagged(article)
    taken = {item.span for item in items}
    for row in suggestions:
        bounds = _bounds(row.get("value"))
        if bounds and (row["start"], row["end"]) not in taken:
            items.append(
                TimelineItem(
                    f"suggestion:{article['id']}:{row['start']}",
                    "suggestion",
                    f"{row['text']} = {row['value']} (suggested)",
                    *bounds,
                    article["id"],
                    (row["start"], row["end"]),
                )
            )
    return items


def _tagged(article: dict) -> list[dict]:
    """The tagger's dates for an article not tagged yet (kept in memory, not stored)."""
    from annotator.temporal.tagger import tag

    published = article.get("published")
    dct = published[:10] if published and len(published) >= 10 else None
    try:
        timexes = tag(article["text"] or "", dct)
    except Exception:  # the timeline still shows what else it knows
        return []
    return [{"start": t.start, "end": t.end, "text": t.text, "value": t.value} for t in timexes]


def _mentions(article: dict, kb: Any) -> list[TimelineItem]:
    """Known events the text names, once per event, placed where the base puts them."""
    from annotator.checks.analysis.mentions import find_mentions

    items: list[TimelineItem] = []
    seen: set[str] = set()
    for mention in find_mentions(article["text"] or "", kb).events:
        for event in mention.events:
            if event.id in seen:
                continue
            seen.add(event.id)
            end = event.end.hi if event.end else event.start.hi
            items.append(
                TimelineItem(
                    f"mention:{article['id']}:{event.id}",
                    "mention",
                    event.name,
                    event.start.lo,
                    end,
                    article["id"],
                    (mention.start, mention.end),
                    note=f"“{mention.text}”; {event.describe()}; source: {event.source}",
                    ongoing=event.end is None,
                )
            )
    return items


def _evidence_items(article_id: int, flag: dict, known: set[str]) -> list[TimelineItem]:
    """Knowledge-base facts a flag cites that the timeline does not show yet."""
    items = []
    for fact in flag.get("evidence") or []:
        kind = fact.get("kind")
        if kind == "event":
            key = f"mention:{article_id}:{fact.get('id')}"
            label = fact.get("name") or fact.get("id") or "event"
        elif kind == "term":
            key = f"term:{article_id}:{fact.get('person')}:{fact.get('office')}:{fact.get('start')}"
            label = f"{fact.get('person')}: {fact.get('office')}"
        else:
            continue
        bounds = _fact_bounds(fact.get("start"), fact.get("end"))
        if key in known or bounds is None:
            continue
        known.add(key)
        items.append(
            TimelineItem(
                key,
                "event" if kind == "event" else "term",
                label,
                bounds[0],
                bounds[1],
                article_id,
                (flag["start"], flag["end"]),
                ongoing=bounds[2],
                note=f"source: {fact.get('source') or 'unknown'}",
            )
        )
    return items


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def _implied(flag: dict, dates: list[TimelineItem], pub: TimelineItem | None) -> tuple[date, date] | None:
    """Where the text places a flagged thing: a date written at the flag, else its own date."""
    near = [d for d in dates if d.span and abs(d.span[0] - flag["start"]) < 160]
    if near:
        best = min(near, key=lambda d: abs(d.span[0] - flag["start"]))  # type: ignore[index]
        return best.start, best.end
    return (pub.start, pub.end) if pub else None


def _mark_flags(items: list[TimelineItem], flags: list[dict], pub: TimelineItem | None) -> list[TimelineItem]:
    """Mark the items each live (not dismissed) flag is about, with the text's placement."""
    dates = [i for i in items if i.kind in ("date", "suggestion")]
    marked = {item.key: item for item in items}
    for flag in flags:
        if flag["state"] == "dismissed":
            continue
        cited = {
            f"mention:{flag['article_id']}:{e.get('id')}"
            for e in flag["evidence"]
            if e.get("kind") == "event"
        }
        terms = [i for i in items if i.kind == "term" and _overlaps(i.span, flag["start"], flag["end"])]
        targets = (
            [i for i in marked.values() if i.key in cited]
            or terms
            or [
                i
                for i in marked.values()
                if i.kind != "term" and _overlaps(i.span, flag["start"], flag["end"])
            ]
        )
        implied = _implied(flag, dates, pub)
        for item in targets:
            current = marked[item.key]
            own = implied if implied and current.kind not in ("date", "suggestion") else None
            marked[item.key] = replace(
                current,
                flagged=True,
                flag_ids=(*current.flag_ids, flag["id"]),
                implied=current.implied or own,
            )
    return list(marked.values())


def article_timeline(ws: Any, article_id: int, kb: Any = None, *, tag_if_none: bool = True) -> Timeline:
    """Everything dated about one article, flagged items marked."""
    from annotator.checks.runner import user_kb

    article = ws.articles.get(article_id)
    if article is None:
        return Timeline()
    kb = kb or user_kb(ws)
    pub = _pubdate_item(ws, article_id, "")
    items = _text_dates(ws, article, tag_if_none) + _mentions(article, kb)
    flags = ws.flags.list(article_id=article_id)
    known = {item.key for item in items}
    for flag in flags:
        items += _evidence_items(article_id, flag, known)
    items = _mark_flags(items, flags, pub)
    return Timeline(items, [pub] if pub else [])


def corpus_timeline(
    ws: Any, kb: Any = None, *, article_ids: Iterable[int] | None = None, limit: int = 500
) -> Timeline:
    """The timelines of many articles on one axis (the first ``limit`` by publication date)."""
    from annotator.checks.runner import user_kb

    kb = kb or user_kb(ws)
    ids = list(article_ids) if article_ids is not None else ws.articles.ids(order_by="published")
    whole = Timeline()
    for article_id in ids[:limit]:
        article = ws.articles.get(article_id)
        part = article_timeline(ws, article_id, kb, tag_if_none=False)
        title = (article or {}).get("title") or f"article {article_id}"
        whole.items += [replace(i, note=f"{title}: {i.note}" if i.note else title) for i in part.items]
        whole.pubdates += [
            replace(p, label=f"{title[:40]}", note=f"{p.label}; {p.note}") for p in part.pubdates
        ]
    return whole


def assign_rows(items: Iterable[TimelineItem], min_days: float = 0.0) -> dict[str, int]:
    """Stack items of one lane into rows so none overlaps another (first fit, by start)."""
    return stack(
        (i.key, i.start.toordinal(), max(i.end.toordinal(), i.start.toordinal() + min_days)) for i in items
    )


def stack(extents: Iterable[tuple[str, float, float]]) -> dict[str, int]:
    """Rows for (key, low, high) extents so that no two in a row overlap (first fit)."""
    row_ends: list[float] = []
    rows: dict[str, int] = {}
    for key, low, high in sorted(extents, key=lambda e: (e[1], e[2], e[0])):
        for row, last in enumerate(row_ends):
            if low > last:
                row_ends[row] = high
                rows[key] = row
                break
        else:
            row_ends.append(high)
            rows[key] = len(row_ends) - 1
    return rows


def ticks(low: date, high: date, pixels_per_day: float) -> list[tuple[date, str, bool]]:
    """Axis ticks: (day, label, major). Years always; months when there is room for them."""
    found: list[tuple[date, str, bool]] = []
    month_width = pixels_per_day * 30.4
    year_step = next((step for step in (1, 2, 5, 10, 25, 50, 100) if pixels_per_day * 365 * step >= 60), 200)
    for year in range(low.year, high.year + 2):
        if year % year_step == 0 or year_step == 1:
            day = date(year, 1, 1)
            if low <= day <= high + timedelta(days=366):
                found.append((day, str(year), True))
        if month_width >= 18:
            for month in range(2, 13):
                day = date(year, month, 1)
                if low <= day <= high:
                    label = calendar.month_abbr[month] if month_width >= 34 else ""
                    found.append((day, label, False))
    return found


def dates_near(ws: Any, article_id: int, offset: int, radius: int = 160) -> list[TimelineItem]:
    """Dates written within ``radius`` characters of ``offset``: what a finding may rest on."""
    article = ws.articles.get(article_id)
    if article is None:
        return []
    near = [
        item
        for item in _text_dates(ws, article, tag_if_none=True)
        if item.span and abs(item.span[0] - offset) < radius
    ]
    return sorted(near, key=lambda item: abs(item.span[0] - offset))  # type: ignore[index]
