"""Inter-annotator agreement: span F1 per kind, and verdict agreement on shared claims.

Span agreement treats one annotator as the reference and the other as the system
(F1 is symmetric, so the choice does not matter), once on exact spans and once
on overlapping ones (a one-to-one matching). Verdicts are compared on *units*:
groups of overlapping claims by different annotators on one article. Cohen's
kappa serves two annotators; Krippendorff's alpha (nominal) any number, with
missing values allowed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

import sqlite_utils


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Agreement beyond chance of two annotators; None when chance explains everything."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Iterable[Sequence[str]]) -> float | None:
    """Krippendorff's alpha for nominal values; each unit lists the values it received.

    Units with fewer than two values cannot be paired and are left out. None when
    every value is the same (no disagreement is possible, alpha is undefined).
    """
    coincidences: defaultdict[tuple[str, str], float] = defaultdict(float)
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        for i, j in ((i, j) for i in range(m) for j in range(m) if i != j):
            coincidences[(unit[i], unit[j])] += 1 / (m - 1)
    totals: defaultdict[str, float] = defaultdict(float)
    for (c, _k), weight in coincidences.items():
        totals[c] += weight
    n = sum(totals.values())
    disagree = sum(w for (c, k), w in coincidences.items() if c != k)
    chance = sum(totals[c] * totals[k] for c in totals for k in totals if c != k)
    if n <= 1 or chance == 0:
        return None
    return 1 - (n - 1) * disagree / chance


Span = tuple[int, int, int]  # article id, start, end


def span_f1(first: Sequence[Span], second: Sequence[Span], *, overlap: bool) -> float | None:
    """F1 of two span sets: exact matches, or a one-to-one matching of overlapping spans."""
    if not first and not second:
        return None
    if not overlap:
        matched = sum((Counter(first) & Counter(second)).values())
    else:
        by_article: dict[int, list[Span]] = defaultdict(list)
        for span in sorted(second):
            by_article[span[0]].append(span)
        used: set[tuple[int, int]] = set()
        matched = 0
        for article, start, end in sorted(first):
            for index, (_, s, e) in enumerate(by_article[article]):
                if (article, index) not in used and s < end and start < e:
                    used.add((article, index))
                    matched += 1
                    break
    return 2 * matched / (len(first) + len(second))


def _rows(db: sqlite_utils.Database, annotators: Sequence[str] | None) -> list[dict]:
    sql = "select id, uid, article_id, kind, start, end, verdict, annotator from annotations"
    sql += " where origin != 'curated'"
    params: list = []
    if annotators:
        sql += f" and annotator in ({','.join('?' * len(annotators))})"
        params = list(annotators)
    return list(db.query(sql + " order by article_id, start, end, id", params))


def overlap_groups(rows: Sequence[dict]) -> list[list[dict]]:
    """Annotations grouped by article into runs of (transitively) overlapping spans."""
    groups: list[list[dict]] = []
    reach = -1
    article = None
    for row in sorted(rows, key=lambda r: (r["article_id"], r["start"], r["end"])):
        if row["article_id"] != article or row["start"] >= reach:
            groups.append([])
            article, reach = row["article_id"], row["end"]
        groups[-1].append(row)
        reach = max(reach, row["end"])
    return groups


def verdict_units(rows: Sequence[dict], annotators: Sequence[str]) -> list[dict[str, str]]:
    """Per group of overlapping claims: each annotator's verdict (first claim with one)."""
    claims = [r for r in rows if r["kind"] == "claim" and r["verdict"]]
    units = []
    for group in overlap_groups(claims):
        values: dict[str, str] = {}
        for row in group:
            if row["annotator"] in annotators:
                values.setdefault(row["annotator"], row["verdict"])
        units.append(values)
    return units


def agreement(db: sqlite_utils.Database, annotators: Sequence[str] | None = None) -> dict:
    """Span F1 (exact and overlap, per kind and overall) on the articles each pair both
    annotated, and verdict agreement on claims they share."""
    rows = _rows(db, annotators)
    names = sorted(annotators or {r["annotator"] for r in rows})
    kinds = sorted({r["kind"] for r in rows})
    spans: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for r in rows:
        spans[(r["annotator"], r["kind"])].append((r["article_id"], r["start"], r["end"]))
    articles_of: dict[str, set[int]] = defaultdict(set)
    for r in rows:
        articles_of[r["annotator"]].add(r["article_id"])
    pairs = []
    for a, b in combinations(names, 2):
        shared = articles_of[a] & articles_of[b]  # only articles both of them annotated

        def of(name: str, wanted: str, shared: set[int] = shared) -> list[Span]:
            chosen = kinds if wanted == "all" else [wanted]
            return [s for k in chosen for s in spans[(name, k)] if s[0] in shared]

        per_kind = {}
        for kind in [*kinds, "all"]:
            sa, sb = of(a, kind), of(b, kind)
            per_kind[kind] = {
                "exact_f1": span_f1(sa, sb, overlap=False),
                "overlap_f1": span_f1(sa, sb, overlap=True),
                "counts": [len(sa), len(sb)],
            }
        pairs.append({"annotators": [a, b], "articles": len(shared), "spans": per_kind})
    units = verdict_units(rows, names)
    verdicts: dict = {"units": sum(1 for u in units if len(u) >= 2)}
    if len(names) == 2:
        both = [(u[names[0]], u[names[1]]) for u in units if len(u) == 2]
        verdicts["cohen_kappa"] = cohen_kappa(both)
    verdicts["krippendorff_alpha"] = krippendorff_alpha(list(u.values()) for u in units)
    return {"annotators": names, "pairs": pairs, "verdicts": verdicts}
