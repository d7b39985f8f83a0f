"""A person's birth or death year, or age at death, told right after the name, against the
knowledge base (rule event-date): "Mikhail Gorbachev (1931-2022)", "Shinzo Abe, who died
in 2022 aged 67", "Narendra Modi, born in 1950,", "Queen Elizabeth II died in 2022 at 96".

The person must be certain, as for ages (see ``life_ages``); a span begun when the person
was grown up is read as a term or a reign ("Tony Blair (1997-2007)"), not a life. A birth
year is wrong when the base's date of birth lies in another year; a death year when the
base dates the death to another year or, for someone it has alive, to a year wholly before
its source was current (a death after the snapshot is not known to it, so is not judged); an
age at death when it fits no day between the birth and the death. A supposition or a work's story is not read.
"""

from __future__ import annotations

import re
from datetime import date

from annotator.checks.analysis.article import ArticleAnalysis
from annotator.checks.analysis.depictions import depiction_before
from annotator.checks.analysis.reference import HYPOTHETICAL
from annotator.checks.findings import ERROR, Finding, make_finding
from annotator.checks.kb.lives import Life
from annotator.checks.rules.life_ages import certain_before

RULE = "event-date"
_YEAR = r"(?:1[89]|20)\d\d"
_SPAN_RX = re.compile(rf"\s+\((?:b\.\s*)?(?P<born>{_YEAR})\s*[-–—]\s*(?P<died>{_YEAR})\)")
_DIED_RX = re.compile(
    rf",?\s+(?:who\s+)?died\s+in\s+(?P<died>{_YEAR})\b(?!\s*[-–/])"
    r"(?:,?\s+(?:aged\s+|at\s+the\s+age\s+of\s+|at\s+)(?P<age>\d{1,3})\b(?![-\w]))?"
)
_BORN_RX = re.compile(rf",?\s+(?:who\s+was\s+|was\s+)?born\s+in\s+(?P<born>{_YEAR})\b(?!\s*[-–/])")
_SPAN_CUE_RX = re.compile(r"\((?:b\.\s*)?\d{4}\s*[-–—]")  # starts on a literal: fast to look for


def _age_span(life: Life) -> tuple[int, int] | None:
    """The youngest and oldest the person can have been at death."""
    if life.born is None or life.died is None:
        return None

    def age(born: date, day: date) -> int:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    return age(life.born.hi, life.died.lo), age(life.born.lo, life.died.hi)


_ADULT = 15  # years: a span begun this long after the birth may be a term or a reign


def _term_like(life: Life, first: int) -> bool:
    """Whether a span after the name may be a term rather than a life: it begins when the
    person was grown up (or the base does not know when they were born)."""
    return life.born is None or first >= life.born.lo.year + _ADULT


def _problems(life: Life, found: re.Match[str]) -> list[str]:
    """What the phrase gets wrong about the life, if anything."""
    wrong = []
    groups = found.groupdict()
    born, died, age = groups.get("born"), groups.get("died"), groups.get("age")
    if born and life.born is not None and not life.born.lo.year <= int(born) <= life.born.hi.year:
        wrong.append(f"born in {born}, but the base has {life.born.text}")
    if died and life.died is not None and not life.died.lo.year <= int(died) <= life.died.hi.year:
        wrong.append(f"died in {died}, but the base has {life.died.text}")
    if died and life.died is None and life.known_until is not None and int(died) < life.known_until.year:
        # a death the snapshot would have had: one after it is not known to it
        wrong.append(f"died in {died}, but the base has the person alive on {life.known_until.isoformat()}")
    span = _age_span(life)
    if age and span is not None and not span[0] <= int(age) <= span[1]:
        fits = f"{span[0]}" if span[0] == span[1] else f"{span[0]} or {span[1]}"
        wrong.append(
            f"died at {age}, but born {life.born.text if life.born else '?'} and died "
            f"{life.died.text if life.died else '?'}, {fits}"
        )
    return wrong


def check_life_dates(analysis: ArticleAnalysis) -> list[Finding]:
    """Birth and death years and ages at death told after a certain person's name."""
    text = analysis.text
    if "died in" not in text and "born in" not in text and not _SPAN_CUE_RX.search(text):
        return []
    findings = []
    for pattern in (_SPAN_RX, _DIED_RX, _BORN_RX):
        for found in pattern.finditer(text):
            named = certain_before(analysis, found.start())
            if named is None:
                continue
            start, name, life = named
            sentence = analysis.layout.sentence_bounds(start)
            if depiction_before(text, sentence[0], start):
                continue
            if analysis.reference_at(start, found.start()).kind == HYPOTHETICAL:
                continue
            if pattern is _SPAN_RX and _term_like(life, int(found.group("born"))):
                continue  # "Tony Blair (1997-2007)": a term of office, not a life
            wrong = _problems(life, found)
            if not wrong:
                continue
            findings.append(
                make_finding(
                    RULE,
                    ERROR,
                    text,
                    start,
                    found.end(),
                    f"{name}: told as {'; '.join(wrong)} (source: {life.source}).",
                    [life.evidence()],
                    f"{life.wikidata}|life|{found.group().strip()}",
                    basis="a life date told after the name",
                )
            )
    return findings
