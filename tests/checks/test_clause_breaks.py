"""Clause breaks: the regex that finds them opens on the break's first character so that the
engine skips ahead to punctuation and spaces; it must find exactly the breaks of the plain
alternation that states what a break is, which is kept here as the reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.checks.analysis.clauses import _CLAUSE_BREAK_RX, clause_bounds

# What a clause break is, one alternative per kind, in the order they are tried.
_PLAIN_BREAK_RX = re.compile(
    r"[;:()\[\]\u2014\u2013]|\s-\s|,\s+(?=(?:who|which|where|when|while|whereas|but|although"
    r"|though|because|after|before|since|until|as|and|so|if|unless|whose)\b)"
    r"|\s(?=(?:who|which|whose|while|whereas|because|although|though|when|after|before"
    r"|until|unless)\s)"
    r"|\s(?=that\s+(?:began|started|broke\s+out|erupted|ended)\s+(?:in|on)\s)"
    r"|(?:(?<=years)|(?<=year)|(?<=months)|(?<=decades)|(?<=decade)|(?<=weeks)|(?<=days))\s(?=since\s)"
    r"|,\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:move|decision|choice|step|shift|reversal|departure|blow"
    r"|setback|signal|gesture|development|outcome|pick|nomination|appointment)\s+(?:that|which|the|he|she|they|it)\b)"
    r"|,\s+(?=(?:[\w.'’-]+\s+){1,8}(?:said|says|reported|confirmed|announced|told\s+[\w.'’-]+)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?[.!?\"”’]*\s*$)",
    re.IGNORECASE,
)

SENTENCES = [
    "The talks ended; the envoys left: nobody (not even the host) spoke \u2014 or wrote \u2013 a word.",
    "He came - and went - twice, though nobody saw him.",
    "Merkel, who led Germany for 16 years, met Macron, WHICH surprised few, but not all.",
    "The deal, although signed, stalled while the two sides argued because of the fees.",
    "She left when the war began and came back after it ended, until Unless it rained.",
    "It ended the war that began in October 2001 and the revolt that broke out on Monday.",
    "It marks ten years since the deal, two decades since the war and 3 Days  since then.",
    "Biden picked Blinken, a choice the Senate confirmed, an abrupt reversal that stunned them.",
    "Two men were killed in a crash, officials said on Monday.",
    "The plane landed, the airline told reporters late on Friday evening.\u201d",
    "Long ago, as it happens, so it was; and so it is, if ever, unless\tnot.",
    "Nothing here breaks a clause at all",
    "Tabs\tbefore\twho\tand a non-breaking space\u00a0whose owner, whose\u00a0dog.",
]


def _texts() -> list[str]:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    return SENTENCES + [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]


@pytest.mark.parametrize("text", _texts())
def test_the_same_breaks_as_the_plain_alternation(text: str) -> None:
    spans = [m.span() for m in _CLAUSE_BREAK_RX.finditer(text)]
    assert spans == [m.span() for m in _PLAIN_BREAK_RX.finditer(text)]
    for low in range(0, len(text), max(1, len(text) // 40)):  # searches that start and stop inside
        high = min(len(text), low + 90)
        found = _CLAUSE_BREAK_RX.search(text, low, high)
        expected = _PLAIN_BREAK_RX.search(text, low, high)
        assert (found and found.span()) == (expected and expected.span())


def test_sentence_breaks_are_found() -> None:
    assert len(list(_CLAUSE_BREAK_RX.finditer(SENTENCES[0]))) == 6
    assert len(list(_CLAUSE_BREAK_RX.finditer(SENTENCES[-2]))) == 0


def _clause(text: str, mention: str) -> str:
    start = text.index(mention)
    low, high = clause_bounds(text, (0, len(text)), start, start + len(mention))
    return text[low:high]


def test_a_clause_is_read_between_its_breaks() -> None:
    assert _clause("He left when the war began; she stayed.", "war") == "when the war began"
    assert _clause("Two men were killed in a crash, officials said on Monday.", "crash") == (
        "Two men were killed in a crash"
    )
    text = "Merkel, who led Germany for 16 years, met Macron; they spoke."
    assert _clause(text, "Macron") == "who led Germany for 16 years, met Macron"
