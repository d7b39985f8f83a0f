"""TempEval-3 Task A scoring: extent (strict, relaxed), value and type F1 over TimeML pairs.

Gold and system timexes are compared on the plain TEXT offsets. Relaxed matching pairs each
gold timex with at most one overlapping system timex (largest overlap first). Attribute
scores count relaxed pairs with the right attribute: P = correct/system, R = correct/gold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .timeml import parse_text, text_span

_ATTR_RX = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str
    value: str


@dataclass(slots=True)
class Counts:
    """Counts summed over documents; the F1 figures are derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def f1(self, correct: int) -> float:
        precision = correct / self.system if self.system else 0.0
        recall = correct / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def figures(self) -> dict[str, float]:
        """The four TempEval-3 figures, as percentages."""
        return {
            "strict_f1": round(100 * self.f1(self.strict), 2),
            "relaxed_f1": round(100 * self.f1(self.relaxed), 2),
            "value_f1": round(100 * self.f1(self.value), 2),
            "type_f1": round(100 * self.f1(self.type), 2),
        }


def timex_spans(xml_text: str) -> list[Span]:
    """TIMEX3 elements inside TEXT with their plain-text offsets."""
    start, end = text_span(xml_text)
    layer = parse_text(xml_text[start:end])
    spans = []
    for element in layer.elements:
        if element.name != "TIMEX3":
            continue
        attrs = dict(_ATTR_RX.findall(element.attrs))
        spans.append(
            Span(element.plain_start, element.plain_end, attrs.get("type", ""), attrs.get("value", ""))
        )
    return spans


def score_spans(gold: list[Span], system: list[Span]) -> Counts:
    """Counts for one document's gold and system timexes."""
    counts = Counts(gold=len(gold), system=len(system))
    strict_keys = {(g.start, g.end) for g in gold}
    counts.strict = sum(1 for s in system if (s.start, s.end) in strict_keys)
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, gi, si))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, gi, si in sorted(candidates):
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        counts.relaxed += 1
        counts.value += gold[gi].value == system[si].value
        counts.type += gold[gi].type == system[si].type
    return counts


def score_documents(gold_xml: str, system_xml: str) -> Counts:
    """Counts for one gold/system pair of TimeML documents."""
    return score_spans(timex_spans(gold_xml), timex_spans(system_xml))
